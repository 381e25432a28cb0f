/** Cases (core/case.ts): notes grouped by problem, and the follow-up clock of each. Fixed instants only. */
import { caseClock, caseInput, caseKeyOf, CASE_NONE, categoryOf, dueFollowUps, findCase, groupCases, parseCaseKey } from '../../miniprogram/core/case';
import { reviveNote, validateNote } from '../../miniprogram/core/notes';
import { BJ, bj, note } from '../helpers/notes';

describe('case keys', () => {
  it('names a case by its concrete problem, else its category, else none', () => {
    expect(caseKeyOf({ concrete: 'auto-renew', problem: 'payment' })).toBe('auto-renew');
    expect(caseKeyOf({ problem: 'login' })).toBe('login');
    expect(caseKeyOf({})).toBe(CASE_NONE);
  });
  it('reads only known ids from a page path', () => {
    expect(parseCaseKey('wrong-transfer')).toBe('wrong-transfer');
    expect(parseCaseKey('payment')).toBe('payment');
    expect(parseCaseKey('none')).toBe('none');
    for (const bad of ['', 'Payment', 'wrong_transfer', '13800138000', 42, undefined, null]) expect(parseCaseKey(bad)).toBeNull();
  });
  it('knows the category of a concrete problem', () => {
    expect(categoryOf('scam-paid')).toBe('fraud');
    expect(categoryOf('hijacked')).toBe('stolen');
  });
});

describe('grouping', () => {
  it('groups by problem, oldest contact first, the latest case first and unfiled notes last', () => {
    const a1 = note({ concrete: 'merchant-refund', at: '2026-11-02 09:00' });
    const a2 = note({ concrete: 'merchant-refund', at: '2026-11-01 09:00' });
    const b = note({ problem: 'login', at: '2026-11-05 09:00' });
    const loose = note({ at: '2026-11-30 09:00' });
    const cases = groupCases([a1, loose, b, a2]);
    expect(cases.map((c) => c.key)).toEqual(['login', 'merchant-refund', 'none']);
    expect(cases[1]?.notes.map((n) => n.id)).toEqual([a2.id, a1.id]);
    expect(cases[1]?.problem).toBe('payment');
    expect(findCase([a1, b], 'auto-renew')).toBeNull();
  });
});

describe('clock of a case', () => {
  it('turns a merchant complaint with no reply into 「申请微信支付介入」 after the 1-day deadline', () => {
    const c = findCase([note({ concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-20 10:00' })], 'merchant-refund');
    expect(c).not.toBeNull();
    const steps = caseClock(c!, bj(11, 23), BJ);
    expect(steps.map((s) => `${s.id}:${s.state}`)).toContain('pay-intervene:available');
    const before = caseClock(c!, bj(11, 20, 18), BJ).map((s) => `${s.id}:${s.state}`);
    expect(before).not.toContain('pay-intervene:available');
  });
  it('reads a WeChat Pay hotline contact as Tenpay and an unknown time as no contact', () => {
    const c = findCase(
      [note({ problem: 'payment', channel: 'pay-hotline', at: '2026-11-20 10:00', outcome: 'unhappy' }), note({ problem: 'payment', at: '2026-13-40 99:99' })],
      'payment',
    )!;
    const input = caseInput(c, BJ);
    expect(input.contacts).toHaveLength(1);
    expect(input.contacts[0]).toMatchObject({ kind: 'tenpay', outcome: 'unhappy' });
    expect(caseClock(c, bj(11, 25), BJ).map((s) => s.id)).toContain('12363');
  });
  it('puts 110 first for money lost to a scammer, even before any contact', () => {
    const c = findCase([note({ concrete: 'scam-paid', kind: '110', at: '2026-11-30 08:00' })], 'scam-paid')!;
    expect(caseInput(c, BJ).moneyLost).toBe(true);
    expect(caseClock(c, bj(11, 30, 9), BJ)[0]?.id).toBe('110');
  });
});

describe('due follow-ups', () => {
  it('lists steps the user can take now and reminders that have come, nothing else', () => {
    const notes = [
      note({ concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-20 10:00' }),
      note({ problem: 'login', at: '2026-11-29 10:00', remind: '2026-12-01' }),
      note({ problem: 'howto', at: '2026-11-29 10:00', remind: '2026-12-05' }),
    ];
    const due = dueFollowUps(notes, bj(12, 1), BJ, '2026-12-01');
    expect(due.some((d) => d.kind === 'step' && d.key === 'merchant-refund' && d.step.id === 'pay-intervene')).toBe(true);
    expect(due.filter((d) => d.kind === 'remind').map((d) => d.key)).toEqual(['login']);
    expect(dueFollowUps([], bj(12, 1), BJ, '2026-12-01')).toEqual([]);
  });
});

describe('case fields in notes', () => {
  it('keeps known concrete, kind and outcome ids from the form and from storage, and drops unknown ones', () => {
    const { note: n } = validateNote(
      { channel: 'pay-hotline', at: '2026-11-20 10:00', said: 'x', concrete: 'wrong-transfer', kind: 'tenpay', outcome: 'refused' },
      'zh',
    );
    expect(n).toMatchObject({ concrete: 'wrong-transfer', kind: 'tenpay', outcome: 'refused' });
    const stored = reviveNote({ channel: 'phone', at: '2026-11-20 10:00', said: 'x', concrete: 'nope', kind: 'boss', outcome: 'maybe' }, 'id1');
    expect(stored).not.toBeNull();
    expect(stored).not.toHaveProperty('concrete');
    expect(stored).not.toHaveProperty('kind');
    expect(stored).not.toHaveProperty('outcome');
    expect(reviveNote({ channel: 'phone', at: '2026-11-20 10:00', said: 'x', concrete: 'hijacked', outcome: 'resolved' }, 'id2')).toMatchObject({
      concrete: 'hijacked',
      outcome: 'resolved',
    });
  });
});
