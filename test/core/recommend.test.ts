import { CHANNEL_BY_ID } from '../../miniprogram/core/data/channels';
import { PROBLEMS } from '../../miniprogram/core/data/problems';
import { rankChannels, recommend, Recommendation } from '../../miniprogram/core/decide';
import { allCompleteAnswers, canonicalAnswers, concreteOf } from '../../miniprogram/core/flow';
import { channelStatus } from '../../miniprogram/core/hours';
import { Answers } from '../../miniprogram/core/types';
import { reasonText, warningText } from '../../miniprogram/core/view/reasons';

const bj = (y: number, m: number, d: number, h: number): number => Date.UTC(y, m - 1, d, h - 8);
const NOON = bj(2026, 11, 25, 12);
const mainland = { region: 'mainland', need: 'any' } as const;

/** A category's own plan: 「不确定 / 其他情况」 once the catalogue has concrete problems for it. */
function rec(answers: Answers, now = NOON) {
  const r = recommend({ detail: 'unsure', ...answers }, now);
  if (!r) throw new Error(`no recommendation for ${JSON.stringify(answers)}`);
  return r;
}
/** What the user reads: the reasons and warnings rendered in Chinese. */
const whyZh = (r: Recommendation): string => r.reasons.map((x) => reasonText(x, 'zh')).join('|');
const warnZh = (r: Recommendation): string[] => r.warnings.map((w) => warningText(w, 'zh'));

describe('seed rules', () => {
  it('payment → WeChat Pay line, with transaction screenshot and ID in the checklist', () => {
    const r = rec({ problem: 'payment', urgent: 'no', ...mainland });
    expect(r.primary).toBe('pay-hotline');
    const materials = r.materials.map((m) => m.text.zh).join('|');
    expect(materials).toContain('交易记录截图');
    expect(materials).toContain('身份证件');
  });
  it('stolen account → emergency freeze first, then the Security Center appeal', () => {
    const r = rec({ problem: 'stolen', ...mainland });
    expect(r.primary).toBe('emergency-freeze');
    expect(r.fallbacks[0]).toBe('security-center');
    expect(r.steps.map((s) => s.zh).join('|')).toContain('人脸验证');
  });
  it('how-to questions → the smart assistant', () => {
    expect(rec({ problem: 'howto', ...mainland }).primary).toBe('smart-assistant');
  });
  it('ads, harassment and fraud reports → Tencent 110 with evidence screenshots', () => {
    const r = rec({ problem: 'report', ...mainland });
    expect(r.primary).toBe('tencent-110');
    expect(r.materials.map((m) => m.text.zh).join('|')).toContain('截图');
  });
  it('account security (blocked, recovery) → the security route with ID proof', () => {
    for (const answers of [
      { problem: 'banned', ...mainland },
      { problem: 'login', urgent: 'no', ...mainland },
    ] as Answers[]) {
      const r = rec(answers);
      expect(r.primary).toBe('security-center');
      expect(r.materials.map((m) => m.text.zh).join('|')).toContain('身份证件');
      expect(r.fallbacks).toContain('official-accounts');
    }
  });
  it('fraud adds the police warning', () => {
    const r = rec({ problem: 'fraud', urgent: 'yes', ...mainland });
    expect(warnZh(r).join('|')).toContain('110 报警');
  });
});

