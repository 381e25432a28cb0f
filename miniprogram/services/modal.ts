/** A yes/no question. Resolves true only when the user confirms. */
export function confirm(content: string, confirmText: string): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      content,
      confirmText,
      confirmColor: '#b42318',
      success: (res) => resolve(!!res.confirm),
      fail: () => resolve(false),
    });
  });
}
