/**
 * The payment and fraud problems of the catalogue (catalogue/payment.ts, catalogue/fraud.ts)
 * and their sources (sources-payment.ts): every reference resolves, every plan can be acted on,
 * and a scam victim always keeps 110 and 95017.
 */
import { PAYMENT } from '../../../miniprogram/core/data/catalogue/payment';
import { FRAUD } from '../../../miniprogram/core/data/catalogue/fraud';
import { ALL_SOURCES as SOURCES } from '../../../miniprogram/core/data/catalogue/sources';
import { RESEARCH_CHECKED_ON } from '../../../miniprogram/core/data/sources';
import { PAYMENT_SOURCES } from '../../../miniprogram/core/data/sources-payment';
import { farmHost } from '../../../miniprogram/core/integrity';
import { citesOf, datesOf, textsOf } from '../../helpers/citations';
import { CatalogueProblem, CHANNEL_IDS, LINE_IDS, PlanStep, SAY_BLANKS, Text } from '../../../miniprogram/core/types';

const PROBLEMS: readonly CatalogueProblem[] = [...PAYMENT, ...FRAUD];

const blanksOf = (s: string): string[] => Array.from(s.matchAll(/\{([a-z]+)\}/g), (m) => m[1]!);

describe('blanksOf', () => {
  it('finds every blank, known or not', () => {
    expect(blanksOf('我在 {time} 转了 {amount} 元给 {nobody}')).toEqual(['time', 'amount', 'nobody']);
  });
});

