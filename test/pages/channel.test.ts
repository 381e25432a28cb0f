import { parsePath } from '../../miniprogram/core/links';
import { CHANNEL_IDS } from '../../miniprogram/core/types';
import { useBeijingClock } from '../helpers/clock';
import { openPage } from '../helpers/page';
import { Rendered, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

const channel = (query: Record<string, string>) => openPage('channel', query);

describe('channel page', () => {
  it('shows steps, hours, contacts with badges, materials and dated sources', () => {
    const shown = text(channel({ v: '1', id: 'pay-hotline' }));
    expect(shown).toContain('拨打 95017');
    expect(shown).toContain('按语音提示选择冻结');
    expect(shown).not.toContain('按 9');
    expect(shown).toContain('+86 571 95017');
    expect(shown).toContain('官方');
    expect(shown).toContain('服务时间');
    expect(shown).toContain('未确认');
    expect(shown).toContain('交易单号');
    expect(shown).toContain('核对于 2026-11-29');
    expect(shown).toContain('pay.weixin.qq.com');
    // too long for the navigation bar: the name stays on the card
    expect(wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: '渠道详情' });
  });

  it('puts the cross-border caveat under the +86 571 95017 button, once, with its source', () => {
    const page = channel({ v: '1', id: 'pay-hotline' });
    const card = page.$('#card');
    const notes = card.querySelectorAll('.card__note');
    expect(notes).toHaveLength(1);
    const [note] = notes;
    if (!note) throw new Error('no caveat under any button');
    const caveat = text(note);
    expect(caveat).toContain('+86 571 95017');
    expect(caveat).toContain('跨境商户');
    expect(caveat).toContain('工作日 9:00–18:00（北京时间）');
    expect(caveat).toContain('是否受理个人用户未确认');
    // The note sits with the abroad button, and a screen reader hears it on that button.
    const buttons = [0, 1, 2, 3, 4].map((i) => card.querySelector(`#action-${i}`)).filter((b): b is Rendered => !!b);
    const abroad = buttons.find((b) => text(b) === '境外拨打');
    expect(abroad).toBeDefined();
    expect(abroad!.dom.parentElement).toBe(note.dom.parentElement);
    expect(abroad!.dom.querySelector('[aria-label]')?.getAttribute('aria-label')).toContain('是否受理个人用户未确认');
    for (const b of buttons.filter((x) => x !== abroad)) expect(b.dom.parentElement).not.toBe(note.dom.parentElement);
    // The same fact, not a second copy of it in the notes list below.
    const shown = text(page);
    expect(shown.split('是否受理个人用户未确认').length - 1).toBe(1);
    expect(shown).toContain('95017 是境内号码');
    // Its source, official, with the check date.
    expect(shown).toContain('pay.weixin.qq.com/doc/global/v3/en/4012357224');
  });

  it('a short channel name is the navigation title', () => {
    channel({ v: '1', id: 'emergency-freeze' });
    expect(wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: '紧急冻结账号' });
  });

  it('gives the 400 line with the check on your own phone and its warnings', () => {
    const shown = text(channel({ v: '1', id: 'phone' }));
    expect(shown).toContain('400 670 0700');
    expect(shown).toContain('我 → 设置 → 关于微信');
    expect(shown).toContain('从不打国际电话');
    expect(shown).toContain('+864006700700');
    expect(shown).toContain('可能是骗子留的');
    expect(shown).not.toMatch(/0755/);
    // medium confidence: the number's badge is third-party, not official
    expect(shown).not.toContain('官方公布');
    expect(shown).toContain('服务时间未确认');
  });

  it('an unknown fact reads as one phrase after its label, not "label：未确认：why"', () => {
    const shown = text(channel({ v: '1', id: 'security-center' }));
    expect(shown).toContain('等待：未确认（未找到可靠的等待时间）');
    expect(shown).not.toContain('未确认：');
  });

  it.each(CHANNEL_IDS.map((id) => [id]))('share of %s returns a path that reopens the same channel', (id) => {
    const page = channel({ v: '1', id });
    const share = page.instance.onShareAppMessage() as { title: string; path: string };
    expect(share.title.length).toBeGreaterThan(0);
    expect(parsePath(share.path)).toEqual({ route: { page: 'channel', id }, reason: 'ok' });
    const timeline = page.instance.onShareTimeline() as { query: string };
    expect(timeline.query).toBe(`v=1&id=${id}`);
  });

  it('an unknown channel goes home with a notice', () => {
    channel({ v: '1', id: 'no-such' });
    expect(wxs().reLaunch).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/index/index?v=1&notice=unknown-channel' }));
  });

  it('shows the user’s own time when abroad', () => {
    const spy = jest.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(0);
    const shown = text(channel({ v: '1', id: 'official-accounts' }));
    expect(shown).toContain('你的时间');
    expect(shown).toContain('UTC+0');
    spy.mockRestore();
  });
});

describe('channel page coming back into view', () => {
  const clock = useBeijingClock();

  it('refreshes open/closed with only the changed fields, and sends nothing when the clock has not moved it', () => {
    clock.at(10);
    const page = channel({ v: '1', id: 'official-accounts' });
    expect(text(page)).toContain('服务中');
    const setData = jest.spyOn(page.instance, 'setData');
    page.show();
    expect(setData).not.toHaveBeenCalled();
    clock.at(3);
    page.show();
    expect(setData).toHaveBeenCalledTimes(1);
    const patch = setData.mock.calls[0]![0] as Record<string, unknown>;
    expect(Object.keys(patch).every((k) => k.startsWith('view.'))).toBe(true);
    expect(JSON.stringify(patch).length).toBeLessThan(300);
    expect(text(page)).toContain('已休息 · 今天 08:00 开始');
  });
});
