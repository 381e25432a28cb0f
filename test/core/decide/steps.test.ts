import fc from 'fast-check';
import { CATALOGUE } from '../../../miniprogram/core/data/catalogue';
import { decideConcrete } from '../../../miniprogram/core/decide';
import { abroadOrder, mustKeep, planSteps, situation, splitPlan, StepContext, textOnlyCalls } from '../../../miniprogram/core/decide/steps';
import { allCompleteAnswers, asksOf, canonicalAnswers } from '../../../miniprogram/core/flow';
import { CatalogueProblem, NEED_IDS, PlanStep, REGION_IDS, URGENT_IDS } from '../../../miniprogram/core/types';

const D = '2026-12-01';
const step = (s: Omit<PlanStep, 'checkedOn' | 'source'> & { source?: string }): PlanStep => ({ source: 'editorial', checkedOn: D, ...s });
const t = (zh: string): { zh: string; en: string } => ({ zh, en: zh });

/** A scam victim's plan in the shape the catalogue uses: 110 first (mainland only, a call), then 95017, then the rest. */
const SCAM: CatalogueProblem = {
  id: 'scam-paid',
  category: 'fraud',
  label: t('被骗了，钱已经转出去'),
  hint: t('先报警，再止付'),
  phrasings: { zh: [], en: [] },
  urgency: 'always',
  flags: { police: true },
  steps: [
    step({ id: 'keep-evidence', kind: 'self', text: t('保留聊天和转账记录') }),
    step({ id: 'call-110', kind: 'contact', text: t('拨打 110 报警'), line: 'police-110', call: true, only: { region: 'mainland' } }),
    step({ id: 'call-95017', kind: 'contact', text: t('拨打 95017 请求止付'), channel: 'pay-hotline', call: true }),
    step({ id: 'report', kind: 'contact', text: t('举报骗子账号'), channel: 'tencent-110' }),
    step({ id: 'sms-12110', kind: 'contact', text: t('发短信到 12110 报警'), line: 'sms-12110', alternative: true }),
    step({ id: 'anti-fraud', kind: 'contact', text: t('咨询 96110'), line: 'anti-fraud-96110', call: true, alternative: true }),
    step({ id: 'bank', kind: 'escalate', text: t('联系银行'), after: t('当天') }),
  ],
  materials: { known: true, value: [{ id: 'payee', zh: '对方账户', en: 'Payee account' }], source: 'editorial', checkedOn: D },
  rules: [],
  warnings: [],
};

const ctxOf = (over: Partial<StepContext> = {}): StepContext => ({ problem: SCAM, region: 'mainland', urgent: 'yes', textOnly: false, ...over });
const ids = (steps: readonly PlanStep[]): string[] => steps.map((s) => s.id);

describe('each step rule alone', () => {
  it('situation: a step for another situation is left out, unless the problem must keep it (and says so)', () => {
    const r = situation(ctxOf({ region: 'overseas' }), { steps: SCAM.steps, reasons: [] });
    expect(ids(r.steps)).toContain('call-110');
    expect(r.reasons).toEqual([{ code: 'kept-for-safety', step: 'call-110', because: 'situation' }]);
    const plain: CatalogueProblem = { ...SCAM, flags: undefined };
    expect(ids(situation(ctxOf({ problem: plain, region: 'overseas' }), { steps: plain.steps, reasons: [] }).steps)).not.toContain('call-110');
  });
  it('text only: calls are left out with a reason; 110 and 95017 for a scam victim stay', () => {
    const r = textOnlyCalls(ctxOf({ textOnly: true }), { steps: SCAM.steps, reasons: [] });
    expect(ids(r.steps)).toEqual(['keep-evidence', 'call-110', 'call-95017', 'report', 'sms-12110', 'bank']);
    expect(r.reasons).toContainEqual({ code: 'call-left-out', step: 'anti-fraud' });
    expect(r.reasons).toContainEqual({ code: 'kept-for-safety', step: 'call-110', because: 'text-only' });
    expect(textOnlyCalls(ctxOf(), { steps: SCAM.steps, reasons: [] }).steps).toBe(SCAM.steps);
  });
  it('abroad: a contact that does not work abroad moves last, with a reason; 95017 (dialled as +86 571 95017) is not moved', () => {
    const plain: CatalogueProblem = { ...SCAM, flags: undefined };
    const r = abroadOrder(ctxOf({ problem: plain, region: 'overseas' }), { steps: plain.steps, reasons: [] });
    expect(ids(r.steps).slice(-3)).toEqual(['call-110', 'sms-12110', 'anti-fraud']);
    expect(ids(r.steps).indexOf('call-95017')).toBeLessThan(ids(r.steps).indexOf('report'));
    expect(r.reasons).toContainEqual({ code: 'abroad-moved', step: 'call-110' });
  });
  it('splits "do these in order" from "or instead"', () => {
    const { inOrder, instead } = splitPlan(SCAM.steps);
    expect(ids(instead)).toEqual(['sms-12110', 'anti-fraud']);
    expect(inOrder.length + instead.length).toBe(SCAM.steps.length);
  });
});

