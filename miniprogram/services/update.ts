/**
 * Fresh facts soon after a release: when WeChat has downloaded a new version of the mini program, offer to
 * restart into it (a corrected number or path should not wait for the next cold start). Offline and on old
 * base libraries nothing happens.
 */
import { str } from '../core/strings';
import { language } from './system';

export function watchForUpdates(): void {
  if (typeof wx.getUpdateManager !== 'function') return;
  const manager = wx.getUpdateManager();
  manager.onUpdateReady(() => {
    const lang = language();
    wx.showModal({
      title: str('updateTitle', lang),
      content: str('updateBody', lang),
      confirmText: str('updateRestart', lang),
      cancelText: str('updateLater', lang),
      success: (res) => {
        if (res.confirm) manager.applyUpdate();
      },
    });
  });
  // A failed download is retried by WeChat at the next start; nothing to tell the user.
  manager.onUpdateFailed(() => undefined);
}
