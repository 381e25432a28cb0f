/**
 * The plan through its rendered WXML: numbered steps in order, the "or
 * instead" list, each step's details, one-tap actions and the say-card.
 * Lines are fixtures (test/helpers/plan-lines.ts); channels are the real data.
 */
import { PlanStep } from '../../miniprogram/core/types';
import { planView, PlanContext } from '../../miniprogram/core/view/plan';
import { D } from '../helpers/plan-lines';
import { render, Rendered, sleep, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

jest.mock('../../miniprogram/core/data/lines', () => jest.requireActual('../helpers/plan-lines').linesModule);

const { registerBuiltins } = require('../../scripts/preview/runtime/builtins') as { registerBuiltins(hooks: object): void };
registerBuiltins({});

useWxSpies();

/** Wednesday 2026-12-02 12:00 Beijing. */
const NOON = Date.parse('2026-12-02T12:00:00+08:00');

const step = (over: Partial<PlanStep> & Pick<PlanStep, 'id' | 'kind'>): PlanStep => ({
  text: { zh: `做 ${over.id}`, en: `Do ${over.id}` },
  source: 'editorial',
  checkedOn: D,
  ...over,
});

const STEPS: PlanStep[] = [
  step({
    id: 'check-bill',
    kind: 'self',
    text: { zh: '在账单里找到这笔转账', en: 'Find the payment in the bill' },
    path: { known: true, value: { zh: '我 → 服务 → 钱包 → 账单', en: 'Me → Services → Wallet → Bill' }, source: 'editorial', checkedOn: D, typical: true },
  }),
  step({ id: 'call-110', kind: 'contact', line: 'police-110', call: true, text: { zh: '立刻报警', en: 'Call the police now' } }),
  step({
    id: 'call-95017',
    kind: 'contact',
    channel: 'pay-hotline',
    call: true,
    human: { known: true, value: { zh: '按语音提示选择人工服务', en: 'Follow the voice menu to an agent' }, source: 'editorial', checkedOn: D, typical: true },
    say: { zh: '我被骗转账{amount}元，收款方是{payee}，请协助止付。', en: 'I was tricked into paying {amount} to {payee}; please help stop it.' },
  }),
  step({ id: 'pboc', kind: 'escalate', line: 'pboc-12363', after: { zh: '15 天内没有答复', en: 'No answer in 15 days' } }),
  step({
    id: 'report-app',
    kind: 'contact',
    line: 'anti-fraud-app',
    alternative: true,
    text: { zh: '在国家反诈中心 App 举报', en: 'Report in the anti-fraud app' },
  }),
];

function plan(ctx: Partial<PlanContext> = {}, lang = 'zh'): Rendered {
  const view = planView(STEPS, { now: NOON, lang: lang === 'en' ? 'en' : 'zh', region: 'mainland', need: 'any', ...ctx });
  return render('pages/result/plan-steps/index', { plan: view, lang });
}

const stepText = (c: Rendered, id: string): string => {
  const el = c.querySelector(`#step-${id}`);
  if (!el) throw new Error(`no step ${id}`);
  return text(el);
};

describe('plan-steps', () => {
  it('numbers the steps to do in order and lists the others under 或者', () => {
    const c = plan();
    const shown = text(c);
    expect(shown.indexOf('按顺序做')).toBeGreaterThanOrEqual(0);
    expect(shown.indexOf('按顺序做')).toBeLessThan(shown.indexOf('在账单里找到这笔转账'));
    expect(shown.indexOf('立刻报警')).toBeLessThan(shown.indexOf('或者'));
    expect(shown.indexOf('或者')).toBeLessThan(shown.indexOf('在国家反诈中心 App 举报'));
    expect(stepText(c, 'check-bill')).toMatch(/^1\s?先自己试试/);
    expect(stepText(c, 'call-110')).toMatch(/^2\s?联系/);
    expect(stepText(c, 'pboc')).toMatch(/^4\s?如果还没结果/);
    // The alternative is not numbered.
    expect(stepText(c, 'report-app')).toMatch(/^联系/);
  });

  it('shows a step’s path, who, hours, human route, condition and source', () => {
    const c = plan();
    expect(stepText(c, 'check-bill')).toContain('路径：我 → 服务 → 钱包 → 账单');
    expect(stepText(c, 'check-bill')).toContain('不同版本的微信，菜单名称和位置可能略有不同');
    expect(stepText(c, 'call-95017')).toContain('找谁：微信支付客服热线 95017');
    expect(stepText(c, 'call-95017')).toContain('找人工：按语音提示选择人工服务（用户经验）');
    expect(stepText(c, 'pboc')).toContain('什么时候做：15 天内没有答复');
    expect(stepText(c, 'pboc')).toContain('服务中 · 今天 17:00 结束（北京时间）');
    expect(stepText(c, 'pboc')).toContain('先向财付通投诉过');
    expect(stepText(c, 'check-bill')).toMatch(/来源：.* · 核对于 2026-12-01$/);
  });

  it('calls 110 from its button', async () => {
    const call = jest.spyOn(wx, 'makePhoneCall').mockImplementation(((opts: { success?: () => void }) => opts.success?.()) as never);
    const c = plan();
    c.querySelector('#action-call-110-0')!.dispatchEvent('click');
    await sleep(0);
    expect(call).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '110' }));
  });

  it('copies from a button in the 或者 list', async () => {
    const clip = jest.spyOn(wx, 'setClipboardData').mockImplementation(((opts: { success?: () => void }) => opts.success?.()) as never);
    const c = plan();
    c.querySelector('#action-report-app-0')!.dispatchEvent('click');
    await sleep(0);
    expect(clip).toHaveBeenCalledWith(expect.objectContaining({ data: '国家反诈中心' }));
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制' }));
  });

  it('shows the cross-border caveat on the +86 571 95017 button abroad, and no 95017 or 110 call', () => {
    const c = plan({ region: 'overseas', offset: 0, now: Date.parse('2026-12-02T16:30:00Z') });
    const pay = stepText(c, 'call-95017');
    expect(pay).toContain('境外拨打');
    expect(pay).toContain('跨境商户');
    expect(pay).toContain('你的时间 明天 01:00（UTC+0）');
    expect(c.querySelector('#action-call-110-0')).toBeFalsy();
    expect(pay).not.toContain('拨打 95017');
  });

  it('gives a text-only user no call button at all', () => {
    const c = plan({ need: 'text' });
    expect(text(c)).not.toMatch(/拨打|境外拨打/);
  });

  it('has the say-card inside the contact step, masking what is typed', async () => {
    const c = plan();
    const say = c.querySelector('#say-call-95017');
    expect(say).not.toBeNull();
    say!.querySelector('#say-fill')!.dispatchEvent('click');
    await sleep(0);
    const box = say!.querySelector('#blank-payee')!.dom.querySelector('input') as HTMLInputElement;
    box.value = '13800138000';
    box.dispatchEvent(new Event('input'));
    await sleep(0);
    expect(stepText(c, 'call-95017')).toContain('收款方是*******8000');
  });

  it('names every button for screen readers', () => {
    const view = planView(STEPS, { now: NOON, lang: 'zh', region: 'mainland', need: 'any' });
    const c = render('pages/result/plan-steps/index', { plan: view, lang: 'zh' });
    const steps = [...view.inOrder, ...view.instead];
    const ids = steps.flatMap((st) => st.actions.map((a, i) => [`#action-${st.id}-${i}`, a.aria] as const));
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const [id, aria] of ids) {
      const button = c.querySelector(id);
      expect([id, button ? (button.data as { ariaLabel?: string }).ariaLabel : 'missing']).toEqual([id, aria]);
      expect(aria.length).toBeGreaterThan(3);
    }
    const copy = c.querySelector('#say-call-95017')!.querySelector('#say-copy')!;
    expect((copy.data as { ariaLabel?: string }).ariaLabel).toBe('复制这段话');
  });

  it('speaks English', () => {
    const shown = text(plan({ lang: 'en' }, 'en'));
    expect(shown).toContain('Do these in order');
    expect(shown).toContain('Or instead');
    expect(shown).toContain('Where: Me → Services → Wallet → Bill');
  });
});
