import { toast } from './toast';

/** Copies text; says `done` on success and `failed` otherwise. Resolves to whether it worked. */
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
        toast(failed);
        resolve(false);
      },
    });
  });
}
