import { parsePath } from '../../miniprogram/core/links';
import { useBeijingClock } from '../helpers/clock';
import { openPage } from '../helpers/page';
import { text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

const result = (query: Record<string, string>) => openPage('result', query);

const PAYMENT = { v: '1', problem: 'payment', urgent: 'no', region: 'mainland', need: 'any' };

describe('result page', () => {
  it('shows the primary channel, why, wait, checklist, steps, warnings and fallbacks', () => {
    const shown = text(result(PAYMENT));
    expect(shown).toContain('推荐你这样做');
    expect(shown).toContain('微信支付客服热线 95017');
    expect(shown).toContain('支付和转账问题由微信支付客服处理');
    expect(shown).toContain('47 分钟');
    expect(shown).toContain('交易记录截图（含交易单号）');
    expect(shown).toContain('拨打 95017');
    expect(shown).toContain('官方客服绝不会向你索要密码、验证码');
    expect(shown).toContain('帮助与反馈（智能助手）');
    expect(shown).toContain('修改');
  });

  it('ticks are stored on the device per result and restored on reopen', async () => {
    const page = result(PAYMENT);
    await page.emit('#check-txn-screenshot', 'change', true);
    expect(page.$('#checklist').dom.innerHTML).toContain('aria-checked="true"');
    const key = 'wsn:checklist:1r.payment.n.m.a';
    expect(JSON.parse(wxs().storage.get(key) as string)).toEqual({ v: 2, ids: ['txn-screenshot'] });
    const again = result(PAYMENT);
    expect((again.data.ticks as Record<string, boolean>)['txn-screenshot']).toBe(true);
    // another result has its own list
    expect(result({ ...PAYMENT, need: 'text' }).data.ticks).toEqual({});
  });

  it('ticking everything says all ready, and unticking one takes it back', async () => {
    const page = result({ v: '1', problem: 'howto', region: 'mainland', need: 'any' });
    const materials = (page.data.view as { materials: Array<{ id: string }> }).materials;
    expect(materials.length).toBeGreaterThan(0);
    for (const m of materials) {
      expect(page.has('#all-ready')).toBe(false);
      await page.emit(`#check-${m.id}`, 'change', true);
    }
    expect(page.text()).toContain('都准备好了');
    await page.emit(`#check-${materials[0]!.id}`, 'change', false);
    expect(page.has('#all-ready')).toBe(false);
  });

  it('a full storage says so and keeps the tick on screen', async () => {
    const page = result(PAYMENT);
    (wx.setStorageSync as unknown as jest.SpyInstance).mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size 10MB');
    });
    await page.emit('#check-id-document', 'change', true);
    expect(wxs().showToast).toHaveBeenCalledWith(expect.objectContaining({ title: expect.stringContaining('存储空间不足') }));
    expect((page.data.ticks as Record<string, boolean>)['id-document']).toBe(true);
  });

  it('share returns a path that reopens the same result', () => {
    const page = result({ v: '1', problem: 'stolen', region: 'overseas', need: 'text' });
    const share = page.instance.onShareAppMessage() as { title: string; path: string };
    expect(share.title).toContain('账号被盗');
    expect(share.title).toContain('紧急冻结账号');
    const parsed = parsePath(share.path);
    expect(parsed).toEqual({ route: { page: 'result', answers: { problem: 'stolen', detail: 'unsure', region: 'overseas', need: 'text' } }, reason: 'ok' });
    const reopened = text(result(Object.fromEntries(new URLSearchParams(share.path.split('?')[1]))));
    expect(reopened).toContain('紧急冻结账号');
  });

  it('change answers reopens the flow at that question', async () => {
    const page = result(PAYMENT);
    await page.click('#answered-2');
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1&problem=payment&detail=unsure&urgent=no&region=mainland&need=any&edit=urgent');
    expect(wxs().redirectTo).toHaveBeenCalledTimes(1);
  });

  it('start again reopens the flow without answers', async () => {
    await result(PAYMENT).click('#restart');
    expect(wxs().redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/flow/index?v=1' }));
  });

  it('"start a case" opens the notes with the channel and problem', async () => {
    await result(PAYMENT).click('#start-case');
    expect(wxs().navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringMatching(/^\/pages\/notes\/index\?v=1&.*channel=pay-hotline/) }));
  });

  it('a fallback opens its channel', async () => {
    const page = result({ v: '1', problem: 'banned', region: 'mainland', need: 'any' });
    await page.click('#fallback-official-accounts');
    expect(wxs().navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/channel/index?v=1&id=official-accounts' }));
  });

  it('incomplete answers continue the flow; bad ones go home with a notice', () => {
    result({ v: '1', problem: 'payment' });
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1&problem=payment&detail=unsure');
    result({ v: '1', problem: 'payment', urgent: 'perhaps' });
    expect(wxs().lastUrl()).toBe('/pages/index/index?v=1&notice=bad-answer');
  });
});

describe('numbers that can be dialled from where the user is', () => {
  it('abroad: no 95017 call button on the freeze card; mainland: no overseas line', () => {
    const abroad = result({ v: '1', problem: 'stolen', region: 'overseas', need: 'any' });
    expect(text(abroad.querySelector('#primary')!)).not.toContain('拨打 95017');
    const pay = result({ v: '1', problem: 'payment', urgent: 'no', region: 'mainland', need: 'any' });
    const shown = text(pay.querySelector('#primary')!);
    expect(shown).toContain('拨打 95017');
    expect(shown).not.toContain('境外拨打');
  });
});

describe('result page coming back into view', () => {
  const clock = useBeijingClock();

  it('refreshes a fallback’s hours without touching the ticks', async () => {
    clock.at(10);
    const page = result({ v: '1', problem: 'banned', region: 'mainland', need: 'any' });
    const accounts = () => text(page.querySelector('#fallback-official-accounts')!);
    expect(accounts()).toContain('服务中');
    await page.emit('#check-id-document', 'change', true);
    const setData = jest.spyOn(page.instance, 'setData');
    page.show();
    expect(setData).not.toHaveBeenCalled();
    clock.at(3);
    page.show();
    expect(setData).toHaveBeenCalledTimes(1);
    const patch = setData.mock.calls[0]![0] as Record<string, unknown>;
    expect(Object.keys(patch)).toEqual(expect.arrayContaining([expect.stringMatching(/^view\.fallbacks\[\d\]\.statusText$/)]));
    expect(Object.keys(patch).some((k) => k.startsWith('ticks'))).toBe(false);
    expect(accounts()).toContain('已休息');
    expect((page.data.ticks as Record<string, boolean>)['id-document']).toBe(true);
  });
});
