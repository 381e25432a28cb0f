import fc from 'fast-check';
import { CHANNEL_BY_ID, CHANNELS } from '../../../miniprogram/core/data/channels';
import { rankChannels } from '../../../miniprogram/core/decide';
import { abroad, applyRules, closedNow, initialRanking, Ranking, RULES, RuleContext, simplest, textOnly } from '../../../miniprogram/core/decide/rules';
import { allCompleteAnswers, canonicalAnswers } from '../../../miniprogram/core/flow';
import { Channel, CHANNEL_IDS, ChannelId, Hours } from '../../../miniprogram/core/types';

const bj = (y: number, m: number, d: number, h: number): number => Date.UTC(y, m - 1, d, h - 8);
const NIGHT = bj(2026, 11, 25, 3);
const DAY = bj(2026, 11, 25, 10);

/** A context over the real channels, with the given flags. */
function ctxOf(flags: Partial<RuleContext> = {}, channels: Readonly<Record<ChannelId, Channel>> = CHANNEL_BY_ID): RuleContext {
  return {
    urgent: false,
    textOnly: false,
    simple: false,
    abroad: false,
    essential: false,
    now: DAY,
    channel: (id) => channels[id],
    abroadRoute: 'international',
    ...flags,
  };
}
const start = (order: ChannelId[], locked = 0): Ranking => ({ order, locked, reasons: [{ code: 'plan', problem: 'other' }] });

describe('each rule alone', () => {
  it('text only: phone lines go last, and the reason names what moved', () => {
    const r = textOnly(ctxOf({ textOnly: true }), start(['pay-hotline', 'emergency-freeze', 'smart-assistant']));
    expect(r.order).toEqual(['emergency-freeze', 'smart-assistant', 'pay-hotline']);
    expect(r.reasons[1]).toEqual({ code: 'text-only-moved', from: 'pay-hotline', to: 'emergency-freeze' });
    const later = textOnly(ctxOf({ textOnly: true }), start(['smart-assistant', 'pay-hotline', 'kf-web']));
    expect(later.order).toEqual(['smart-assistant', 'kf-web', 'pay-hotline']);
    expect(later.reasons[1]).toEqual({ code: 'text-only-last' });
    expect(textOnly(ctxOf(), start(['pay-hotline', 'kf-web'])).order).toEqual(['pay-hotline', 'kf-web']);
  });

  it('simplest: the easiest channel first, unless only one can do the job', () => {
    const r = simplest(ctxOf({ simple: true }), start(['kf-web', 'smart-assistant', 'emergency-freeze']));
    expect(r.order[0]).toBe('emergency-freeze');
    expect(r.reasons[1]).toEqual({ code: 'simple-moved', from: 'kf-web', to: 'emergency-freeze' });
    const only = simplest(ctxOf({ simple: true, essential: true }), start(['security-center', 'smart-assistant'], 1));
    expect(only.order).toEqual(['security-center', 'smart-assistant']);
    expect(only.reasons[1]).toEqual({ code: 'simple-only-one', channel: 'security-center' });
    expect(simplest(ctxOf({ simple: true, urgent: true }), start(['kf-web', 'emergency-freeze'])).order[0]).toBe('kf-web');
  });

  it('abroad: stop the loss with what works abroad, then the abroad route, both locked', () => {
    const r = abroad(ctxOf({ abroad: true, urgent: true }), start(['pay-hotline', 'emergency-freeze', 'smart-assistant']));
    expect(r.order.slice(0, 2)).toEqual(['emergency-freeze', 'international']);
    expect(r.locked).toBe(2);
    expect(r.reasons[1]).toEqual({ code: 'abroad-stop-loss', first: 'emergency-freeze' });
  });

  it('abroad: a mainland phone line first gives way to the abroad route, and says it is a mainland number', () => {
    const r = abroad(ctxOf({ abroad: true }), start(['pay-hotline', 'smart-assistant']));
    expect(r.order[0]).toBe('international');
    expect(r.reasons[1]).toEqual({ code: 'abroad-phone', from: 'pay-hotline' });
    const second = abroad(ctxOf({ abroad: true }), start(['smart-assistant', 'kf-web']));
    expect(second.order.slice(0, 2)).toEqual(['international', 'smart-assistant']);
    expect(second.reasons[1]).toEqual({ code: 'abroad-second', channel: 'smart-assistant' });
  });

  it('closed now: an open channel goes ahead of a closed first one, and says which', () => {
    const r = closedNow(ctxOf({ now: NIGHT }), start(['official-accounts', 'smart-assistant']));
    expect(r.order[0]).toBe('smart-assistant');
    expect(r.reasons[1]).toEqual({ code: 'closed-moved', from: 'official-accounts', to: 'smart-assistant' });
    expect(closedNow(ctxOf({ now: DAY }), start(['official-accounts', 'smart-assistant'])).order[0]).toBe('official-accounts');
    // A text-only user is not moved onto a phone line.
    expect(closedNow(ctxOf({ now: NIGHT, textOnly: true }), start(['official-accounts', 'pay-hotline'])).order[0]).toBe('official-accounts');
  });

  it('closed now never undoes the abroad order, even when the channel kept first has real hours and is closed', () => {
    // A channel with weekday office hours that works abroad, put first by the abroad rule for an urgent problem.
    const office: Hours = { kind: 'weekly', slots: [{ days: [1, 2, 3, 4, 5], from: 9 * 60, to: 18 * 60 }] };
    const channels = {
      ...CHANNEL_BY_ID,
      'kf-web': { ...CHANNEL_BY_ID['kf-web'], hours: { known: true as const, value: office, source: 'editorial', checkedOn: '2026-11-29' } },
    };
    const ctx = ctxOf({ abroad: true, urgent: true, now: NIGHT }, channels);
    const r = applyRules(ctx, start(['pay-hotline', 'kf-web', 'smart-assistant']));
    expect(r.order.slice(0, 2)).toEqual(['kf-web', 'international']);
    expect(r.reasons.map((x) => x.code)).not.toContain('closed-moved');
  });

  it('the stop-loss channel first is locked from the start; a phone line never is for text-only users', () => {
    expect(initialRanking(ctxOf(), ['emergency-freeze', 'security-center'], { code: 'plan', problem: 'stolen' }).locked).toBe(1);
    expect(initialRanking(ctxOf(), ['pay-hotline', 'security-center'], { code: 'plan', problem: 'payment' }).locked).toBe(0);
    expect(initialRanking(ctxOf({ essential: true, textOnly: true }), ['pay-hotline'], { code: 'plan', problem: 'payment' }).locked).toBe(0);
  });
});

