/** Follow links (core/follow.ts): what a shared "help a parent" link carries, and that it carries nothing personal. */
import fc from 'fast-check';
import { Case, findCase } from '../../miniprogram/core/case';
import { ContactKind, CONTACT_KINDS, OUTCOMES } from '../../miniprogram/core/clock';
import { FOLLOW_STEPS, FollowLink, followLinkOf, followPath, followShare, parseFollow } from '../../miniprogram/core/follow';
import { Note } from '../../miniprogram/core/notes';
import { CONCRETE_IDS, PROBLEM_IDS } from '../../miniprogram/core/types';
import { BJ, bj, note } from '../helpers/notes';

/** The query WeChat hands the page for a path: its `a=b&c=d` part as an object. */
function queryOf(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (path.split('?')[1] ?? '').split('&')) {
    const [k, v] = part.split('=');
    if (k) out[k] = v ?? '';
  }
  return out;
}

const KEYS = ['none', ...PROBLEM_IDS, ...CONCRETE_IDS] as const;

describe('parseFollow', () => {
  const good = { v: '1', case: 'merchant-refund', step: 'merchant-reply', by: '2026-12-03' };
  it('reads a good link', () => {
    expect(parseFollow(good)).toEqual({ link: { key: 'merchant-refund', step: 'merchant-reply', date: { kind: 'by', day: '2026-12-03', approx: false } } });
    expect(parseFollow({ v: '1', case: 'none', step: '110' })).toEqual({ link: { key: 'none', step: '110' } });
  });
  it('names each wrong part', () => {
    expect(parseFollow({ ...good, v: '2' })).toEqual({ error: 'version' });
    expect(parseFollow({ ...good, case: '13800138000' })).toEqual({ error: 'case' });
    expect(parseFollow({ ...good, case: undefined })).toEqual({ error: 'case' });
    expect(parseFollow({ ...good, step: 'call-mum' })).toEqual({ error: 'step' });
    expect(parseFollow({ ...good, step: undefined })).toEqual({ error: 'step' });
    expect(parseFollow({ ...good, by: '2026-02-30' })).toEqual({ error: 'date' });
    expect(parseFollow({ ...good, by: '3 Dec' })).toEqual({ error: 'date' });
    expect(parseFollow({ ...good, from: '2026-12-04' })).toEqual({ error: 'date' });
    expect(parseFollow(null)).toEqual({ error: 'case' });
    expect(parseFollow('v=1')).toEqual({ error: 'case' });
  });
});

const dateArb = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const linkArb: fc.Arbitrary<FollowLink> = fc
  .record({
    key: fc.constantFrom(...KEYS),
    step: fc.constantFrom(...FOLLOW_STEPS),
    date: fc.option(fc.record({ kind: fc.constantFrom<'by' | 'from'>('by', 'from'), day: dateArb, approx: fc.boolean() }), { nil: undefined }),
  })
  .map(({ key, step, date }) => (date ? { key, step, date } : { key, step }));

describe('followPath', () => {
  it('round-trips: the page reads back exactly the link that was shared', () => {
    fc.assert(
      fc.property(linkArb, (link) => {
        expect(parseFollow(queryOf(followPath(link)))).toEqual({ link });
      }),
      { numRuns: 2000 },
    );
  });
});

/** Personal data a notebook holds: ID numbers, phones, tickets, names, what was said. */
const personal = fc.constantFrom(
  '110101199003077777',
  '13800138000',
  '+86 139 1234 5678',
  '4200001234202611205678',
  'T20261120-88',
  '张秀兰',
  'Wang Fang',
  '6222021234567890123',
  'mum@example.com',
);
const noteArb = fc.record({
  concrete: fc.option(fc.constantFrom(...CONCRETE_IDS), { nil: undefined }),
  problem: fc.option(fc.constantFrom(...PROBLEM_IDS), { nil: undefined }),
  kind: fc.option(fc.constantFrom<ContactKind>(...CONTACT_KINDS), { nil: undefined }),
  outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: undefined }),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 9, max: 11 }),
  ticket: personal,
  said: personal,
  next: personal,
});

describe('no personal data in a shared link', () => {
  it('the path and title hold only ids, a date, v and approx — never a ticket, phone, ID or name from the notes', () => {
    fc.assert(
      fc.property(fc.array(noteArb, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 90 }), (drafts, after) => {
        const notes = drafts.map((d) => {
          const over: Partial<Note> = {
            at: `2026-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')} 10:00`,
            ticket: d.ticket,
            said: d.said,
            next: d.next,
          };
          if (d.concrete) over.concrete = d.concrete;
          else if (d.problem) over.problem = d.problem;
          if (d.kind) over.kind = d.kind;
          if (d.outcome) over.outcome = d.outcome;
          return note(over);
        });
        const first = notes[0]!;
        const c = findCase(notes, first.concrete ?? first.problem ?? 'none')!;
        const share = followShare(c, bj(11, 28) + after * 86400000, BJ, 'zh');
        if (share === null) {
          expect(followLinkOf(c, bj(11, 28) + after * 86400000, BJ)).toBeNull();
          return;
        }
        expect(share.path).toMatch(/^\/pages\/follow\/index\?v=1&case=[a-z0-9-]+&step=[a-z0-9-]+(&(by|from)=\d{4}-\d{2}-\d{2})?(&approx=1)?$/);
        for (const n of c.notes) {
          for (const secret of [n.ticket, n.said, n.next]) {
            expect(share.path).not.toContain(secret);
            expect(share.title).not.toContain(secret);
          }
        }
        expect(share.title).toBe('帮我看看这件事下一步怎么做');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('followShare', () => {
  const complaint = (): Case =>
    findCase(
      [note({ concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-20 10:00', ticket: '4200001234202611205678', said: '张秀兰 13800138000' })],
      'merchant-refund',
    )!;
  it('shares the case’s next step: the merchant’s reply is due on the 21st', () => {
    expect(followShare(complaint(), bj(11, 20, 18), BJ, 'zh')).toEqual({
      title: '帮我看看这件事下一步怎么做',
      path: '/pages/follow/index?v=1&case=merchant-refund&step=merchant-reply&by=2026-11-21',
    });
  });
  it('after the deadline: ask WeChat Pay to step in', () => {
    const share = followShare(complaint(), bj(11, 23), BJ, 'en');
    expect(share?.title).toBe('Help me with the next step on this');
    expect(share?.path).toContain('step=pay-intervene');
  });
  it('a scam: 110 first, with no date', () => {
    const scam = findCase([note({ concrete: 'scam-paid', at: '2026-11-20 10:00' })], 'scam-paid')!;
    expect(followShare(scam, bj(11, 21), BJ, 'zh')?.path).toBe('/pages/follow/index?v=1&case=scam-paid&step=110');
  });
  it('a step waiting to open shares the day it opens', () => {
    const login = findCase([note({ problem: 'login', at: '2026-11-20 10:00' })], 'login')!;
    expect(followShare(login, bj(11, 23), BJ, 'zh')?.path).toBe('/pages/follow/index?v=1&case=login&step=12300&from=2026-12-05');
  });
  it('a solved case has nothing left to follow: no share card', () => {
    const done = findCase([note({ problem: 'login', outcome: 'resolved', at: '2026-11-20 10:00' })], 'login')!;
    expect(followShare(done, bj(11, 21), BJ, 'zh')).toBeNull();
  });
});
