/** The follow-up clock (core/clock.ts): fixed instants, pure offsets, never the machine's clock or zone. */
import fc from 'fast-check';
import {
  addMonths,
  addWorkingDays,
  CaseContact,
  CaseInput,
  clockLine,
  ContactKind,
  followUpClock,
  instantOf,
  Outcome,
  workingDay,
} from '../../miniprogram/core/clock';
import { SOURCES } from '../../miniprogram/core/data/sources';

const DAY = 86_400_000;
/** Epoch ms of a Beijing wall time. */
const bj = (y: number, m: number, d: number, h = 12, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);
const day = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY);
const iso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const contact = (kind: ContactKind, at: number, outcome: Outcome = 'none'): CaseContact => ({ kind, at, outcome });

describe('calendar', () => {
  it('knows the 2026 holidays and make-up working days', () => {
    expect(workingDay(day(2026, 10, 1))).toEqual({ working: false, known: true });
    expect(workingDay(day(2026, 10, 10))).toEqual({ working: true, known: true }); // a Saturday worked
    expect(workingDay(day(2026, 2, 14)).working).toBe(true);
    expect(workingDay(day(2026, 2, 23)).working).toBe(false); // a Monday off
    expect(workingDay(day(2027, 3, 1)).known).toBe(false);
  });
  it('counts working days over holidays, weekends and the year end', () => {
    // 2026-09-30 (Wed) + 7 working days: Oct 1–7 off, Oct 8 Thu, 9 Fri, 10 Sat (worked), 12, 13, 14, 15.
    expect(iso(addWorkingDays(day(2026, 9, 30), 7).day)).toBe('2026-10-15');
    expect(addWorkingDays(day(2026, 9, 30), 7).approx).toBe(false);
    // Spring Festival: Feb 13 (Fri) → Feb 14 (Sat, worked), then Feb 24…
    expect(iso(addWorkingDays(day(2026, 2, 13), 2).day)).toBe('2026-02-24');
    // Past the table's end: weekends only, and 约.
    const y = addWorkingDays(day(2026, 12, 28), 7);
    expect(iso(y.day)).toBe('2027-01-06');
    expect(y.approx).toBe(true);
  });
  it('adds months at month ends and leap days', () => {
    expect(iso(addMonths(day(2026, 1, 31), 1))).toBe('2026-02-28');
    expect(iso(addMonths(day(2028, 2, 29), 24))).toBe('2030-02-28');
    expect(iso(addMonths(day(2026, 10, 31), 5))).toBe('2027-03-31');
    expect(iso(addMonths(day(2026, 12, 15), 36))).toBe('2029-12-15');
  });
});

