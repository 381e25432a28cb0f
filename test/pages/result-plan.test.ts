/**
 * The result page with a concrete problem's plan (`view.plan`, added by the
 * decision core): the plan comes above the channel blocks, and without one the
 * page is as before. The plan here is a fixture; the lines are fixtures too.
 */
import { PlanStep } from '../../miniprogram/core/types';
import { planView } from '../../miniprogram/core/view/plan';
import { D } from '../helpers/plan-lines';
import { render, Rendered, sleep, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

jest.mock('../../miniprogram/core/data/lines', () => jest.requireActual('../helpers/plan-lines').linesModule);

useWxSpies();

const NOON = Date.parse('2026-12-02T12:00:00+08:00');
const FRAUD = { v: '1', problem: 'fraud', urgent: 'yes', region: 'mainland', need: 'any' };

const STEPS: PlanStep[] = [
  {
    id: 'call-110',
    kind: 'contact',
    line: 'police-110',
    call: true,
    text: { zh: '立刻拨打 110 报警，说清收款方账号', en: 'Call 110 now with the payee’s account' },
    source: 'editorial',
    checkedOn: D,
  },
  {
    id: 'call-95017',
    kind: 'contact',
    channel: 'pay-hotline',
    call: true,
    text: { zh: '再打 95017 请求止付', en: 'Then call 95017 to ask for a stop' },
    say: { zh: '我被骗转账{amount}元。', en: 'I was tricked into paying {amount}.' },
    source: 'editorial',
    checkedOn: D,
  },
];

function withPlan(query: Record<string, string>): Rendered {
  const page = render('pages/result/index');
  page.instance.onLoad(query);
  const view = page.data.view as Record<string, unknown>;
  page.setData({ view: { ...view, plan: planView(STEPS, { now: NOON, lang: 'zh', region: 'mainland', need: 'any' }) } });
  return page;
}

describe('result page with a plan', () => {
  it('shows the plan above the channel blocks', () => {
    const shown = text(withPlan(FRAUD));
    expect(shown).toContain('按顺序做');
    expect(shown.indexOf('立刻拨打 110 报警')).toBeLessThan(shown.indexOf('首选渠道'));
    expect(shown.indexOf('再打 95017 请求止付')).toBeLessThan(shown.indexOf('首选渠道'));
    expect(shown).toContain('可以这样说');
  });

  it('calls 110 from the plan', async () => {
    const call = jest.spyOn(wx, 'makePhoneCall').mockImplementation(((opts: { success?: () => void }) => opts.success?.()) as never);
    const page = withPlan(FRAUD);
    page.querySelector('#plan')!.querySelector('#action-call-110-0')!.dispatchEvent('click');
    await sleep(0);
    expect(call).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '110' }));
  });

  it('without a plan shows today’s layout', () => {
    const page = render('pages/result/index');
    page.instance.onLoad(FRAUD);
    const shown = text(page);
    expect(page.querySelector('#plan')).toBeFalsy();
    expect(shown).not.toContain('按顺序做');
    expect(shown).toContain('首选渠道');
    expect(shown).toContain('怎么联系');
  });
});

describe('result page with a plan: two sends', () => {
  /** Every setData the page makes while `fn` runs, in bytes. */
  async function sends(page: Rendered, fn: () => void): Promise<number[]> {
    const inst = page.instance as unknown as { setData: (d: Record<string, unknown>, cb?: () => void) => void };
    const original = inst.setData;
    const sizes: number[] = [];
    inst.setData = function patched(this: unknown, d: Record<string, unknown>, cb?: () => void) {
      sizes.push(Buffer.byteLength(JSON.stringify(d)));
      return original.call(this, d, cb);
    };
    try {
      fn();
      await sleep(0);
    } finally {
      inst.setData = original;
    }
    return sizes;
  }

  it.each([
    ['stolen', 'hijacked'],
    ['fraud', 'scam-paid'],
    ['banned', 'account-banned'],
  ])('%s/%s: the first setData stays within 4 KB, and the whole page is there after the second', async (problem, detail) => {
    const page = render('pages/result/index');
    const query = { v: '1', problem, detail, region: 'mainland', need: 'any' };
    const sizes = await sends(page, () => page.instance.onLoad(query));
    expect(sizes.length).toBe(2);
    expect(sizes[0]).toBeLessThanOrEqual(4 * 1024);
    // After both sends the page holds the same view a single send would have given.
    const once = render('pages/result/index');
    once.instance.onLoad(query);
    await sleep(0);
    expect(page.data.view).toEqual(once.data.view);
    const view = page.data.view as { warnings: string[]; plan: { instead: unknown[] } };
    expect(view.warnings.length).toBeGreaterThan(0);
    expect(text(page)).toContain(view.warnings[0]);
  });
});
