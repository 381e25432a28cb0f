/** The follow page ("help a parent"), through its rendered WXML: opened from a shared link on a family member's phone. */
import { followPath } from '../../miniprogram/core/follow';
import { openPage } from '../helpers/page';
import { text } from '../helpers/simulate';
import { queryOf, useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

// TEST_NOW is 2026-11-25 in Beijing (test/helpers/clock.ts).
const REFUND = '/pages/follow/index?v=1&case=merchant-refund&step=12315&by=2026-12-03';

describe('follow page', () => {
  it('a good link shows the case, the step, its date and the safety line', () => {
    const page = openPage('follow', queryOf(REFUND));
    expect(text(page.querySelector('#about')!)).toBe('这件事：商家不给退款');
    expect(text(page.querySelector('#step')!)).toContain('12315');
    expect(text(page.querySelector('#date')!)).toBe('截止 12 月 3 日');
    expect(text(page.querySelector('#safety')!)).toContain('都是骗子');
    expect(page.querySelector('#error')).toBeFalsy();
    expect(page.querySelector('#fraud')).toBeFalsy();
  });

  it('a deadline before today says so', () => {
    const page = openPage('follow', queryOf('/pages/follow/index?v=1&case=merchant-refund&step=merchant-reply&by=2026-11-21'));
    expect(text(page.querySelector('#date')!)).toBe('已过期限（截止 11 月 21 日）');
  });

  it('the call button dials the line’s number', async () => {
    const page = openPage('follow', queryOf('/pages/follow/index?v=1&case=payment&step=12363'));
    const dial = jest.spyOn(wx, 'makePhoneCall').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    expect(text(page.querySelector('#call')!)).toBe('拨打 12363');
    await page.click('#call');
    expect(dial).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '12363' }));
    dial.mockRestore();
  });

  it('an unconfirmed number says 未确认 and offers no call', () => {
    const page = openPage('follow', queryOf('/pages/follow/index?v=1&case=login&step=12300&from=2026-12-05'));
    expect(text(page.querySelector('#reach-text')!)).toBe('电话：未确认');
    expect(page.querySelector('#call')).toBeFalsy();
    expect(text(page.querySelector('#date')!)).toBe('12 月 5 日起可以申诉');
  });

  it('a scam keeps 110 and 95017 on screen', async () => {
    const page = openPage('follow', queryOf('/pages/follow/index?v=1&case=scam-paid&step=110'));
    expect(text(page.querySelector('#fraud')!)).toContain('95017');
    const dial = jest.spyOn(wx, 'makePhoneCall').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    await page.click('#call-95017');
    expect(dial).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '95017' }));
    dial.mockRestore();
  });

  it('the plan button opens the flow of the problem', async () => {
    const page = openPage('follow', queryOf(REFUND));
    await page.click('#plan');
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1&problem=payment&detail=merchant-refund');
  });

  it('a case without a problem has no plan button', () => {
    const page = openPage('follow', queryOf('/pages/follow/index?v=1&case=none&step=96110'));
    expect(text(page.querySelector('#about')!)).toBe('这件事：一件微信上的事');
    expect(page.querySelector('#plan')).toBeFalsy();
  });

  it('shares the same path on, with a title without personal data', () => {
    const page = openPage('follow', queryOf(REFUND));
    expect(page.instance.onShareAppMessage()).toEqual({ title: '帮我看看这件事下一步怎么做', path: REFUND });
    const path = followPath({ key: 'login', step: '12300', date: { kind: 'from', day: '2026-12-05', approx: true } });
    expect(openPage('follow', queryOf(path)).instance.onShareAppMessage()).toEqual(expect.objectContaining({ path }));
  });

  it.each([
    ['v=2&case=payment&step=12363', '这个链接来自更新的版本'],
    ['v=1&case=13800138000&step=12363', '认不出链接里说的是哪件事'],
    ['v=1&case=payment&step=call', '认不出链接里的下一步'],
    ['v=1&case=payment&step=12363&by=2026-02-30', '链接里的日期不对'],
  ])('a bad link (%s) shows its error and a way home', async (qs, message) => {
    const page = openPage('follow', queryOf(`/pages/follow/index?${qs}`));
    expect(text(page.querySelector('#error-text')!)).toContain(message);
    expect(page.querySelector('#step')).toBeFalsy();
    expect(page.instance.onShareAppMessage()).toEqual({});
    await page.click('#home');
    expect(wxs().reLaunch).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/index/index?v=1' }));
  });

  it('in English, no Chinese in the step', () => {
    jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ ...wx.getAppBaseInfo(), language: 'en' } as never);
    const page = openPage('follow', queryOf(REFUND));
    expect(text(page.querySelector('#date')!)).toBe('By Dec 3');
    expect(text(page.querySelector('#step')!)).not.toMatch(/[\u4e00-\u9fff]/);
    jest.restoreAllMocks();
  });
});