describe('context rules', () => {
  it('need=text never puts a phone line first', () => {
    const r = rec({ problem: 'payment', urgent: 'yes', region: 'mainland', need: 'text' });
    expect(r.primary).not.toBe('pay-hotline');
    expect(r.fallbacks[r.fallbacks.length - 1]).toBe('pay-hotline');
    expect(whyZh(r)).toContain('只打字');
  });
  it('overseas prefers the international route', () => {
    const r = rec({ problem: 'howto', region: 'overseas', need: 'any' });
    expect(r.primary).toBe('international');
    expect(whyZh(r)).toContain('境外');
  });
  it('overseas with a stolen account still freezes first, international next', () => {
    const r = rec({ problem: 'stolen', region: 'overseas', need: 'any' });
    expect(r.primary).toBe('emergency-freeze');
    expect(r.fallbacks[0]).toBe('international');
  });
  it('urgent money trouble abroad stops the loss first, then the international route', () => {
    for (const problem of ['payment', 'fraud'] as const) {
      const r = rec({ problem, urgent: 'yes', region: 'overseas', need: 'any' });
      expect([r.primary, r.fallbacks[0]]).toEqual(['emergency-freeze', 'international']);
      expect(whyZh(r)).toContain('止损');
    }
  });
  it('abroad, a blocked account still goes to the Security Center, with the international route next', () => {
    for (const need of ['any', 'text', 'simple'] as const) {
      const r = rec({ problem: 'banned', region: 'overseas', need });
      expect([r.primary, r.fallbacks[0]]).toEqual(['security-center', 'international']);
    }
  });
  it('abroad, the police advice is the local police', () => {
    const r = rec({ problem: 'fraud', urgent: 'yes', region: 'overseas', need: 'any' });
    expect(warnZh(r).join('|')).toContain('当地警方');
  });
  it('simplest path never replaces the only channel that can do the job', () => {
    expect(rec({ problem: 'banned', region: 'mainland', need: 'simple' }).primary).toBe('security-center');
    const login = rec({ problem: 'login', urgent: 'no', region: 'mainland', need: 'simple' });
    expect(login.primary).toBe('security-center');
    expect(whyZh(login)).toContain('只能在');
  });
  it('a closed channel is not primary when an open one serves', () => {
    // A banned account at night: official accounts (08:00–24:00) are closed; the order keeps the Security Center.
    const night = bj(2026, 11, 25, 3);
    const order = rankChannels(canonicalAnswers({ problem: 'banned', detail: 'unsure', region: 'mainland', need: 'any' }), night).order;
    expect(channelStatus(CHANNEL_BY_ID[order[0]!], night).state).not.toBe('closed');
  });
  it('simple path picks the easiest channel when nothing is at risk', () => {
    const r = rec({ problem: 'other', region: 'mainland', need: 'simple' });
    const d = (id: string) => {
      const f = CHANNEL_BY_ID[id as keyof typeof CHANNEL_BY_ID].difficulty;
      return f.known ? f.value : 6;
    };
    for (const f of r.fallbacks) expect(d(r.primary)).toBeLessThanOrEqual(d(f));
  });
  it('peak periods add the waiting advice', () => {
    const r = rec({ problem: 'payment', urgent: 'no', ...mainland }, bj(2026, 2, 17, 12));
    expect(r.peak?.name.zh).toBe('春节前后');
    expect(warnZh(r).join('|')).toContain('47 分钟');
    expect(rec({ problem: 'payment', urgent: 'no', ...mainland }).peak).toBeNull();
  });
  it('returns null while a question is still open', () => {
    expect(recommend({ problem: 'payment' }, NOON)).toBeNull();
    expect(recommend({ problem: 'payment', detail: 'unsure', region: 'mainland', need: 'any' }, NOON)).toBeNull();
  });
});

describe('every category plan at every hour of a week', () => {
  // Concrete problems have their own plans (decide/steps.ts, tested in decide/steps.test.ts).
  const paths = allCompleteAnswers().filter((a) => concreteOf(a) === undefined);
  const start = bj(2026, 11, 22, 0); // a Sunday
  it(`gives a sound recommendation for ${paths.length} paths × 168 hours`, () => {
    let checked = 0;
    for (const answers of paths) {
      for (let h = 0; h < 168; h++) {
        const now = start + h * 3600 * 1000;
        const r = rec(answers, now);
        const all = [r.primary, ...r.fallbacks];
        expect(new Set(all).size).toBe(all.length);
        expect(all.every((id) => CHANNEL_BY_ID[id])).toBe(true);
        expect(r.warnings[0]).toEqual({ code: 'safety' });
        expect(r.materials.length).toBeGreaterThan(0);
        // A channel whose menu path no reliable source gives has no steps; the result page shows its 「未确认」 note.
        expect(r.steps.length > 0 || !CHANNEL_BY_ID[r.primary].steps.known).toBe(true);
        expect(r.reasons.length).toBeGreaterThan(0);
        if (answers.need === 'text') expect(CHANNEL_BY_ID[r.primary].voiceOnly).toBe(false);
        if (answers.region === 'overseas') {
          expect(['international', 'emergency-freeze', 'security-center']).toContain(r.primary);
          expect(r.fallbacks.indexOf('international')).toBeLessThanOrEqual(0);
          expect(warnZh(r).join('|')).not.toContain('拨打 110');
        }
        const primaryClosed = channelStatus(CHANNEL_BY_ID[r.primary], now).state === 'closed';
        if (primaryClosed) {
          const openElsewhere = r.fallbacks.some((id) => ['open', 'always'].includes(channelStatus(CHANNEL_BY_ID[id], now).state));
          expect(openElsewhere).toBe(false);
        }
        checked += 1;
      }
    }
    expect(checked).toBe(paths.length * 168);
  });
});