// ---- properties -------------------------------------------------------------

const channelId = fc.constantFrom(...CHANNEL_IDS);
const hoursArb: fc.Arbitrary<Hours> = fc.oneof(
  fc.constant<Hours>({ kind: 'always' }),
  fc
    .record({
      from: fc.integer({ min: 0, max: 1380 }),
      len: fc.integer({ min: 30, max: 600 }),
      days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1 }),
    })
    .map(({ from, len, days }): Hours => ({ kind: 'weekly', slots: [{ days, from, to: Math.min(1440, from + len) }] })),
);
/** Real channels with random hours, abroad and voice flags: rules must keep their promises whatever the data says. */
const channelsArb = fc
  .array(fc.record({ hours: hoursArb, worksAbroad: fc.boolean(), voiceOnly: fc.boolean() }), { minLength: CHANNELS.length, maxLength: CHANNELS.length })
  .map((patches) => {
    const out = {} as Record<ChannelId, Channel>;
    CHANNELS.forEach((c, i) => {
      const p = patches[i] ?? { hours: { kind: 'always' as const }, worksAbroad: true, voiceOnly: false };
      out[c.id] = {
        ...c,
        hours: { known: true, value: p.hours, source: 'editorial', checkedOn: '2026-11-29' },
        worksAbroad: p.worksAbroad,
        voiceOnly: p.voiceOnly,
        textOnly: !p.voiceOnly,
      };
    });
    return out;
  });
const ctxArb = fc
  .record({
    urgent: fc.boolean(),
    need: fc.constantFrom('any', 'text', 'simple'),
    abroad: fc.boolean(),
    essential: fc.boolean(),
    now: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
    channels: channelsArb,
  })
  .map(({ need, channels, ...rest }) => ctxOf({ ...rest, textOnly: need === 'text', simple: need === 'simple' }, channels));
const rankingArb = fc
  .uniqueArray(channelId, { minLength: 1, maxLength: CHANNEL_IDS.length })
  .chain((order) => fc.integer({ min: 0, max: order.length }).map((locked): Ranking => start(order, locked)));

describe('no rule undoes another rule’s guarantee', () => {
  const named: Array<[string, (typeof RULES)[number]]> = [
    ['textOnly', textOnly],
    ['simplest', simplest],
    ['abroad', abroad],
    ['closedNow', closedNow],
  ];
  it.each(named)('%s keeps the locked prefix, never unlocks, and only reorders (adding at most the abroad route)', (_name, rule) => {
    fc.assert(
      fc.property(ctxArb, rankingArb, (ctx, before) => {
        const after = rule(ctx, before);
        expect(after.order.slice(0, before.locked)).toEqual(before.order.slice(0, before.locked));
        expect(after.locked).toBeGreaterThanOrEqual(before.locked);
        expect(after.locked).toBeLessThanOrEqual(after.order.length);
        const added = after.order.filter((id) => before.order.indexOf(id) < 0);
        expect(added.every((id) => id === ctx.abroadRoute)).toBe(true);
        expect(before.order.every((id) => after.order.indexOf(id) >= 0)).toBe(true);
        expect(new Set(after.order).size).toBe(after.order.length);
        // A rule that changes the order says why.
        if (after.order.join() !== before.order.join()) expect(after.reasons.length).toBeGreaterThan(before.reasons.length);
      }),
      { numRuns: 400 },
    );
  });

  it('all rules in order keep every prefix any of them locked', () => {
    fc.assert(
      fc.property(ctxArb, rankingArb, (ctx, first) => {
        let r = first;
        for (const rule of RULES) {
          const next = rule(ctx, r);
          expect(next.order.slice(0, r.locked)).toEqual(r.order.slice(0, r.locked));
          r = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('over every answer combination × every hour of a week: the stop-loss and essential first channels stay first at home, and abroad the route is second or first', () => {
    const week = bj(2026, 11, 22, 0);
    const answers = allCompleteAnswers();
    fc.assert(
      fc.property(fc.constantFrom(...answers), fc.integer({ min: 0, max: 167 }), (a, h) => {
        const { order } = rankChannels(canonicalAnswers(a), week + h * 3600e3);
        const first = order[0] as ChannelId;
        if (a.problem === 'stolen') expect(first).toBe('emergency-freeze');
        if (a.problem === 'banned') expect(first).toBe('security-center');
        if (a.region === 'overseas') expect(order.indexOf('international')).toBeLessThanOrEqual(1);
        if (a.need === 'text') expect(CHANNEL_BY_ID[first].voiceOnly).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