describe('the payment and fraud catalogue', () => {
  it('has every required id in its category and file', () => {
    expect(PAYMENT.map((p) => p.id)).toEqual([
      'wrong-transfer',
      'unknown-charge',
      'auto-renew',
      'merchant-refund',
      'withdraw',
      'pay-limited',
      'minor-spending',
      'pay-password',
      'red-packet',
    ]);
    expect(PAYMENT.every((p) => p.category === 'payment')).toBe(true);
    expect(FRAUD.map((p) => p.id)).toEqual(['scam-paid', 'fake-service', 'code-leaked']);
    expect(FRAUD.every((p) => p.category === 'fraud')).toBe(true);
  });

  describe.each(PROBLEMS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    it('cites only sources that exist, with a url for public ones', () => {
      for (const { source: id, where } of citesOf(p)) {
        const s = SOURCES[id];
        expect([where, id, s !== undefined]).toEqual([where, id, true]);
        if (s && s.kind !== 'seed' && s.kind !== 'editorial') expect([id, typeof s.url]).toEqual([id, 'string']);
      }
    });

    it('dates every fact with the research check date', () => {
      for (const d of datesOf(p)) expect(d).toBe(RESEARCH_CHECKED_ON);
    });

    it('has unique kebab-case step ids and material ids', () => {
      const ids = p.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const mats = p.materials.known ? p.materials.value.map((m) => m.id) : [];
      expect(new Set(mats).size).toBe(mats.length);
      for (const id of mats) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('has a contact step, and a way to reach a human wherever it names a channel', () => {
      const contacts = p.steps.filter((s) => s.kind === 'contact');
      expect(contacts.length).toBeGreaterThan(0);
      for (const s of contacts) expect([s.id, s.channel !== undefined || s.line !== undefined || s.only !== undefined]).toEqual([s.id, true]);
      for (const s of p.steps.filter((x) => x.channel !== undefined && x.kind === 'contact')) expect([s.id, s.human !== undefined]).toEqual([s.id, true]);
    });

    it('orders steps self, then contact, then escalate (a plan where money may be gone opens with its contacts)', () => {
      const rank = { self: 0, contact: 1, escalate: 2 } as const;
      const kinds = p.steps.map((s) => rank[s.kind]);
      const lastNonEscalate = kinds.map((k) => k !== rank.escalate).lastIndexOf(true);
      expect(kinds.slice(lastNonEscalate + 1).every((k) => k === rank.escalate)).toBe(true);
      expect(kinds.slice(0, lastNonEscalate + 1)).not.toContain(rank.escalate);
      if (p.flags?.police) expect(kinds[0]).toBe(rank.contact);
      else expect([...kinds].sort((a, b) => a - b)).toEqual(kinds);
    });

    it('names only known channels and lines', () => {
      for (const s of p.steps) {
        if (s.channel !== undefined) expect(CHANNEL_IDS).toContain(s.channel);
        if (s.line !== undefined) expect(LINE_IDS).toContain(s.line);
      }
    });

    it('uses only known blanks in its "say this" texts, in both languages alike', () => {
      for (const s of p.steps.filter((x): x is PlanStep & { say: Text } => x.say !== undefined)) {
        const zh = blanksOf(s.say.zh);
        for (const b of zh) expect(SAY_BLANKS).toContain(b);
        expect([s.id, [...blanksOf(s.say.en)].sort()]).toEqual([s.id, [...zh].sort()]);
      }
    });

    it('gives every escalation its condition', () => {
      for (const s of p.steps.filter((x) => x.kind === 'escalate')) expect([s.id, s.after !== undefined]).toEqual([s.id, true]);
    });

    it('gives text-only users a route that is not a call', () => {
      const contacts = p.steps.filter((s) => s.kind === 'contact' && !s.only);
      expect(contacts.some((s) => !s.call)).toBe(true);
    });

    it('has at least 8 Chinese and 3 English phrasings, none repeated', () => {
      expect(p.phrasings.zh.length).toBeGreaterThanOrEqual(8);
      expect(p.phrasings.en.length).toBeGreaterThanOrEqual(3);
      expect(new Set(p.phrasings.zh).size).toBe(p.phrasings.zh.length);
    });

    it('writes Chinese with full-width punctuation and English without it', () => {
      for (const x of textsOf(p)) {
        expect([x.zh, /[,;?!]/.test(x.zh)]).toEqual([x.zh, false]);
        expect([x.en, /[，。；：？！「」（）、]/.test(x.en)]).toEqual([x.en, false]);
      }
    });
  });
});

describe('a scam victim keeps 110 and 95017', () => {
  const police = PROBLEMS.filter((p) => p.flags?.police);

  it('flags the problems where money may be gone', () => {
    expect(police.map((p) => p.id)).toEqual(['scam-paid']);
  });

  it.each(police.map((p) => [p.id, p] as const))('%s starts with 110, keeps 95017 unconditionally, and has text routes to both', (_id, p) => {
    expect(p.steps[0]!.line).toBe('police-110');
    expect(p.steps.some((s) => s.channel === 'pay-hotline' && !s.only && !s.alternative)).toBe(true);
    expect(p.steps.some((s) => s.line === 'sms-12110' && !s.call)).toBe(true);
    expect(p.steps.some((s) => s.channel === 'official-accounts' && !s.call)).toBe(true);
    expect(p.steps.find((s) => s.line === 'police-110')?.only).toBeUndefined();
  });

  it('puts the cross-border caveat on the +86 571 95017 step itself', () => {
    const abroad = FRAUD[0]!.steps.find((s) => s.channel === 'pay-hotline' && s.only?.region === 'overseas');
    expect(abroad?.text.zh).toContain('+86 571 95017');
    expect(abroad?.text.zh).toContain('跨境商户');
    expect(abroad?.text.zh).toContain('北京时间');
  });

  it.each(['fake-service', 'code-leaked'])('%s sends anyone who already lost money to 110', (id) => {
    const p = FRAUD.find((x) => x.id === id);
    expect(p?.steps.some((s) => s.kind === 'escalate' && s.line === 'police-110')).toBe(true);
  });
});

describe('the sources of the payment area', () => {
  it.each(Object.entries(PAYMENT_SOURCES))('%s is prefixed, spread into SOURCES and not a content farm', (id, s) => {
    expect(id.startsWith('pay-')).toBe(true);
    expect(SOURCES[id]).toBe(s);
    expect([id, farmHost(s.url ?? '')]).toEqual([id, null]);
  });
});
