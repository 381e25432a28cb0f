/** The due schedule home counts from (core/due.ts, dueSchedule in core/case.ts). Fixed instants only. */
import fc from 'fast-check';
import { dueFollowUps, dueSchedule } from '../../miniprogram/core/case';
import { CONTACT_KINDS, OUTCOMES } from '../../miniprogram/core/clock';
import { dueCount, localDate, readSchedule } from '../../miniprogram/core/due';
import { Note } from '../../miniprogram/core/notes';
import { CHANNEL_IDS, CONCRETE_IDS, ConcreteId } from '../../miniprogram/core/types';

const DAY = 86_400_000;
const BJ = 480;
/** 2026-11-25 10:00 in Beijing. */
const NOW = Date.UTC(2026, 10, 25, 2);

function note(i: number, over: Partial<Note>): Note {
  return { v: 1, id: `n${i}`, channel: 'kf-web', at: '2026-11-20 10:00', ticket: '', said: '说了', next: '', remind: '', createdAt: i, ...over };
}
/** `YYYY-MM-DD HH:MM` in Beijing for an instant. */
const wall = (at: number): string => new Date(at + BJ * 60_000).toISOString().slice(0, 16).replace('T', ' ');

describe('due schedule', () => {
  it('counts the steps due from each instant on, and the reminders by date', () => {
    // A merchant complaint on 11-24 09:00: 12315 is open at once (1); from 11-26 00:00 the reply is overdue and
    // WeChat Pay can step in (3); the resolve deadline passes at 11-28 00:00 (4); 12315 closes after 3 years (3).
    const notes = [note(1, { concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-24 09:00', remind: '2026-11-30' })];
    const s = dueSchedule(notes, NOW, BJ);
    expect(s.steps).toEqual([
      [NOW, 1],
      [Date.UTC(2026, 10, 25, 16), 3],
      [Date.UTC(2026, 10, 27, 16), 4],
      [Date.UTC(2029, 10, 24, 16), 3],
    ]);
    expect(s.remind).toEqual(['2026-11-30']);
    expect(dueCount(s, NOW, '2026-11-25')).toBe(1);
    expect(dueCount(s, Date.UTC(2026, 10, 26, 2), '2026-11-26')).toBe(3);
    expect(dueCount(s, Date.UTC(2026, 10, 30, 2), '2026-11-30')).toBe(5);
    // A clock set back before the schedule was written keeps its first count.
    expect(dueCount(s, NOW - DAY, '2026-11-24')).toBe(1);
  });

  it.each([
    [null],
    [undefined],
    ['x'],
    [{}],
    [{ v: 2, steps: [], remind: [] }],
    [{ v: 1, steps: [[1, -1]], remind: [] }],
    [{ v: 1, steps: [], remind: ['soon'] }],
  ])('anything that is not a schedule counts 0 (%p)', (value) => {
    expect(readSchedule(value)).toBeNull();
    expect(dueCount(value, NOW, '2026-11-25')).toBe(0);
  });

  it('the local date follows the offset', () => {
    expect(localDate(Date.UTC(2026, 10, 25, 20), BJ)).toBe('2026-11-26');
    expect(localDate(Date.UTC(2026, 10, 25, 20), -300)).toBe('2026-11-25');
  });

  it('property: at any later instant, the schedule counts exactly what the notebook lists as due', () => {
    const arbNote = fc.record({
      channel: fc.constantFrom(...CHANNEL_IDS),
      concrete: fc.option(fc.constantFrom(...(CONCRETE_IDS as readonly ConcreteId[]).slice(0, 12)), { nil: undefined }),
      kind: fc.option(fc.constantFrom(...CONTACT_KINDS), { nil: undefined }),
      outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: undefined }),
      ago: fc.integer({ min: 0, max: 60 * DAY }),
      remind: fc.option(fc.integer({ min: -5, max: 40 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbNote, { maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 800 * DAY }), { minLength: 1, maxLength: 5 }), (specs, laters) => {
        const notes = specs.map((x, i) => {
          const n = note(i, { channel: x.channel, at: wall(NOW - x.ago) });
          if (x.concrete) n.concrete = x.concrete;
          if (x.kind) n.kind = x.kind;
          if (x.outcome) n.outcome = x.outcome;
          if (x.remind !== undefined) n.remind = localDate(NOW + x.remind * DAY, BJ);
          return n;
        });
        const s = dueSchedule(notes, NOW, BJ);
        for (const later of [0, ...laters]) {
          const at = NOW + later;
          const today = localDate(at, BJ);
          expect(dueCount(JSON.parse(JSON.stringify(s)), at, today)).toBe(dueFollowUps(notes, at, BJ, today).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
