/** Short messages at the bottom of the screen. */
export function toast(title: string, icon: 'success' | 'none' = 'none'): void {
  wx.showToast({ title, icon, duration: 2000 });
}
