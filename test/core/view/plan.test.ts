/**
 * planView: plan steps as the result page shows them. The lines are fixtures
 * (mocked below), so these tests hold whatever the real line data says; the
 * real catalogue is walked in plan-catalogue.test.ts.
 */
import { PlanStep } from '../../../miniprogram/core/types';
import { D, FIXTURE_LINES } from '../../helpers/plan-lines';

jest.mock('../../../miniprogram/core/data/lines', () => jest.requireActual('../../helpers/plan-lines').linesModule);

// Imported after the mock is declared (jest hoists jest.mock above imports anyway).
import { blankPlaceholder, fillSay, lineActions, planView, sayBlanks, splitPlan, StepView } from '../../../miniprogram/core/view/plan';
import { ALL_SOURCES as SOURCES } from '../../../miniprogram/core/data/catalogue/sources';
import { CHANNEL_BY_ID } from '../../../miniprogram/core/data/channels';

/** Beijing wall clock → epoch ms (Beijing is UTC+8 all year). */
const beijing = (iso: string): number => Date.parse(`${iso}+08:00`);
/** Wednesday 2026-12-02 12:00 Beijing. */
const NOON = beijing('2026-12-02T12:00:00');
const LONDON = 0;

const step = (over: Partial<PlanStep> & Pick<PlanStep, 'id' | 'kind'>): PlanStep => ({
  text: { zh: `步骤 ${over.id}`, en: `Step ${over.id}` },
  source: 'editorial',
  checkedOn: D,
  ...over,
});

const PLAN: PlanStep[] = [
  step({
    id: 'check-bill',
    kind: 'self',
    path: { known: true, value: { zh: '我 → 服务 → 钱包 → 账单', en: 'Me → Services → Wallet → Bill' }, source: 'editorial', checkedOn: D, typical: true },
  }),
  step({ id: 'call-110', kind: 'contact', line: 'police-110', call: true }),
  step({
    id: 'call-95017',
    kind: 'contact',
    channel: 'pay-hotline',
    call: true,
    human: { known: true, value: { zh: '按语音提示选择人工服务', en: 'Follow the voice menu to an agent' }, source: 'editorial', checkedOn: D, typical: true },
    say: {
      zh: '我在{time}被骗转账{amount}元，收款方是{payee}，请协助止付。',
      en: 'At {time} I was tricked into paying {amount} to {payee}; please help stop the payment.',
    },
  }),
  step({ id: 'app-report', kind: 'contact', line: 'anti-fraud-app', alternative: true }),
  step({ id: 'pboc', kind: 'escalate', line: 'pboc-12363', after: { zh: '财付通 15 天内没有答复', en: 'Tenpay has not answered in 15 days' } }),
];

const byId = (v: { inOrder: StepView[]; instead: StepView[] }, id: string): StepView => {
  const s = [...v.inOrder, ...v.instead].find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};

describe('planView: order and kinds', () => {
  it('keeps the given order, alternatives apart', () => {
    const v = planView(PLAN, { now: NOON, lang: 'zh' });
    expect(v.inOrder.map((s) => s.id)).toEqual(['check-bill', 'call-110', 'call-95017', 'pboc']);
    expect(v.instead.map((s) => s.id)).toEqual(['app-report']);
  });

  it('labels each kind from the strings table, in both languages', () => {
    const zh = planView(PLAN, { now: NOON, lang: 'zh' });
    expect(zh.inOrder.map((s) => s.kindLabel)).toEqual(['先自己试试', '联系', '联系', '如果还没结果']);
    const en = planView(PLAN, { now: NOON, lang: 'en' });
    expect(en.inOrder.map((s) => s.kindLabel)).toEqual(['Try this yourself first', 'Contact', 'Contact', 'If nothing happens']);
    expect(en.inOrder[0]!.text).toBe('Step check-bill');
  });

  it('says when an escalation step applies', () => {
    expect(byId(planView(PLAN, { now: NOON, lang: 'zh' }), 'pboc').after).toBe('财付通 15 天内没有答复');
  });

  it('gives every step its source title and check date', () => {
    const s = byId(planView(PLAN, { now: NOON, lang: 'zh' }), 'check-bill');
    expect(s.source).toBe(`来源：${SOURCES.editorial!.title.zh} · 核对于 ${D}`);
  });
});

