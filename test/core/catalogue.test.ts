import { checkCatalogue } from '../../miniprogram/core/catalogue-check';
import { CHANNELS } from '../../miniprogram/core/data/channels';
import { CATALOGUE } from '../../miniprogram/core/data/catalogue';
import { ALL_SOURCES as SOURCES } from '../../miniprogram/core/data/catalogue/sources';
import { allCompleteAnswers } from '../../miniprogram/core/flow';
import { checkIntegrity } from '../../miniprogram/core/integrity';
import { buildLink, parseLink, parsePath } from '../../miniprogram/core/links';
import { CatalogueProblem, CONCRETE_IDS, PlanStep, PROBLEM_IDS } from '../../miniprogram/core/types';

describe('the concrete problem ids', () => {
  it('are pinned: they go into links and printed posters and never change meaning', () => {
    expect([...CONCRETE_IDS]).toEqual([
      'wrong-transfer',
      'unknown-charge',
      'auto-renew',
      'merchant-refund',
      'withdraw',
      'pay-limited',
      'minor-spending',
      'pay-password',
      'red-packet',
      'scam-paid',
      'fake-service',
      'code-leaked',
      'hijacked',
      'phone-lost',
      'friend-hijacked',
      'account-banned',
      'feature-limited',
      'banned-funds',
      'forgot-password',
      'new-phone',
      'no-code',
      'unfreeze',
      'friend-verify',
      'chat-history',
      'close-account',
      'minor-mode',
      'change-id',
      'harassment',
      'spam-content',
      'fraud-report',
      'spam-call',
      'need-human',
      'no-response',
      'deceased',
    ]);
  });
  it('never equal a category id, so a scene can carry either in its problem slot, within 32 characters', () => {
    for (const id of CONCRETE_IDS) {
      expect((PROBLEM_IDS as readonly string[]).indexOf(id)).toBe(-1);
      expect(`1r.${id}.y.o.s`.length).toBeLessThanOrEqual(32);
    }
  });
});

describe('the catalogue on main passes its integrity check', () => {
  it('0 errors, every problem reachable', () => {
    expect(checkIntegrity().errors).toEqual([]);
    const paths = allCompleteAnswers();
    for (const p of CATALOGUE) expect(paths.some((a) => a.detail === p.id)).toBe(true);
  });
});

describe('the catalogue check catches broken data', () => {
  const D = '2026-12-01';
  const base: PlanStep = { id: 'ask', kind: 'contact', text: { zh: '联系客服', en: 'Contact' }, channel: 'smart-assistant', source: 'editorial', checkedOn: D };
  const problem = (over: Partial<CatalogueProblem> = {}): CatalogueProblem => ({
    id: 'need-human',
    category: 'other',
    label: { zh: '找人工', en: 'A person' },
    hint: { zh: '提示', en: 'Hint' },
    phrasings: { zh: [], en: [] },
    urgency: 'never',
    steps: [base],
    materials: { known: true, value: [], source: 'editorial', checkedOn: D },
    rules: [],
    warnings: [],
    ...over,
  });
  const paths = [{ problem: 'other' as const, detail: 'need-human' as const }];
  const errors = (p: CatalogueProblem, withPaths = paths): string => checkCatalogue([p], CHANNELS, SOURCES, withPaths).errors.join('\n');
  it.each([
    ['no contact step', problem({ steps: [{ ...base, kind: 'self' }] }), /no contact step/],
    ['an unknown source', problem({ steps: [{ ...base, source: 'nowhere' }] }), /unknown source "nowhere"/],
    ['an undated step', problem({ steps: [{ ...base, checkedOn: 'soon' }] }), /bad checkedOn soon/],
    ['a step id twice', problem({ steps: [base, base] }), /step id ask twice/],
    ['a say blank not in SAY_BLANKS', problem({ steps: [{ ...base, say: { zh: '我的手机 {phone}', en: 'My phone {phone}' } }] }), /say blank \{phone\}/],
    ['say blanks that differ by language', problem({ steps: [{ ...base, say: { zh: '金额 {amount}', en: 'Amount' } }] }), /differ between zh and en/],
    [
      'a channel with no official way to reach it',
      problem({ steps: [{ ...base, channel: 'offline-points' }] }),
      /recommends offline-points, which has no official way/,
    ],
    ['a police problem without 110 and 95017', problem({ flags: { police: true } }), /lacks the 110 or the 95017 step/],
    [
      'an unsourced menu path',
      problem({ steps: [{ ...base, path: { known: true, value: { zh: '我 → 服务', en: 'Me → Services' }, source: 'made-up', checkedOn: D } }] }),
      /step ask\.path: unknown source "made-up"/,
    ],
  ])('%s', (_name, p, message) => {
    expect(errors(p)).toMatch(message);
  });
  it('a problem the flow never reaches', () => {
    expect(errors(problem(), [])).toMatch(/not reachable from the flow/);
  });
  it('counts steps by kind and facts known and not confirmed', () => {
    const p = problem({ steps: [base, { ...base, id: 'self', kind: 'self', path: { known: false, note: { zh: '未确认', en: 'n/a' }, checkedOn: D } }] });
    const { stats } = checkCatalogue([p], CHANNELS, SOURCES, paths);
    expect(stats.steps).toEqual({ self: 1, contact: 1, escalate: 0 });
    expect(stats.unknownFacts).toBe(1);
  });
});

describe('old links and posters keep working and open the category', () => {
  const hasDetails = (p: string): boolean => CATALOGUE.some((c) => c.category === p);
  it.each([
    ['an old result scene', { scene: '1r.payment.y.m.a' }, 'payment'],
    ['an old result path', { v: '1', problem: 'fraud', urgent: 'yes', region: 'mainland', need: 'any' }, 'fraud'],
    ['an old result scene without urgency', { scene: '1r.other.-.m.a' }, 'other'],
  ] as const)('%s opens the category plan', (_name, query, problem) => {
    const parsed = parseLink(query, 'result');
    expect(parsed.reason).toBe('ok');
    const answers = parsed.route.page === 'result' ? parsed.route.answers : null;
    expect(answers?.problem).toBe(problem);
    expect(answers?.detail).toBe(hasDetails(problem) ? 'unsure' : undefined);
  });
  it.each(PROBLEM_IDS.map((p) => [p]))('the printed poster 1f.%s opens the flow of its category', (p) => {
    const parsed = parseLink({ scene: `1f.${p}` });
    expect(parsed.route).toEqual({ page: 'flow', answers: { problem: p } });
  });
  it.each(CATALOGUE.map((c) => [c.id, c] as const))('a poster for %s carries its id and opens its plan or its own questions', (id, c) => {
    const link = buildLink({ page: 'flow', answers: { problem: c.category, detail: id } });
    expect(link.scene).toBe(`1f.${id}`);
    const parsed = parseLink({ scene: link.scene });
    expect(parsed.route.page).toBe('flow');
    if (parsed.route.page === 'flow') expect(parsed.route.answers).toEqual({ problem: c.category, detail: id });
    const result = buildLink({ page: 'result', answers: { problem: c.category, detail: id, urgent: 'yes', region: 'mainland', need: 'any' } });
    expect(result.scene.startsWith(`1r.${id}`)).toBe(true);
    expect(parsePath(result.path).route.page).toBe('result');
  });
});
