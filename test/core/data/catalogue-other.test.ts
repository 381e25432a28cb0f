/**
 * The how-to, report and other problems of the catalogue, and the channels'
 * "reach a human" facts: every reference resolves, every plan reaches a
 * contact, every fact is sourced, no content farm is cited.
 */
import { CHANNELS } from '../../../miniprogram/core/data/channels';
import { HOWTO } from '../../../miniprogram/core/data/catalogue/howto';
import { OTHER } from '../../../miniprogram/core/data/catalogue/other';
import { REPORT } from '../../../miniprogram/core/data/catalogue/report';
import { ALL_SOURCES as SOURCES } from '../../../miniprogram/core/data/catalogue/sources';
import { OTHER_SOURCES } from '../../../miniprogram/core/data/sources-other';
import { farmHost } from '../../../miniprogram/core/integrity';
import { citesOf, textsOf } from '../../helpers/citations';
import { RESEARCH_CHECKED_ON } from '../../../miniprogram/core/data/sources';
import { CatalogueProblem, CHANNEL_IDS, LINE_IDS, SAY_BLANKS } from '../../../miniprogram/core/types';

const MINE: readonly CatalogueProblem[] = [...HOWTO, ...REPORT, ...OTHER];

describe('catalogue: how-to, report and other problems', () => {
  it.each([
    ['howto', HOWTO, ['chat-history', 'close-account', 'minor-mode', 'change-id']],
    ['report', REPORT, ['harassment', 'spam-content', 'fraud-report', 'spam-call']],
    ['other', OTHER, ['need-human', 'no-response', 'deceased']],
  ] as const)('has exactly the binding %s ids, each once, in that category', (category, list, ids) => {
    expect(list.map((p) => p.id)).toEqual(ids);
    expect(list.every((p) => p.category === category)).toBe(true);
  });

  describe.each(MINE.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    it('cites only sources that exist', () => {
      const missing = citesOf(p).filter((c) => !SOURCES[c.source]);
      expect(missing).toEqual([]);
    });

    it('dates every step and fact with the research check date', () => {
      for (const s of p.steps) {
        expect(s.checkedOn).toBe(RESEARCH_CHECKED_ON);
        for (const f of [s.path, s.human]) if (f) expect(f.checkedOn).toBe(RESEARCH_CHECKED_ON);
      }
      for (const r of [...p.rules, ...p.warnings]) expect(r.checkedOn).toBe(RESEARCH_CHECKED_ON);
    });

    it('has unique kebab-case step ids and material ids', () => {
      const ids = p.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (p.materials.known) {
        const mids = p.materials.value.map((m) => m.id);
        expect(new Set(mids).size).toBe(mids.length);
        for (const id of mids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    });

    it('has a contact step, and contacts name a channel or line', () => {
      const contacts = p.steps.filter((s) => s.kind === 'contact');
      expect(contacts.length).toBeGreaterThan(0);
      for (const s of contacts) expect(s.channel !== undefined || s.line !== undefined).toBe(true);
      // Someone who cannot phone still has a contact that is not a call.
      expect(contacts.some((s) => !s.call)).toBe(true);
    });

    it('orders steps self, then contact, then escalate', () => {
      const order = { self: 0, contact: 1, escalate: 2 };
      const ranks = p.steps.map((s) => order[s.kind]);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    });

    it('points only to known channels and lines', () => {
      for (const s of p.steps) {
        if (s.channel) expect(CHANNEL_IDS).toContain(s.channel);
        if (s.line) expect(LINE_IDS).toContain(s.line);
        if (s.channel) expect(CHANNELS.find((c) => c.id === s.channel)?.notFound).toBeUndefined();
      }
    });

    it('uses only known blanks in "say this" texts, the same in both languages', () => {
      for (const s of p.steps) {
        if (!s.say) continue;
        const zh = (s.say.zh.match(/\{(\w+)\}/g) ?? []).map((b) => b.slice(1, -1));
        const en = (s.say.en.match(/\{(\w+)\}/g) ?? []).map((b) => b.slice(1, -1));
        for (const b of zh) expect(SAY_BLANKS).toContain(b);
        expect([...en].sort()).toEqual([...zh].sort());
      }
    });

    it('gives every contact step a "say this" text', () => {
      for (const s of p.steps.filter((x) => x.kind === 'contact')) expect([s.id, s.say !== undefined]).toEqual([s.id, true]);
    });

    it('gives an "after" condition on every escalation', () => {
      for (const s of p.steps.filter((x) => x.kind === 'escalate')) expect(s.after?.zh.trim()).toBeTruthy();
    });

    it('has at least 8 Chinese and 3 English phrasings, none repeated', () => {
      expect(p.phrasings.zh.length).toBeGreaterThanOrEqual(8);
      expect(p.phrasings.en.length).toBeGreaterThanOrEqual(3);
      expect(new Set(p.phrasings.zh).size).toBe(p.phrasings.zh.length);
    });

    it('writes every text in both languages, Chinese with full-width punctuation', () => {
      for (const x of textsOf(p)) {
        expect(x.zh.trim()).not.toBe('');
        expect(x.en.trim()).not.toBe('');
        expect(x.zh).not.toMatch(/[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]/);
      }
    });

    it('never tells anyone to hand over a code or password', () => {
      for (const x of textsOf(p)) expect(x.zh).not.toMatch(/(把|提供|告诉).{0,4}(验证码|密码)给/);
    });
  });
});

describe('sources-other', () => {
  it('prefixes every id with other-', () => {
    for (const id of Object.keys(OTHER_SOURCES)) expect(id).toMatch(/^other-[a-z0-9-]+$/);
  });
  it('gives every public source a url, and none is a content farm', () => {
    for (const [id, s] of Object.entries(OTHER_SOURCES)) {
      if (s.kind !== 'seed' && s.kind !== 'editorial') expect([id, typeof s.url]).toEqual([id, 'string']);
      expect([id, farmHost(s.url ?? '')]).toEqual([id, null]);
    }
  });
  it('is part of SOURCES', () => {
    for (const id of Object.keys(OTHER_SOURCES)) expect(SOURCES[id]).toBe(OTHER_SOURCES[id]);
  });
  it('cites no farm anywhere in these problems, old sources included', () => {
    for (const p of MINE) {
      for (const { source: id, where } of citesOf(p)) {
        expect([where, id, farmHost(SOURCES[id]?.url ?? '')]).toEqual([where, id, null]);
      }
    }
  });
});

describe('channels: how to reach a human', () => {
  it('says it, or says it is not confirmed, on every channel', () => {
    for (const c of CHANNELS) expect([c.id, c.human !== undefined]).toEqual([c.id, true]);
  });
  it("sources and dates every known route, and labels keyword tips as users' experience", () => {
    for (const c of CHANNELS) {
      const h = c.human;
      if (!h) continue;
      expect(h.checkedOn).toBe(RESEARCH_CHECKED_ON);
      if (!h.known) {
        expect(h.note.zh.trim()).not.toBe('');
        continue;
      }
      for (const id of [h.source, ...(h.also ?? [])]) expect([c.id, id, SOURCES[id] !== undefined]).toEqual([c.id, id, true]);
      if (/转人工|人工客服/.test(h.value.zh)) expect([c.id, h.typical]).toEqual([c.id, true]);
    }
  });
  it("gives the bot keywords on Help & Feedback and leaves 95017's keys unconfirmed", () => {
    const byId = (id: string) => CHANNELS.find((c) => c.id === id)?.human;
    const assistant = byId('smart-assistant');
    expect(assistant?.known && assistant.value.zh).toMatch(/人工客服.*转人工.*找人工/);
    const pay = byId('pay-hotline');
    expect(pay?.known && pay.value.zh).toMatch(/按语音提示/);
    expect(pay?.known && pay.value.zh).toMatch(/未确认/);
    expect(byId('offline-points')?.known).toBe(false);
  });
});

describe('what each plan must say (issue 12 brief)', () => {
  const all = [...HOWTO, ...REPORT, ...OTHER];
  const p = (id: string): CatalogueProblem => {
    const found = all.find((x) => x.id === id);
    if (!found) throw new Error(`no problem ${id}`);
    return found;
  };
  const zh = (x: CatalogueProblem): string =>
    textsOf(x)
      .map((y) => y.zh)
      .join('\n');

  it('chat-history: no chats on the servers, paid recovery is a scam, the path differs by version', () => {
    const c = p('chat-history');
    expect(c.rules.map((r) => r.zh).join()).toMatch(/不在服务器上保存/);
    expect(c.warnings.map((r) => r.zh).join()).toMatch(/恢复/);
    const migrate = c.steps.find((s) => s.id === 'migrate');
    expect(migrate?.path?.known).toBe(false);
    expect(migrate?.path && !migrate.path.known && migrate.path.note.zh).toMatch(/通用.*聊天/);
  });

  it('close-account: the waiting period is 未确认', () => {
    const c = p('close-account');
    expect(c.typicalTime?.known).toBe(false);
    expect(zh(c)).not.toMatch(/等待期为 ?\d+ ?天/);
  });

  it('spam-call: 12321, the unverified merger, the 400 spoofing warning', () => {
    const c = p('spam-call');
    expect(c.steps.some((s) => s.line === 'spam-12321')).toBe(true);
    expect(c.rules.map((r) => r.zh).join()).toMatch(/12381.*未经核实/);
    expect(c.warnings.map((r) => r.zh).join()).toMatch(/\+864006700700/);
  });

  it('fraud-report: 110 in order (not "or instead"), 95017, 腾讯卫士, the anti-fraud app, 96110', () => {
    const c = p('fraud-report');
    const police = c.steps.find((s) => s.line === 'police-110');
    expect(police?.alternative).toBeUndefined();
    expect(police?.only).toBeUndefined();
    expect(c.steps.some((s) => s.channel === 'pay-hotline' && !s.alternative)).toBe(true);
    expect(c.steps.some((s) => s.line === 'anti-fraud-app')).toBe(true);
    expect(c.steps.some((s) => s.line === 'anti-fraud-96110')).toBe(true);
    expect(c.steps.some((s) => s.path?.known && /腾讯卫士/.test(s.path.value.zh))).toBe(true);
  });

  it('spam-content: ad complaints 1–3 working days, seed-typical', () => {
    const time = p('spam-content').typicalTime;
    expect(time?.known && time.typical && time.source).toBe('seed');
    expect(time?.known && time.value.zh).toMatch(/1–3 个工作日/);
  });

  it('need-human: a human route on every contact, 95017 keys unconfirmed, 400 checked on 关于微信', () => {
    const c = p('need-human');
    for (const s of c.steps.filter((x) => x.kind === 'contact')) expect([s.id, s.human !== undefined]).toEqual([s.id, true]);
    const pay = c.steps.find((s) => s.channel === 'pay-hotline')?.human;
    expect(pay?.known && pay.value.zh).toMatch(/按语音提示.*未确认/);
    const line = c.steps.find((s) => s.line === 'wechat-400');
    expect(line?.path?.known && line.path.value.zh).toBe('我 → 设置 → 关于微信');
    expect(line?.call).toBe(true);
    const bot = c.steps.find((s) => s.channel === 'smart-assistant' && s.kind === 'contact')?.human;
    expect(bot?.known && bot.typical).toBe(true);
  });

  it('no-response: the ladder in order, each with its precondition', () => {
    const ids = p('no-response')
      .steps.filter((s) => s.kind === 'escalate')
      .map((s) => s.line ?? s.id);
    expect(ids).toEqual(['pay-complaint', 'continue-complaint', 'consumer-12315', 'pboc-12363', 'miit-12300']);
    const after12300 = p('no-response').steps.find((s) => s.line === 'miit-12300')?.after?.zh;
    expect(after12300).toMatch(/15 天/);
  });

  it('deceased: no reclaiming since September 2025, money accounts never reclaimed', () => {
    const rules = p('deceased')
      .rules.map((r) => r.zh)
      .join('\n');
    expect(rules).toMatch(/2025 年 9 月/);
    expect(rules).toMatch(/有零钱的不会被注销/);
  });
});