describe('planView: menu paths and reaching a person', () => {
  it('shows a path from users’ guides with the "may differ by version" note', () => {
    const s = byId(planView(PLAN, { now: NOON, lang: 'zh' }), 'check-bill');
    expect(s.path).toBe('我 → 服务 → 钱包 → 账单');
    expect(s.pathNote).toBe('不同版本的微信，菜单名称和位置可能略有不同');
    expect(s.pathUnknown).toBeUndefined();
  });

  it('adds no version note to an official path, nor to one that already says it', () => {
    const official = step({ id: 'a', kind: 'self', path: { known: true, value: { zh: '我 → 设置', en: 'Me → Settings' }, source: 'editorial', checkedOn: D } });
    const says = step({
      id: 'b',
      kind: 'self',
      path: {
        known: true,
        value: { zh: '我 → 设置（不同版本位置不同）', en: 'Me → Settings (differs by version)' },
        source: 'editorial',
        checkedOn: D,
        typical: true,
      },
    });
    const v = planView([official, says], { now: NOON, lang: 'zh' });
    expect(v.inOrder[0]!.pathNote).toBeUndefined();
    expect(v.inOrder[1]!.pathNote).toBeUndefined();
  });

  it('says 未确认 with the reason when no reliable source gives the path', () => {
    const s = step({ id: 'x', kind: 'self', path: { known: false, note: { zh: '只有内容农场给出路径', en: 'Only content farms give a path' }, checkedOn: D } });
    const v = planView([s], { now: NOON, lang: 'zh' }).inOrder[0]!;
    expect(v.path).toBe('未确认（只有内容农场给出路径）');
    expect(v.pathUnknown).toBe(true);
  });

  it('labels a human route that rests on users’ experience', () => {
    const s = byId(planView(PLAN, { now: NOON, lang: 'zh' }), 'call-95017');
    expect(s.human).toBe('按语音提示选择人工服务');
    expect(s.humanTag).toBe('用户经验');
    const unknown = planView(
      [step({ id: 'h', kind: 'contact', channel: 'kf-web', human: { known: false, note: { zh: '没有可靠来源', en: 'No reliable source' }, checkedOn: D } })],
      { now: NOON, lang: 'zh' },
    ).inOrder[0]!;
    expect(unknown.human).toBe('未确认（没有可靠来源）');
    expect(unknown.humanTag).toBeUndefined();
  });

  it('falls back to the channel’s own human route on a contact step, not on a self-service one', () => {
    const steps = [step({ id: 'c', kind: 'contact', channel: 'smart-assistant' }), step({ id: 's', kind: 'self', channel: 'smart-assistant' })];
    const v = planView(steps, { now: NOON, lang: 'zh' });
    const own = CHANNEL_BY_ID['smart-assistant'].human;
    expect(own && own.known).toBe(true);
    expect(v.inOrder[0]!.human).toBe(own && own.known ? own.value.zh : 'missing');
    expect(v.inOrder[1]!.human).toBeUndefined();
  });

  it('leaves out what a step does not have', () => {
    const s = byId(planView(PLAN, { now: NOON, lang: 'zh' }), 'check-bill');
    expect(Object.keys(s).sort()).toEqual(['actions', 'id', 'kind', 'kindLabel', 'path', 'pathNote', 'source', 'text']);
    expect(s.actions).toEqual([]);
  });
});

