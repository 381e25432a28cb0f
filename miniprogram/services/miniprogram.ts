import { toast } from './toast';

/** Opens another mini program by appId (only used where the appId is public). */
export function openMiniProgram(appId: string, failed: string): Promise<boolean> {
  return new Promise((resolve) => {
    wx.navigateToMiniProgram({
      appId,
      success: () => resolve(true),
      fail: () => {
        toast(failed);
        resolve(false);
      },
    });
  });
}