describe('the ladder', () => {
  it('WeChat Pay merchant: reply by 24:00 the next day, resolve by the third; then WeChat Pay can step in', () => {
    const filed = bj(2026, 3, 20, 10);
    const before = followUpClock({ contacts: [contact('merchant-complaint', filed)] }, bj(2026, 3, 21, 9), 480);
    const reply = before.find((s) => s.id === 'merchant-reply')!;
    expect([reply.state, reply.dueAt!.date, reply.dueAt!.clock]).toEqual(['waiting', '2026-03-21', '24:00']);
    expect(before.find((s) => s.id === 'merchant-resolve')!.dueAt!.date).toBe('2026-03-23');
    expect(before.find((s) => s.id === 'pay-intervene')).toBeUndefined();
    const after = followUpClock({ contacts: [contact('merchant-complaint', filed)] }, bj(2026, 3, 22, 9), 480);
    const step = after.find((s) => s.id === 'pay-intervene')!;
    expect(step.state).toBe('available');
    expect(clockLine(step, bj(2026, 3, 22, 9), 480, 'zh')).toBe('商家应在 1 天内回复，已过 2 天：可以申请微信支付介入');
  });

  it('deadlines are dates in the user’s zone (London: Beijing 24:00 is 16:00 the same day)', () => {
    const steps = followUpClock({ contacts: [contact('merchant-complaint', bj(2026, 11, 20, 10))] }, bj(2026, 11, 20, 11), 0);
    const reply = steps.find((s) => s.id === 'merchant-reply')!;
    expect([reply.dueAt!.date, reply.dueAt!.clock]).toEqual(['2026-11-21', '16:00']);
    expect(clockLine(reply, bj(2026, 11, 20, 11), 0, 'zh')).toBe('商家应在 11 月 21 日 16:00 前回复');
  });

  it('12300 opens 15 days after an unanswered operator contact, and closes after 2 years (5 months for fees)', () => {
    const c = contact('operator', bj(2026, 11, 20, 10));
    const early = followUpClock({ contacts: [c] }, bj(2026, 12, 4, 10), 480).find((s) => s.id === '12300')!;
    expect(early.state).toBe('waiting');
    const now = bj(2026, 12, 5, 10);
    const open = followUpClock({ contacts: [c] }, now, 480).find((s) => s.id === '12300')!;
    expect(open.state).toBe('available');
    expect(open.closesAt!.date).toBe('2028-11-20');
    expect(clockLine(open, now, 480, 'zh')).toBe('你 11 月 20 日联系了微信客服，至今 15 天没有满意答复：现在可以向 12300 申诉（2028 年 11 月 20 日前）');
    expect(followUpClock({ contacts: [c], feeDispute: true }, now, 480).find((s) => s.id === '12300')!.closesAt!.date).toBe('2027-04-20');
    // Answered and fine: no 12300. Unhappy with the answer: 12300 at once.
    expect(followUpClock({ contacts: [{ ...c, outcome: 'answered' }] }, now, 480).find((s) => s.id === '12300')).toBeUndefined();
    expect(followUpClock({ contacts: [{ ...c, outcome: 'unhappy' }] }, bj(2026, 11, 21), 480).find((s) => s.id === '12300')!.state).toBe('available');
  });

  it('12315 decides on acceptance within 7 working days, 「约」 past the holiday table', () => {
    const inTable = followUpClock({ contacts: [contact('12315', bj(2026, 9, 30, 10))] }, bj(2026, 10, 2), 480).find((s) => s.id === '12315-accept')!;
    expect(inTable.dueAt!.date).toBe('2026-10-15');
    expect(clockLine(inTable, bj(2026, 10, 2), 480, 'zh')).toBe('12315 应在 10 月 15 日前决定是否受理');
    const past = followUpClock({ contacts: [contact('12315', bj(2026, 12, 28, 10))] }, bj(2026, 12, 29), 480).find((s) => s.id === '12315-accept')!;
    expect(clockLine(past, bj(2026, 12, 29), 480, 'zh')).toBe('12315 应在约 2027 年 1 月 6 日前决定是否受理');
  });

  it('12315 is closed 3 years after the event; 12363 only after Tenpay first; 110 first when money is gone', () => {
    const old = followUpClock({ contacts: [contact('business', bj(2026, 1, 5))], eventAt: bj(2023, 1, 1) }, bj(2026, 1, 6), 480);
    expect(old.find((s) => s.id === '12315')!.state).toBe('closed');
    expect(followUpClock({ contacts: [contact('tenpay', bj(2026, 5, 1))] }, bj(2026, 6, 1), 480).find((s) => s.id === '12363')).toBeUndefined();
    expect(followUpClock({ contacts: [contact('tenpay', bj(2026, 5, 1), 'refused')] }, bj(2026, 6, 1), 480).find((s) => s.id === '12363')!.state).toBe(
      'available',
    );
    expect(followUpClock({ contacts: [], moneyLost: true }, bj(2026, 6, 1), 480)[0]!.id).toBe('110');
  });

  it('every step names a source that exists', () => {
    const steps = followUpClock(
      {
        contacts: [
          contact('merchant-complaint', bj(2026, 1, 1)),
          contact('operator', bj(2026, 1, 1)),
          contact('12315', bj(2026, 1, 2)),
          contact('tenpay', bj(2026, 1, 3), 'unhappy'),
          contact('110', bj(2026, 1, 3)),
        ],
        moneyLost: true,
      },
      bj(2026, 3, 1),
      480,
    );
    for (const s of steps) expect(SOURCES[s.source]).toBeDefined();
  });

  it('a note’s local time becomes an instant with the offset at that time (London, across the change)', () => {
    const london = (ms: number) => (ms >= Date.UTC(2026, 2, 29, 1) && ms < Date.UTC(2026, 9, 25, 1) ? 60 : 0);
    expect(instantOf('2026-03-28 12:00', london)).toBe(Date.UTC(2026, 2, 28, 12));
    expect(instantOf('2026-03-30 12:00', london)).toBe(Date.UTC(2026, 2, 30, 11));
    expect(instantOf('2026-13-01 12:00', london)).toBeNull(); // no month 13: not rolled over into 2027
    expect(instantOf('nope', 0)).toBeNull();
  });
});