describe('planView: who and hours', () => {
  it('names the channel or line', () => {
    const v = planView(PLAN, { now: NOON, lang: 'zh' });
    expect(byId(v, 'call-110').who).toBe('报警电话 110');
    expect(byId(v, 'call-95017').who).toBe('微信支付客服热线 95017');
  });

  it('shows a channel’s hours in Beijing time and the user’s own time, open or closed now', () => {
    // 03:00 Beijing = 19:00 the day before in London; official accounts answer 08:00–24:00 (typical).
    const s = planView([step({ id: 'oa', kind: 'contact', channel: 'official-accounts' })], { now: beijing('2026-12-02T03:00:00'), lang: 'zh', offset: LONDON })
      .inOrder[0]!;
    expect(s.state).toBe('closed');
    expect(s.hours).toBe('已休息 · 今天 08:00 开始（北京时间），你的时间 明天 00:00（UTC+0） · 典型时间');
  });

  it('shows a line’s weekly hours and whether it is open now', () => {
    const v = planView(PLAN, { now: NOON, lang: 'zh' });
    const s = byId(v, 'pboc');
    expect(s.state).toBe('open');
    expect(s.hours).toBe('服务中 · 今天 17:00 结束（北京时间） · 典型时间');
    expect(s.hoursWeekly).toBe('周一至周五 09:00–17:00（北京时间）');
    const saturday = byId(planView(PLAN, { now: beijing('2026-12-05T10:00:00'), lang: 'zh', offset: LONDON }), 'pboc');
    expect(saturday.state).toBe('closed');
    expect(saturday.hours).toContain('你的时间 周一 01:00（UTC+0）');
  });

  it('says why hours are unknown', () => {
    const s = planView([step({ id: 'sms', kind: 'contact', line: 'sms-12110' })], { now: NOON, lang: 'zh' }).inOrder[0]!;
    expect(s.state).toBe('unknown');
    expect(s.hours).toBe('服务时间：未确认（各地规定不同）');
  });

  it('repeats a line’s notes and what must have happened first', () => {
    const v = planView(PLAN, { now: NOON, lang: 'zh' });
    expect(byId(v, 'pboc').notes).toEqual(['先向财付通投诉过']);
    expect(byId(v, 'call-110').notes).toEqual(['记下收款方的账号和名字']);
  });
});