/** The 110 and 95017 steps a police problem must keep, in its own order, ahead of every other contact step that came after them. */
function keepsPolice(problem: CatalogueProblem, steps: readonly PlanStep[]): void {
  const kept = problem.steps.filter((s) => mustKeep(problem, s));
  expect(kept.length).toBeGreaterThan(0);
  const got = steps.filter((s) => mustKeep(problem, s));
  expect(ids(got)).toEqual(ids(kept));
  for (const k of kept) {
    const before = problem.steps.slice(0, problem.steps.indexOf(k)).filter((s) => s.kind === 'contact' && !mustKeep(problem, s));
    const nowBefore = steps.slice(0, steps.indexOf(k)).filter((s) => s.kind === 'contact' && !mustKeep(problem, s));
    for (const s of nowBefore) expect(ids(before)).toContain(s.id);
  }
}

describe('a scam victim is never routed away from 110 and 95017 because of an answer', () => {
  it('for every region × urgency × need', () => {
    for (const region of REGION_IDS)
      for (const urgent of URGENT_IDS)
        for (const need of NEED_IDS) {
          keepsPolice(SCAM, planSteps(ctxOf({ region, urgent, textOnly: need === 'text' })).steps);
        }
  });

  it('whatever other steps the plan holds (fast-check over random plans)', () => {
    const extra = fc.record({
      kind: fc.constantFrom('self' as const, 'contact' as const, 'escalate' as const),
      channel: fc.constantFrom(undefined, 'smart-assistant' as const, 'kf-web' as const, 'official-accounts' as const),
      line: fc.constantFrom(undefined, 'consumer-12315' as const, 'anti-fraud-96110' as const),
      call: fc.boolean(),
      alternative: fc.boolean(),
      only: fc.constantFrom(undefined, { region: 'mainland' as const }, { region: 'overseas' as const }, { urgent: 'no' as const }),
    });
    fc.assert(
      fc.property(
        fc.array(extra, { maxLength: 8 }),
        fc.nat(),
        fc.constantFrom(...REGION_IDS),
        fc.constantFrom(...URGENT_IDS),
        fc.boolean(),
        (extras, at, region, urgent, textOnly) => {
          const others = extras.map((e, i) =>
            step({
              id: `x${i}`,
              text: t(`x${i}`),
              kind: e.kind,
              channel: e.channel,
              line: e.channel ? undefined : e.line,
              call: e.call,
              alternative: e.alternative,
              only: e.only,
            }),
          );
          const steps = [...SCAM.steps];
          steps.splice(at % (steps.length + 1), 0, ...others);
          const problem: CatalogueProblem = { ...SCAM, steps };
          keepsPolice(problem, planSteps({ problem, region, urgent, textOnly }).steps);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('for every problem flagged police in the catalogue, over every answer combination', () => {
    const police = CATALOGUE.filter((p) => p.flags?.police);
    let checked = 0;
    for (const a of allCompleteAnswers()) {
      const p = police.find((c) => c.id === a.detail);
      if (!p) continue;
      keepsPolice(p, decideConcrete(a, p, Date.UTC(2026, 10, 25, 4)).steps);
      checked += 1;
    }
    expect(checked).toBe(allCompleteAnswers().filter((a) => police.some((c) => c.id === a.detail)).length);
  });
});

describe('the plan for complete answers', () => {
  it('a text-only user never gets a phone step, except the ones a scam victim must keep', () => {
    for (const problem of [...CATALOGUE, SCAM]) {
      const steps = planSteps({ problem, region: 'mainland', urgent: 'no', textOnly: true }).steps;
      for (const s of steps) if (s.call) expect(mustKeep(problem, s)).toBe(true);
    }
  });
  it('a stop-loss problem that is always urgent asks nothing before its plan', () => {
    expect(asksOf({ ...SCAM, id: 'hijacked', category: 'stolen', flags: { stopLoss: true } })).toEqual([]);
    expect(asksOf({ ...SCAM, urgency: 'ask', flags: undefined })).toEqual(['urgent', 'region', 'need']);
    expect(asksOf({ ...SCAM, asks: ['need'] })).toEqual(['need']);
  });
  it('unanswered follow-ups take their defaults: mainland, any', () => {
    const p = CATALOGUE[0];
    if (!p) throw new Error('the catalogue has no problem yet');
    const d = decideConcrete(canonicalAnswers({ problem: p.category, detail: p.id }), p, Date.UTC(2026, 10, 25, 4));
    expect(ids(d.steps)).toEqual(ids(planSteps({ problem: p, region: 'mainland', urgent: p.urgency === 'always' ? 'yes' : 'no', textOnly: false }).steps));
  });
});