describe('generated timelines (properties)', () => {
  const KINDS: ContactKind[] = ['merchant-complaint', 'merchant-reply', 'operator', 'tenpay', 'business', '12315', '12300', '12363', '110'];
  const OUTCOMES: Outcome[] = ['none', 'answered', 'unhappy', 'refused', 'resolved'];
  const start = bj(2025, 6, 1);
  const span = 4 * 365 * DAY;
  const timeline: fc.Arbitrary<{ input: CaseInput; now: number; offset: number }> = fc
    .record({
      contacts: fc.array(
        fc.record({ kind: fc.constantFrom(...KINDS), at: fc.integer({ min: start, max: start + span }), outcome: fc.constantFrom(...OUTCOMES) }),
        { minLength: 0, maxLength: 8 },
      ),
      event: fc.option(fc.integer({ min: start - 4 * 365 * DAY, max: start + span })),
      fee: fc.boolean(),
      lost: fc.boolean(),
      later: fc.integer({ min: 0, max: 3 * 365 * DAY }),
      offset: fc.integer({ min: -12 * 60, max: 14 * 60 }),
    })
    .map(({ contacts, event, fee, lost, later, offset }) => {
      const last = contacts.reduce((m, c) => Math.max(m, c.at), start);
      return { input: { contacts, eventAt: event ?? undefined, feeDispute: fee, moneyLost: lost }, now: last + later, offset };
    });

  it('no deadline before its contact; no step offered before its precondition holds (10,000 timelines)', () => {
    fc.assert(
      fc.property(timeline, ({ input, now, offset }) => {
        const steps = followUpClock(input, now, offset);
        for (const s of steps) {
          for (const d of [s.opensAt, s.closesAt, s.dueAt]) if (d) expect(d.at).toBeGreaterThanOrEqual(s.from);
          expect(input.contacts.some((c) => c.at === s.from) || s.id === '110').toBe(true);
          if (s.state !== 'available') continue;
          const before = input.contacts.filter((c) => c.at <= now);
          if (s.id === '12300') {
            const op = before.filter((c) => c.kind === 'operator');
            expect(op.some((c) => c.outcome === 'unhappy' || c.outcome === 'refused') || (op.length > 0 && now >= op[0]!.at + 15 * DAY)).toBe(true);
          }
          if (s.id === '12363') expect(before.some((c) => c.kind === 'tenpay' && (c.outcome === 'unhappy' || c.outcome === 'refused'))).toBe(true);
          if (s.id === 'pay-intervene') {
            const complaint = before.find((c) => c.kind === 'merchant-complaint' && c.at === s.from)!;
            expect(complaint).toBeDefined();
            const unhappy = before.some((c) => c.kind === 'merchant-reply' && c.at >= complaint.at && (c.outcome === 'unhappy' || c.outcome === 'refused'));
            expect(unhappy || now >= s.opensAt!.at).toBe(true);
          }
          if (s.id === '96110') expect(before.some((c) => c.kind === '110')).toBe(true);
          // Every line reads in both languages.
          expect(clockLine(s, now, offset, 'zh').length).toBeGreaterThan(0);
          expect(clockLine(s, now, offset, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