describe('materials checklist', () => {
  const keyOf = new Map<string, string>();
  for (const p of PROBLEMS) {
    if (p.materials.known) for (const m of p.materials.value) if (m.key) keyOf.set(m.zh, m.key);
  }
  for (const c of Object.values(CHANNEL_BY_ID)) {
    if (c.materials.known) for (const m of c.materials.value) if (m.key) keyOf.set(m.zh, m.key);
  }

  it.each(allCompleteAnswers().map((a) => [JSON.stringify(a), a] as const))('%s asks for each thing once', (_name, answers) => {
    const items = rec(answers).materials.map((m) => m.text.zh);
    expect(new Set(items).size).toBe(items.length);
    const keys = items.map((zh) => keyOf.get(zh)).filter((k): k is string => k !== undefined);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a scam victim sees the transaction IDs once, not also as a screenshot line from the pay hotline', () => {
    const items = rec({ problem: 'fraud', urgent: 'yes', ...mainland }).materials.map((m) => m.text.zh);
    expect(items.filter((t) => t.includes('交易单号'))).toEqual(['交易单号']);
  });
});

describe('abroad and text-only wording matches what happened', () => {
  it('how-to abroad: international first, Help & Feedback second, and no talk of phone numbers', () => {
    const r = rec({ problem: 'howto', region: 'overseas', need: 'any' });
    expect([r.primary, r.fallbacks[0]]).toEqual(['international', 'smart-assistant']);
    const why = whyZh(r);
    expect(why).toContain('「帮助与反馈（智能助手）」在境外也能用，排在第二');
    expect(why).not.toContain('拨不通');
  });

  it('payment abroad: the mainland number is named as the reason', () => {
    const r = rec({ problem: 'payment', urgent: 'no', region: 'overseas', need: 'any' });
    expect(r.primary).toBe('international');
    expect(whyZh(r)).toContain('「微信支付客服热线 95017」是境内号码，在境外通常拨不通');
  });

  it('the freeze steps keep the 95017 call at home, and drop it abroad or for text only', () => {
    const steps = (a: Answers) =>
      rec(a)
        .steps.map((s) => s.zh)
        .join('|');
    expect(steps({ problem: 'stolen', region: 'mainland', need: 'any' })).toContain('拨打 95017');
    expect(steps({ problem: 'stolen', region: 'overseas', need: 'any' })).not.toContain('95017');
    expect(steps({ problem: 'stolen', region: 'mainland', need: 'text' })).not.toContain('95017');
    expect(steps({ problem: 'stolen', region: 'overseas', need: 'any' })).toContain('冻结帐号');
  });

  it('text only: the reason names the phone line that was passed over and the channel that replaced it', () => {
    const r = rec({ problem: 'payment', urgent: 'yes', region: 'mainland', need: 'text' });
    expect(r.primary).toBe('emergency-freeze');
    expect(whyZh(r)).toContain('「微信支付客服热线 95017」要打电话，所以先用「紧急冻结账号」');
  });

  it('no path tells a text-only or overseas user to phone in its steps', () => {
    for (const a of allCompleteAnswers()) {
      if (a.need !== 'text' && a.region !== 'overseas') continue;
      for (const s of rec(a).steps) expect(s.zh).not.toMatch(/拨打/);
    }
  });
});

describe('police advice fits the person', () => {
  const police = (a: Answers) => warnZh(rec(a)).find((w) => w.includes('报警') || w.includes('警方'));
  it('at home: call 110; text only: someone can call for you; abroad: local police', () => {
    expect(police({ problem: 'fraud', urgent: 'yes', region: 'mainland', need: 'any' })).toContain('立即拨打 110 报警');
    expect(police({ problem: 'fraud', urgent: 'yes', region: 'mainland', need: 'text' })).toContain('可以请家人朋友代打 110');
    expect(police({ problem: 'fraud', urgent: 'yes', region: 'overseas', need: 'text' })).toContain('当地警方');
  });
});

describe('locked out or blocked', () => {
  it.each([['login'], ['banned']] as const)('%s: the first fallback after the Security Center works without signing in', (problem) => {
    for (const a of allCompleteAnswers()) {
      if (a.problem !== problem || a.region !== 'mainland') continue;
      const r = rec(a);
      const after = [r.primary, ...r.fallbacks].filter((id) => id !== 'emergency-freeze' && id !== 'security-center');
      expect(after[0]).toBe('kf-web');
    }
  });
});

describe('steps a problem needs whichever channel comes first', () => {
  it('a scam victim sent to 95017 is also told to report the scammer’s account', () => {
    const steps = rec({ problem: 'fraud', urgent: 'yes', ...mainland }).steps.map((s) => s.zh);
    expect(steps[0]).toBe('拨打 95017');
    expect(steps[steps.length - 1]).toContain('举报骗子的账号');
  });
  it('not twice when Tencent 110 is already first', () => {
    const r = rec({ problem: 'fraud', urgent: 'no', ...mainland });
    expect(r.primary).toBe('tencent-110');
    expect(r.steps.map((s) => s.zh).join('|')).not.toContain('举报骗子的账号');
  });
  it('a payment problem gets no fraud step', () => {
    expect(
      rec({ problem: 'payment', urgent: 'yes', ...mainland })
        .steps.map((s) => s.zh)
        .join('|'),
    ).not.toContain('举报');
  });
});