describe('planView: one-tap actions', () => {
  it('calls 110 and 95017 on the mainland', () => {
    const v = planView(PLAN, { now: NOON, lang: 'zh', region: 'mainland', need: 'any' });
    const police = byId(v, 'call-110').actions;
    expect(police[0]).toMatchObject({ type: 'call', value: '110', label: '拨打 110', primary: true });
    expect(police[0]!.aria).toContain('报警电话 110');
    expect(byId(v, 'call-95017').actions[0]).toMatchObject({ type: 'call', value: '95017', primary: true });
  });

  it('never gives a text-only user a call action', () => {
    const v = planView(PLAN, { now: NOON, lang: 'zh', region: 'mainland', need: 'text' });
    const all = [...v.inOrder, ...v.instead].flatMap((s) => s.actions);
    expect(all.filter((a) => a.type === 'call')).toEqual([]);
    // A phone line offers nothing to someone who cannot phone; an SMS line gives its number to text.
    expect(byId(v, 'call-110').actions).toEqual([]);
    const sms = planView([step({ id: 'sms', kind: 'contact', line: 'sms-12110' })], { now: NOON, lang: 'zh', need: 'text' }).inOrder[0]!;
    expect(sms.actions).toEqual([expect.objectContaining({ type: 'copy', value: '12110', primary: true })]);
  });

  it('takes the need and region from the answers when not given apart', () => {
    const v = planView(PLAN, { now: NOON, lang: 'zh', answers: { problem: 'fraud', need: 'text', region: 'mainland' } });
    expect([...v.inOrder, ...v.instead].flatMap((s) => s.actions).some((a) => a.type === 'call')).toBe(false);
  });

  it('never gives an abroad user a mainland-only call', () => {
    const v = planView(PLAN, { now: NOON, lang: 'zh', region: 'overseas', need: 'any', offset: LONDON });
    expect(byId(v, 'call-110').actions).toEqual([]);
    const pay = byId(v, 'call-95017').actions;
    expect(pay.map((a) => a.value)).not.toContain('95017');
    expect(pay.filter((a) => a.type === 'call').map((a) => a.value)).toEqual(['+8657195017']);
  });

  it('says the cross-border caveat and its hours, in the user’s time, on the +86 571 95017 button itself', () => {
    // Wednesday 16:30 in London = Thursday 00:30 in Beijing: the line (weekdays 09:00–18:00 Beijing) is closed.
    const now = Date.parse('2026-12-02T16:30:00Z');
    const abroad = byId(planView(PLAN, { now, lang: 'zh', region: 'overseas', offset: LONDON }), 'call-95017').actions.find((a) => a.value === '+8657195017');
    expect(abroad).toBeDefined();
    expect(abroad!.note).toContain('跨境商户');
    // The mainland number's button has no caveat of its own.
    const mainland = byId(planView(PLAN, { now, lang: 'zh', region: 'mainland' }), 'call-95017').actions.find((a) => a.value === '95017');
    expect(mainland!.note).toBeUndefined();
    expect(abroad!.note).toContain('是否受理个人用户未确认');
    expect(abroad!.note).toContain('工作日 9:00–18:00（北京时间）');
    expect(abroad!.note).toContain('已休息 · 今天 09:00 开始（北京时间），你的时间 明天 01:00（UTC+0）');
    expect(abroad!.aria).toContain(abroad!.note);
    // At 09:30 London (17:30 Beijing, Wednesday) it is open and closes at 10:00 London time.
    const open = byId(planView(PLAN, { now: Date.parse('2026-12-02T09:30:00Z'), lang: 'en', region: 'overseas', offset: LONDON }), 'call-95017').actions.find(
      (a) => a.value === '+8657195017',
    );
    expect(open!.note).toContain('Open now · closes today 18:00 Beijing time, today 10:00 your time (UTC+0)');
  });

  it('offers a step meant for abroad only the number from abroad, even when the region was not asked', () => {
    const abroadStep = step({ id: 'abroad', kind: 'contact', channel: 'pay-hotline', only: { region: 'overseas' } });
    const v = planView([abroadStep], { now: NOON, lang: 'zh' }).inOrder[0]!;
    expect(v.actions.filter((a) => a.type === 'call').map((a) => a.value)).toEqual(['+8657195017']);
  });

  it('copies the name of an app to search for', () => {
    expect(lineActions(FIXTURE_LINES['anti-fraud-app']!, 'zh')).toEqual([
      expect.objectContaining({ type: 'copy', value: '国家反诈中心', label: '复制 App 名「国家反诈中心」', primary: true }),
    ]);
  });
});

describe('"say this" blanks', () => {
  const SAY = '我在{time}被骗转账{amount}元，收款方是{payee}（{amount}），交易单号{txn}。';

  it('lists each blank once, in order', () => {
    expect(sayBlanks(SAY)).toEqual(['time', 'amount', 'payee', 'txn']);
    expect(sayBlanks('没有空白 {unknown}')).toEqual([]);
  });

  it('shows empty blanks by their label', () => {
    expect(fillSay('转账{amount}元', {}, 'zh')).toEqual({ shown: '转账【金额】元', copy: '转账【金额】元' });
    expect(blankPlaceholder('amount', 'en')).toBe('[amount]');
  });

  it('masks personal numbers on screen and copies what was typed', () => {
    const r = fillSay(SAY, { time: '12月1日 20:00', amount: '3000', payee: '13800138000', txn: '4200001234202612011234567890' }, 'zh');
    expect(r.shown).toBe('我在12月1日 20:00被骗转账3000元，收款方是*******8000（3000），交易单号4200001234202612011234567890。');
    expect(r.copy).toBe('我在12月1日 20:00被骗转账3000元，收款方是13800138000（3000），交易单号4200001234202612011234567890。');
  });

  it('masks a bank card typed as the payee', () => {
    expect(fillSay('{payee}', { payee: '6222 0210 0112 3456 789' }, 'zh').shown).not.toContain('0112');
  });
});

