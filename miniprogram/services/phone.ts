import { toast } from './toast';

export type CallResult = 'called' | 'cancelled' | 'failed';

/** Opens the dialer. A cancel and a failure each get their own toast; nothing throws. */
export function call(phoneNumber: string, messages: { cancelled: string; failed: string }): Promise<CallResult> {
  return new Promise((resolve) => {
    wx.makePhoneCall({
      phoneNumber,
      success: () => resolve('called'),
      fail: (err: WechatMiniprogram.GeneralCallbackResult) => {
        const cancelled = /cancel/i.test(err && err.errMsg ? err.errMsg : '');
        toast(cancelled ? messages.cancelled : messages.failed);
        resolve(cancelled ? 'cancelled' : 'failed');
      },
    });
  });
}
