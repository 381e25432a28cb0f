import { toast } from './toast';

/** Copies text; says `done` on success, and on failure shows the text in a dialog. Resolves to whether it worked. */
export function copyText(text: string, done: string, failed: string): Promise<boolean> {
  return new Promise((resolve) => {
    wx.setClipboardData({
      data: text,
      success: () => {
        // WeChat shows its own "内容已复制" toast; ours replaces it with the specific hint.
        toast(done, 'none');
        resolve(true);
      },
      fail: () => {
        // Show the text itself, so it can still be read or copied by hand.
        wx.showModal({ title: failed, content: text, showCancel: false });
        resolve(false);
      },
    });
  });
}
