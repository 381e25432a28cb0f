import { CHANNEL_BY_ID } from '../../../miniprogram/core/data/channels';
import { LINE_BY_ID } from '../../../miniprogram/core/data/lines';

describe('the phone channel says what the lines data says about 400 670 0700', () => {
  const phone = CHANNEL_BY_ID.phone;
  const line = LINE_BY_ID['wechat-400'];
  it('same number, same sources', () => {
    expect(phone.phone).toEqual({ ...line.number, checkedOn: phone.phone?.checkedOn });
    expect(phone.phone?.known && phone.phone.value.dial).toBe('4006700700');
  });
  it('every warning the line carries is on the card, with the check on your own phone', () => {
    const limits = phone.limits.known ? phone.limits.value.map((x) => x.zh) : [];
    for (const n of line.notes ?? []) expect(limits).toContain(n.zh);
    expect(limits.join()).toMatch(/我 → 设置 → 关于微信/);
    expect(limits.join()).toMatch(/从不打国际电话.*验证码/);
  });
  it('95017 freezing is worded as a voice-menu choice, never a key', () => {
    const texts = [CHANNEL_BY_ID['pay-hotline'].handles, CHANNEL_BY_ID['pay-hotline'].steps, CHANNEL_BY_ID['emergency-freeze'].steps]
      .map((f) => (f.known ? f.value.map((x) => x.zh).join() : ''))
      .join();
    expect(texts).toContain('按语音提示选择冻结');
    expect(texts).not.toMatch(/按 ?9/);
  });
  it('+86 571 95017 is the weekday cross-border merchant line', () => {
    const abroad = CHANNEL_BY_ID['pay-hotline'].phoneAbroad;
    expect(abroad?.known && abroad.value.hours).toEqual({ kind: 'weekly', slots: [{ days: [1, 2, 3, 4, 5], from: 540, to: 1080 }] });
    const limits = CHANNEL_BY_ID['pay-hotline'].limits;
    expect(limits.known && limits.value.map((x) => x.zh).join()).toMatch(/\+86 571 95017.*跨境商户.*9:00–18:00/);
  });
});
