/**
 * Budgets for the plan on the result page, for every concrete problem of the
 * catalogue with all its steps (an upper bound: the decision leaves some out):
 * the page stays under 1000 WXML nodes with the whole plan shown, and the
 * plan's first send (splitPlan) under 3 KB, in both languages, at home and
 * abroad, for text-only users too.
 */
import { CATALOGUE } from '../../miniprogram/core/data/catalogue';
import { NeedId, RegionId } from '../../miniprogram/core/types';
import { planView, splitPlan } from '../../miniprogram/core/view/plan';
import { nodeCount, render } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

useWxSpies();

const NOW = Date.parse('2026-12-02T12:00:00+08:00');
const NODE_BUDGET = 1000;
const FIRST_SEND_BUDGET = 3 * 1024;
const SITUATIONS: Array<[RegionId, NeedId, number]> = [
  ['mainland', 'any', 480],
  ['mainland', 'text', 480],
  ['overseas', 'any', 0],
];

describe('plan budgets', () => {
  it.each(CATALOGUE.map((p) => [p.id, p] as const))('%s: first send under 3 KB', (_id, p) => {
    for (const lang of ['zh', 'en'] as const) {
      for (const [region, need, offset] of SITUATIONS) {
        const { first } = splitPlan(planView(p.steps, { now: NOW, lang, region, need, offset }), 'view.plan');
        expect([`${lang} ${region}/${need}`, Buffer.byteLength(JSON.stringify(first)) < FIRST_SEND_BUDGET]).toEqual([`${lang} ${region}/${need}`, true]);
      }
    }
  });

  it.each(CATALOGUE.map((p) => [p.id, p] as const))('%s: result page under 1000 nodes with the whole plan', (_id, p) => {
    const page = render('pages/result/index');
    page.instance.onLoad({ v: '1', problem: p.category, detail: 'unsure', urgent: 'yes', region: 'mainland', need: 'any' });
    const view = page.data.view as Record<string, unknown> | null;
    expect(view).not.toBeNull();
    page.setData({ view: { ...view, steps: [], plan: planView(p.steps, { now: NOW, lang: 'zh', region: 'mainland', need: 'any', offset: 480 }) } });
    expect(page.querySelector('#plan')).toBeTruthy();
    expect(nodeCount(page)).toBeLessThan(NODE_BUDGET);
  });
});
