/**
 * Checklist ids of the category plans: the ticks on a phone are stored by them, so an id is the material's
 * own (from the data), never its position or its text, and never names two different things.
 */
import { isV1Position } from '../../../miniprogram/core/checklist';
import { CATALOGUE } from '../../../miniprogram/core/data/catalogue';
import { CHANNELS } from '../../../miniprogram/core/data/channels';
import { PROBLEMS } from '../../../miniprogram/core/data/problems';
import { recommend } from '../../../miniprogram/core/decide';
import { allCompleteAnswers } from '../../../miniprogram/core/flow';
import { ChannelId, ProblemId } from '../../../miniprogram/core/types';

const bj = (y: number, m: number, d: number, h: number): number => Date.UTC(y, m - 1, d, h - 8);
const NOON = bj(2026, 11, 25, 12);

/*
 * The ids stored on phones today. Pinned: an id may be added, but one listed here is never renamed, removed
 * and then reused, or given to another thing. Correcting a text keeps its id.
 */
const PROBLEM_IDS: Record<ProblemId, string[]> = {
  payment: ['txn-screenshot', 'id-document', 'linked-phone'],
  fraud: ['chat-transfer-screenshots', 'other-side-accounts', 'txn-ids', 'police-receipt'],
  stolen: ['id-document', 'linked-phone', 'wechat-id-or-qq', 'usual-devices-friends'],
  banned: ['id-document', 'linked-phone', 'block-notice-screenshot'],
  login: ['id-document', 'previous-phone', 'wechat-id-or-qq'],
  howto: ['screen-screenshot'],
  report: ['evidence-screenshots', 'other-side-id'],
  other: ['what-happened', 'screens-involved'],
};
const CHANNEL_IDS: Record<ChannelId, string[]> = {
  'smart-assistant': ['smart-assistant-screenshot'],
  'kf-miniprogram': ['kf-miniprogram-receipts'],
  'official-accounts': ['official-accounts-description'],
  phone: [],
  'pay-hotline': ['pay-hotline-txn'],
  'emergency-freeze': ['emergency-freeze-phone'],
  'security-center': ['security-center-id'],
  'tencent-110': ['tencent-110-evidence'],
  'kf-web': ['kf-web-description'],
  'offline-points': [],
  international: ['international-wechat-id'],
};

const idsOf = (list: { known: boolean; value?: ReadonlyArray<{ id: string }> }): string[] => (list.known && list.value ? list.value.map((m) => m.id) : []);

/** Every plan a user can get: all complete answers, at every third hour of a week (hours move the primary). */
function everyPlan(): Array<{ answers: string; problem: ProblemId; primary: ChannelId; ids: string[]; zh: string[] }> {
  const plans = [];
  for (const answers of allCompleteAnswers()) {
    for (let h = 0; h < 7 * 24; h += 3) {
      const r = recommend({ detail: 'unsure', ...answers }, bj(2026, 11, 23, 0) + h * 3600_000);
      if (!r) throw new Error(`no plan for ${JSON.stringify(answers)}`);
      plans.push({
        answers: JSON.stringify(answers),
        problem: r.problem,
        primary: r.primary,
        ids: r.materials.map((m) => m.id),
        zh: r.materials.map((m) => m.text.zh),
      });
    }
  }
  return plans;
}

describe('category plan checklist ids', () => {
  it('each problem and channel has exactly the pinned ids, in this order', () => {
    expect(Object.fromEntries(PROBLEMS.map((p) => [p.id, idsOf(p.materials)]))).toEqual(PROBLEM_IDS);
    expect(Object.fromEntries(CHANNELS.map((c) => [c.id, idsOf(c.materials)]))).toEqual(CHANNEL_IDS);
  });

  it('a plan lists the data ids, not positions: payment with the 95017 line', () => {
    const r = recommend({ problem: 'payment', detail: 'unsure', urgent: 'no', region: 'mainland', need: 'any' }, NOON);
    expect(r?.primary).toBe('pay-hotline');
    expect(r?.materials.map((m) => [m.id, m.text.zh])).toEqual([
      ['txn-screenshot', '交易记录截图（含交易单号）'],
      ['id-document', '本人身份证件'],
      ['linked-phone', '绑定的手机号'],
    ]);
  });

  it('an item keeps its id when the primary channel, and so the list around it, changes', () => {
    const home = recommend({ problem: 'howto', detail: 'unsure', region: 'mainland', need: 'any' }, NOON);
    const abroad = recommend({ problem: 'howto', detail: 'unsure', region: 'overseas', need: 'any' }, NOON);
    expect(home?.materials.map((m) => m.id)).toEqual(['screen-screenshot']);
    expect(abroad?.materials.map((m) => m.id)).toEqual(['screen-screenshot', 'international-wechat-id']);
  });

  it('ids are unique within every plan a user can get, and each id always shows the same text', () => {
    const plans = everyPlan();
    const primaries = new Set(plans.map((p) => `${p.problem}/${p.primary}`));
    expect(primaries.size).toBeGreaterThan(PROBLEMS.length);
    const textOf = new Map<string, string>();
    const repeated: string[] = [];
    const twoTexts: string[] = [];
    for (const p of plans) {
      if (new Set(p.ids).size !== p.ids.length) repeated.push(`${p.answers}: ${p.ids.join(' ')}`);
      p.ids.forEach((id, i) => {
        const key = `${p.problem}/${id}`;
        const zh = p.zh[i] ?? '';
        if ((textOf.get(key) ?? zh) !== zh) twoTexts.push(`${key}: ${textOf.get(key)} / ${zh}`);
        textOf.set(key, zh);
      });
    }
    expect(repeated).toEqual([]);
    expect(twoTexts).toEqual([]);
  });

  it('with any primary, a channel’s id never equals a problem’s or another channel’s', () => {
    const channelIds = CHANNELS.flatMap((c) => idsOf(c.materials));
    expect(new Set(channelIds).size).toBe(channelIds.length);
    for (const p of PROBLEMS) {
      const own = idsOf(p.materials);
      expect(new Set(own).size).toBe(own.length);
      expect(own.filter((id) => channelIds.includes(id))).toEqual([]);
    }
    for (const c of CHANNELS) for (const id of idsOf(c.materials)) expect(id.startsWith(`${c.id}-`)).toBe(true);
  });

  it('every checklist id is a slug that works as a WXML id and a setData path, and none looks like a v1 position', () => {
    const all = [
      ...PROBLEMS.flatMap((p) => idsOf(p.materials)),
      ...CHANNELS.flatMap((c) => idsOf(c.materials)),
      ...CATALOGUE.flatMap((p) => idsOf(p.materials)),
    ];
    expect(all.length).toBeGreaterThan(60);
    for (const id of all) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(isV1Position(id)).toBe(false);
    }
  });
});
