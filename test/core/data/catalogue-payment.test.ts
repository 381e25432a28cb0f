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
import { CatalogueProblem, CHANNEL_IDS, Fact, LINE_IDS, PlanStep, SAY_BLANKS, SourcedText, Text } from '../../../miniprogram/core/types';

const PROBLEMS: readonly CatalogueProblem[] = [...PAYMENT, ...FRAUD];

const FARM_HOSTS = [
  'nctoro',
  'fsnews',
  'jixiztb',
  'badongedu',
  'grokipedia',
  'my399',
  '51dongshi',
  'futurio',
  '08gf',
  'sboyo',
  'gzjll',
  'fudaoke',
  'path411',
  'qinbaol',
  'jiusongjiankang',
  'phpkaifa',
  '96ll0',
  'bfsbc',
  'rlut.cn',
  'huanbaole',
  '9ly.com.cn',
  '2wbiao',
  'pdpei',
  'laweer',
  'whmytz',
  'saludtequilabar',
  'shuyang.tv',
];

/** Every source id a problem refers to, with where it was found. */
function sourceRefs(p: CatalogueProblem): { id: string; where: string }[] {
  const refs: { id: string; where: string }[] = [];
  const fact = (f: Fact<unknown> | undefined, where: string) => {
    if (f && f.known) {
      refs.push({ id: f.source, where });
      for (const a of f.also ?? []) refs.push({ id: a, where: `${where} (also)` });
    }
  };
  const text = (s: SourcedText, where: string) => refs.push({ id: s.source, where });
  for (const s of p.steps) {
    refs.push({ id: s.source, where: `step ${s.id}` });
    for (const a of s.also ?? []) refs.push({ id: a, where: `step ${s.id} (also)` });
    fact(s.path, `step ${s.id} path`);
    fact(s.human, `step ${s.id} human`);
  }
  fact(p.materials, 'materials');
  fact(p.typicalTime, 'typicalTime');
  p.rules.forEach((r, i) => text(r, `rule ${i}`));
  p.warnings.forEach((w, i) => text(w, `warning ${i}`));
  return refs;
}

/** Every fact's check date in a problem. */
function checkDates(p: CatalogueProblem): string[] {
  const dates: string[] = [];
  const fact = (f: Fact<unknown> | undefined) => {
    if (f) dates.push(f.checkedOn);
  };
  for (const s of p.steps) {
    dates.push(s.checkedOn);
    fact(s.path);
    fact(s.human);
  }
  fact(p.materials);
  fact(p.typicalTime);
  for (const r of [...p.rules, ...p.warnings]) dates.push(r.checkedOn);
  return dates;
}

/** Every text of a problem shown to the user. */
function texts(p: CatalogueProblem): Text[] {
  const out: Text[] = [p.label, p.hint];
  for (const s of p.steps) {
    out.push(s.text);
    if (s.say) out.push(s.say);
    if (s.after) out.push(s.after);
    if (s.path) out.push(s.path.known ? s.path.value : s.path.note);
    if (s.human) out.push(s.human.known ? s.human.value : s.human.note);
  }
  if (p.materials.known) out.push(...p.materials.value);
  if (p.typicalTime) out.push(p.typicalTime.known ? p.typicalTime.value : p.typicalTime.note);
  out.push(...p.rules, ...p.warnings);
  return out;
}

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
      for (const { id, where } of sourceRefs(p)) {
        const s = SOURCES[id];
        expect([where, id, s !== undefined]).toEqual([where, id, true]);
        if (s && s.kind !== 'seed' && s.kind !== 'editorial') expect([id, typeof s.url]).toEqual([id, 'string']);
      }
    });

    it('dates every fact with the research check date', () => {
      for (const d of checkDates(p)) expect(d).toBe(RESEARCH_CHECKED_ON);
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
      for (const x of texts(p)) {
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
    const host = s.url ? new URL(s.url).hostname : '';
    for (const farm of FARM_HOSTS) expect([id, host.includes(farm)]).toEqual([id, false]);
  });
});