describe('splitPlan: the plan in two sends', () => {
  /** Applies a setData patch (`a.b[0].c` paths) to a copy of `data`, as the framework does. */
  function apply(data: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
    const out = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
    for (const [path, value] of Object.entries(patch)) {
      const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
      let at: Record<string, unknown> = out;
      for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
      at[keys[keys.length - 1]!] = value;
    }
    return out;
  }

  it('first leaves out sources, say texts, notes, weekly hours and the alternatives; later adds them back', () => {
    const full = planView(PLAN, { now: NOON, lang: 'zh' });
    const { first, later } = splitPlan(full, 'view.plan');
    expect(first.instead).toEqual([]);
    expect(first.inOrder.map((x) => x.id)).toEqual(full.inOrder.map((x) => x.id));
    for (const st of first.inOrder) {
      expect([st.id, st.source, st.say, st.notes, st.hoursWeekly]).toEqual([st.id, undefined, undefined, undefined, undefined]);
      expect(st.text).toBeTruthy();
    }
    expect(first.inOrder[1]!.actions).toEqual(full.inOrder[1]!.actions);
    // From the third step on, actions, human routes and hours come later; text and who come at once.
    expect(first.inOrder[2]).toMatchObject({ id: 'call-95017', actions: [], who: '微信支付客服热线 95017' });
    expect(first.inOrder[2]!.human).toBeUndefined();
    expect(later['view.plan.inOrder[2].actions']).toEqual(full.inOrder[2]!.actions);
    expect(later['view.plan.inOrder[0].source']).toBe(full.inOrder[0]!.source);
    expect(apply({ view: { plan: first } }, later)).toEqual({ view: { plan: full } });
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(full).length);
  });

  it('leaves the default copy toast to the action runner', () => {
    const full = planView(PLAN, { now: NOON, lang: 'zh' });
    const copy = byId(full, 'call-110').actions.find((a) => a.type === 'copy')!;
    expect(copy.done).toBe('');
  });
});

describe('wording details', () => {
  it('does not tag a human route 用户经验 twice', () => {
    const s = step({
      id: 'h',
      kind: 'contact',
      channel: 'kf-web',
      human: {
        known: true,
        value: { zh: '输入“转人工”（用户的经验，不是官方承诺）', en: 'Type 转人工 (users’ experience)' },
        source: 'editorial',
        checkedOn: D,
        typical: true,
      },
    });
    expect(planView([s], { now: NOON, lang: 'zh' }).inOrder[0]!.humanTag).toBeUndefined();
  });

  it('does not wrap 「服务时间未确认」 in a second 未确认', () => {
    const line = { ...FIXTURE_LINES['sms-12110']!, hours: { known: false as const, note: { zh: '服务时间未确认', en: 'Hours not confirmed' }, checkedOn: D } };
    (FIXTURE_LINES as Record<string, unknown>)['spam-12321'] = { ...line, id: 'spam-12321' };
    const v = planView([step({ id: 'x', kind: 'contact', line: 'spam-12321' })], { now: NOON, lang: 'zh' }).inOrder[0]!;
    expect(v.hours).toBe('服务时间未确认');
    expect(planView([step({ id: 'x', kind: 'contact', line: 'spam-12321' })], { now: NOON, lang: 'en' }).inOrder[0]!.hours).toBe('Hours not confirmed');
    delete (FIXTURE_LINES as Record<string, unknown>)['spam-12321'];
  });

  it('keeps an empty blank’s brackets tight in Chinese, and a filled one spaced as written', () => {
    expect(fillSay('从 {time} 开始', {}, 'zh').shown).toBe('从【时间】开始');
    expect(fillSay('从 {time} 开始', { time: '昨天' }, 'zh').shown).toBe('从 昨天 开始');
    expect(fillSay('since {time}.', {}, 'en').shown).toBe('since [time].');
  });
});
