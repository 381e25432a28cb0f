/** The follow page's view (core/view/follow.ts): every step, every kind of date, lines and the plan. */
import { FOLLOW_STEPS, FollowLink } from '../../../miniprogram/core/follow';
import { StepId } from '../../../miniprogram/core/clock';
import { LINE_BY_ID } from '../../../miniprogram/core/data/lines';
import { followErrorView, followView } from '../../../miniprogram/core/view/follow';

const TODAY = '2026-11-25';
const link = (step: StepId, over: Partial<FollowLink> = {}): FollowLink => ({ key: 'merchant-refund', step, ...over });

describe('follow view', () => {
  it('says what each step is in plain words, in both languages', () => {
    const zh = FOLLOW_STEPS.map((s) => followView(link(s), TODAY, 'zh').step);
    expect(new Set(zh).size).toBe(FOLLOW_STEPS.length);
    for (const s of FOLLOW_STEPS) expect(followView(link(s), TODAY, 'en').step).toMatch(/^[\x20-\x7e’]+$/);
    expect(followView(link('merchant-reply'), TODAY, 'zh').step).toBe('等商家回复投诉：商家应在 1 天内回复。');
    expect(followView(link('merchant-reply'), TODAY, 'zh').waiting).toBe(true);
    expect(followView(link('12363'), TODAY, 'zh').step).toContain('12363');
    expect(followView(link('12363'), TODAY, 'zh').waiting).toBe(false);
  });

  it('names the case: the concrete problem, the category, or something neutral', () => {
    expect(followView(link('12315'), TODAY, 'zh').about).toBe('这件事：商家不给退款');
    expect(followView(link('12300', { key: 'login' }), TODAY, 'zh').about).toBe('这件事：登录不上/找回账号');
    expect(followView(link('110', { key: 'none' }), TODAY, 'zh').about).toBe('这件事：一件微信上的事');
  });

  it('writes each kind of date', () => {
    const by = { kind: 'by' as const, day: '2026-12-03', approx: false };
    expect(followView(link('merchant-reply', { date: by }), TODAY, 'zh').dateLine).toBe('截止 12 月 3 日');
    expect(followView(link('merchant-reply', { date: by }), TODAY, 'en').dateLine).toBe('By Dec 3');
    expect(followView(link('12300', { date: { kind: 'from', day: '2026-12-10', approx: false } }), TODAY, 'zh').dateLine).toBe('12 月 10 日起可以申诉');
    expect(followView(link('pay-intervene', { date: { kind: 'from', day: '2026-12-10', approx: false } }), TODAY, 'zh').dateLine).toBe(
      '12 月 10 日起可以申请介入',
    );
    expect(followView(link('12315-accept', { date: { ...by, approx: true } }), TODAY, 'zh').dateLine).toBe('截止约 12 月 3 日');
    expect(followView(link('12315-accept', { date: { ...by, approx: true } }), TODAY, 'en').dateLine).toBe('By about Dec 3');
    expect(followView(link('12315', { date: { ...by, day: '2029-11-20' } }), TODAY, 'zh').dateLine).toBe('截止 2029 年 11 月 20 日');
    expect(followView(link('12300', { date: { kind: 'from', day: '2026-12-10', approx: true } }), TODAY, 'zh').dateLine).toBe('约 12 月 10 日起可以申诉');
    expect(followView(link('merchant-reply', { date: { ...by, day: '2026-11-01', approx: true } }), TODAY, 'zh').dateLine).toBe(
      '已过期限（截止 约 11 月 1 日）',
    );
    expect(followView(link('110'), TODAY, 'zh').dateLine).toBe('');
  });

  it('says when a deadline has passed (by the phone’s own date), and not on the day itself', () => {
    const by = { kind: 'by' as const, day: '2026-11-24', approx: false };
    const late = followView(link('merchant-reply', { date: by }), TODAY, 'zh');
    expect(late.pastDue).toBe(true);
    expect(late.dateLine).toBe('已过期限（截止 11 月 24 日）');
    const onTheDay = followView(link('merchant-reply', { date: by }), '2026-11-24', 'zh');
    expect(onTheDay.pastDue).toBe(false);
    expect(onTheDay.dateLine).toBe('截止 11 月 24 日');
    // A date a step opens on is never "past".
    expect(followView(link('12300', { date: { kind: 'from', day: '2026-11-01', approx: false } }), TODAY, 'zh').pastDue).toBe(false);
  });

  it('a government line gives its number and a call button; an unconfirmed number says 未确认 and why', () => {
    const v12363 = followView(link('12363'), TODAY, 'zh');
    expect(v12363.lineName).toBe(LINE_BY_ID['pboc-12363'].name.zh);
    expect(v12363.reach).toBe('电话：12363');
    expect(v12363.actions).toEqual([{ id: 'call', text: '拨打 12363', value: '12363' }]);
    const v12315 = followView(link('12315-accept'), TODAY, 'zh');
    expect(v12315.reach).toBe('电话：12315');
    const n12300 = LINE_BY_ID['miit-12300'].number;
    expect(n12300?.known).toBe(false);
    const v12300 = followView(link('12300', { key: 'login' }), TODAY, 'zh');
    expect(v12300.reach).toBe('电话：未确认');
    expect(v12300.actions).toEqual([]);
    expect(v12300.reachNotes[0]).toBe(n12300 && !n12300.known ? n12300.note.zh : 'missing');
  });

  it('merchant and WeChat Pay steps point to the plan for the menu path, with no number', () => {
    for (const s of ['merchant-reply', 'merchant-resolve', 'pay-intervene'] as const) {
      const v = followView(link(s), TODAY, 'zh');
      expect(v.reach).toContain('菜单路径在处理方案里');
      expect(v.lineName).toBe('');
      expect(v.actions).toEqual([]);
    }
  });

  it('the plan is the flow of the concrete problem, of the category (unsure), or none', () => {
    expect(followView(link('12315'), TODAY, 'zh').planPath).toBe('/pages/flow/index?v=1&problem=payment&detail=merchant-refund');
    expect(followView(link('12300', { key: 'login' }), TODAY, 'zh').planPath).toBe('/pages/flow/index?v=1&problem=login&detail=unsure');
    expect(followView(link('110', { key: 'none' }), TODAY, 'zh').planPath).toBe('');
  });

  it('always warns about scammers; a scam case keeps 110 and 95017', () => {
    const v = followView(link('12315'), TODAY, 'zh');
    expect(v.safety).toBe('先打电话给家人本人核实。任何人向你们要验证码、密码、共享屏幕或转账，都是骗子。');
    expect(v.fraud).toBe('');
    const scam = followView(link('110', { key: 'scam-paid' }), TODAY, 'zh');
    expect(scam.fraud).toContain('110');
    expect(scam.actions.map((a) => a.value)).toEqual(['110', '95017']);
    const scam96110 = followView(link('96110', { key: 'fraud' }), TODAY, 'zh');
    expect(scam96110.actions.map((a) => a.value)).toEqual(['96110', '110', '95017']);
  });

  it('an unreadable link says what is wrong and goes home', () => {
    for (const e of ['version', 'case', 'step', 'date'] as const) {
      const v = followErrorView(e, 'zh');
      expect(v.message.length).toBeGreaterThan(4);
      expect(v.homePath).toBe('/pages/index/index?v=1');
    }
    expect(followErrorView('date', 'zh').message).toBe('链接里的日期不对。');
    expect(new Set((['version', 'case', 'step', 'date'] as const).map((e) => followErrorView(e, 'en').message)).size).toBe(4);
  });
});
