/**
 * The account problems of the catalogue (stolen, banned, login): every fact
 * sourced and dated, every plan reaching a person, and the must-haves of
 * issue 12 and the new-user walk-throughs (freeze first, the appeal in order,
 * no phone-only plan, the 48 h / 24 h rules, no review time invented).
 */
import { BANNED } from '../../../miniprogram/core/data/catalogue/banned';
import { LOGIN } from '../../../miniprogram/core/data/catalogue/login';
import { STOLEN } from '../../../miniprogram/core/data/catalogue/stolen';
import { CATALOGUE } from '../../../miniprogram/core/data/catalogue';
import { ACCOUNT_SOURCES } from '../../../miniprogram/core/data/sources-account';
import { farmHost } from '../../../miniprogram/core/integrity';
import { citesOf, datesOf } from '../../helpers/citations';
import { ALL_SOURCES as SOURCES } from '../../../miniprogram/core/data/catalogue/sources';
import { RESEARCH_CHECKED_ON } from '../../../miniprogram/core/data/sources';
import { CatalogueProblem, CHANNEL_IDS, LINE_IDS, PlanStep, SAY_BLANKS } from '../../../miniprogram/core/types';

const ACCOUNT: readonly CatalogueProblem[] = [...STOLEN, ...BANNED, ...LOGIN];
const byId = (id: string): CatalogueProblem => {
  const p = ACCOUNT.find((x) => x.id === id);
  if (!p) throw new Error(`no problem ${id}`);
  return p;
};
const stepOf = (p: CatalogueProblem, id: string): PlanStep => {
  const s = p.steps.find((x) => x.id === id);
  if (!s) throw new Error(`${p.id}: no step ${id}`);
  return s;
};

const blanksOf = (text: string): string[] => (text.match(/\{([a-z]+)\}/g) ?? []).map((b) => b.slice(1, -1)).sort();

describe('the account problems', () => {
  it('of the stolen category are exactly the binding ids', () => {
    expect(STOLEN.map((p) => p.id)).toEqual(['hijacked', 'phone-lost', 'friend-hijacked']);
    for (const p of STOLEN) expect(p.category).toBe('stolen');
  });

  it('of the banned category are exactly the binding ids', () => {
    expect(BANNED.map((p) => p.id)).toEqual(['account-banned', 'feature-limited', 'banned-funds']);
    for (const p of BANNED) expect(p.category).toBe('banned');
  });

  it('of the login category are exactly the binding ids', () => {
    expect(LOGIN.map((p) => p.id)).toEqual(['forgot-password', 'new-phone', 'no-code', 'unfreeze', 'friend-verify']);
    for (const p of LOGIN) expect(p.category).toBe('login');
  });

  it('are all in the assembled catalogue', () => {
    const ids = CATALOGUE.map((p) => p.id);
    for (const p of ACCOUNT) expect(ids).toContain(p.id);
  });

  it.each(ACCOUNT.map((p) => [p.id, p] as const))('%s cites only existing sources, public ones with a url, dated', (_id, p) => {
    for (const c of citesOf(p)) {
      const s = SOURCES[c.source];
      expect({ where: c.where, source: c.source, exists: s !== undefined }).toEqual({ where: c.where, source: c.source, exists: true });
      if (!s) continue;
      if (s.kind !== 'seed' && s.kind !== 'editorial') expect({ where: c.where, url: typeof s.url }).toEqual({ where: c.where, url: 'string' });
      expect({ where: c.where, farm: farmHost(s.url ?? '') }).toEqual({ where: c.where, farm: null });
    }
    for (const d of datesOf(p)) expect(d).toBe(RESEARCH_CHECKED_ON);
  });

  it.each(ACCOUNT.map((p) => [p.id, p] as const))('%s has stable, unique step and material ids', (_id, p) => {
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    const stepIds = p.steps.map((s) => s.id);
    expect(new Set(stepIds).size).toBe(stepIds.length);
    for (const id of stepIds) expect(id).toMatch(kebab);
    const mats = p.materials.known ? p.materials.value.map((m) => m.id) : [];
    expect(new Set(mats).size).toBe(mats.length);
    for (const id of mats) expect(id).toMatch(kebab);
  });

  it.each(ACCOUNT.map((p) => [p.id, p] as const))('%s reaches a person, with valid channels, lines and "say this" blanks', (_id, p) => {
    const contacts = p.steps.filter((s) => s.kind === 'contact');
    expect(contacts.length).toBeGreaterThan(0);
    // Someone who cannot phone still has a contact step that is not a call.
    expect(contacts.some((s) => !s.call)).toBe(true);
    for (const s of p.steps) {
      if (s.channel) expect(CHANNEL_IDS).toContain(s.channel);
      if (s.line) expect(LINE_IDS).toContain(s.line);
      if (s.kind === 'contact') {
        expect({ step: s.id, target: Boolean(s.channel || s.line) }).toEqual({ step: s.id, target: true });
        expect({ step: s.id, say: Boolean(s.say) }).toEqual({ step: s.id, say: true });
      }
      if (s.kind === 'escalate') expect({ step: s.id, after: Boolean(s.after) }).toEqual({ step: s.id, after: true });
      if (s.say) {
        for (const b of [...blanksOf(s.say.zh), ...blanksOf(s.say.en)]) expect(SAY_BLANKS).toContain(b);
        expect(blanksOf(s.say.en)).toEqual(blanksOf(s.say.zh));
      }
    }
  });

  it.each(ACCOUNT.map((p) => [p.id, p] as const))('%s orders its steps: try yourself, then contact, then escalate', (_id, p) => {
    const rank = { self: 0, contact: 1, escalate: 2 };
    const ranks = p.steps.map((s) => rank[s.kind]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it.each(ACCOUNT.map((p) => [p.id, p] as const))('%s is described the way people say it (≥ 8 zh, ≥ 3 en, no repeats)', (_id, p) => {
    expect(p.phrasings.zh.length).toBeGreaterThanOrEqual(8);
    expect(p.phrasings.en.length).toBeGreaterThanOrEqual(3);
    expect(new Set(p.phrasings.zh).size).toBe(p.phrasings.zh.length);
    expect(new Set(p.phrasings.en).size).toBe(p.phrasings.en.length);
  });

  it.each(ACCOUNT.map((p) => [p.id, p] as const))('%s uses full-width punctuation in Chinese and none in English', (_id, p) => {
    const texts = [p.label, p.hint, ...p.steps.flatMap((s) => [s.text, ...(s.say ? [s.say] : []), ...(s.after ? [s.after] : [])]), ...p.rules, ...p.warnings];
    for (const x of texts) {
      expect({ zh: x.zh, halfWidth: /[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]/.test(x.zh) }).toEqual({ zh: x.zh, halfWidth: false });
      expect({ en: x.en, fullWidth: /[，。；：！？、（）「」]/.test(x.en) }).toEqual({ en: x.en, fullWidth: false });
    }
  });
});

describe('account safety wording', () => {
  it.each(ACCOUNT.map((p) => [p.id, p] as const))('%s never tells anyone to hand over a code or password', (_id, p) => {
    const texts = [...p.steps.flatMap((s) => [s.text, ...(s.say ? [s.say] : [])]), ...p.rules, ...p.warnings];
    for (const x of texts) expect(x.zh).not.toMatch(/(把|提供|告诉|发).{0,4}(验证码|密码)给(?!任何人)/);
  });

  it('never prints the outdated 110.qq.com or the 0755 number as a route', () => {
    for (const p of ACCOUNT) {
      for (const s of p.steps) {
        expect(s.text.zh).not.toMatch(/0755|(?<!weixin)110\.qq\.com/);
      }
    }
  });
});

describe('account sources', () => {
  it('are prefixed acct-, public, and no content farm', () => {
    for (const [id, s] of Object.entries(ACCOUNT_SOURCES)) {
      expect(id.startsWith('acct-')).toBe(true);
      expect(typeof s.url).toBe('string');
      expect({ id, farm: farmHost(s.url ?? '') }).toEqual({ id, farm: null });
      expect(SOURCES[id]).toBe(s);
    }
  });

  it('are each used by some account problem', () => {
    const used = new Set(ACCOUNT.flatMap((p) => citesOf(p).map((c) => c.source)));
    expect(Object.keys(ACCOUNT_SOURCES).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('stolen account: freeze first, then the appeal', () => {
  const p = byId('hijacked');

  it('is a stop-loss problem that asks nothing before the freeze', () => {
    expect(p.flags?.stopLoss).toBe(true);
    expect(p.urgency).toBe('always');
    const first = p.steps[0]!;
    expect(first.id).toBe('freeze-now');
    expect(first.kind).toBe('self');
    expect(first.channel).toBe('emergency-freeze');
    expect(first.only).toBeUndefined();
    expect(first.path?.known && first.path.source).toBe('kf-faq-compromised');
  });

  it('lists the Security Center appeal as a step in order after the freeze, not a fallback', () => {
    const appeal = stepOf(p, 'appeal');
    expect(appeal.kind).toBe('contact');
    expect(appeal.channel).toBe('security-center');
    expect(appeal.alternative).toBeUndefined();
    const order = p.steps.filter((s) => !s.alternative).map((s) => s.id);
    expect(order.indexOf('appeal')).toBeGreaterThan(order.indexOf('freeze-now'));
    expect(order).toContain('warn-friends');
  });

  it('says freezing deletes nothing, from the official FAQ', () => {
    expect(p.rules.some((r) => r.source === 'kf-faq-compromised' && r.zh.includes('不会删除'))).toBe(true);
  });

  it('gives the seed’s 10–30 minutes as typical', () => {
    expect(p.typicalTime).toMatchObject({ known: true, typical: true, source: 'seed' });
    expect(p.typicalTime?.known && p.typicalTime.value.zh).toContain('10–30');
  });
});

describe('lost phone: routes that need no phone of your own', () => {
  const p = byId('phone-lost');
  it('starts with the Security Center site in a browser and offers another phone, a friend and the operator', () => {
    expect(p.steps[0]!.id).toBe('freeze-web');
    expect(p.steps[0]!.text.zh).toContain('weixin110.qq.com');
    expect(stepOf(p, 'freeze-kf-mini').channel).toBe('kf-miniprogram');
    expect(stepOf(p, 'friend-freeze').path?.known).toBe(true);
    expect(stepOf(p, 'sim-loss').text.zh).toContain('10086');
    expect(p.flags?.stopLoss).toBe(true);
  });
});

describe('a friend’s stolen account', () => {
  const p = byId('friend-hijacked');
  it('checks by a known number before anything, freezes for them, warns the group, and warns never to pay on a chat request', () => {
    expect(p.steps[0]!.id).toBe('call-them');
    expect(p.steps.map((s) => s.id)).toEqual(expect.arrayContaining(['friend-freeze', 'warn-group', 'call-110']));
    expect(p.warnings.some((w) => w.zh.includes('不要直接转'))).toBe(true);
  });
});

describe('banned accounts', () => {
  it('appeal in the Security Center, with no review time invented', () => {
    const p = byId('account-banned');
    expect(stepOf(p, 'appeal')).toMatchObject({ kind: 'contact', channel: 'security-center' });
    expect(stepOf(p, 'appeal').alternative).toBeUndefined();
    expect(p.typicalTime?.known).toBe(false);
    expect(p.materials.known && p.materials.value.map((m) => m.key)).toContain('id');
  });

  it('can still move their money out: 提取财产, valid 48 hours, from the press', () => {
    const p = byId('banned-funds');
    expect(p.steps[0]!.text.zh).toContain('提取财产');
    const rule = p.rules.find((r) => r.zh.includes('48 小时'));
    expect(rule && SOURCES[rule.source]!.kind).toBe('press');
    expect(stepOf(byId('account-banned'), 'move-money').text.zh).toContain('提取财产');
  });

  it('give a text route next to the 95017 call', () => {
    const p = byId('banned-funds');
    expect(stepOf(p, 'call-95017').call).toBe(true);
    expect(stepOf(p, 'write-kf')).toMatchObject({ kind: 'contact', channel: 'official-accounts' });
    expect(stepOf(p, 'write-kf').call).toBeUndefined();
  });
});

describe('login', () => {
  it('answers a password retrieval by SMS within 24 hours, from the official FAQ', () => {
    const p = byId('forgot-password');
    const r = p.rules.find((x) => x.zh.includes('24 小时'));
    expect(r?.source).toBe('kf-faq-compromised');
    expect(SOURCES['kf-faq-compromised']!.kind).toBe('official');
    expect(stepOf(p, 'retrieval')).toMatchObject({ kind: 'contact', channel: 'security-center' });
    // Other ways in come before the retrieval request.
    expect(p.steps.findIndex((s) => s.id === 'sms-login')).toBeLessThan(p.steps.findIndex((s) => s.id === 'retrieval'));
  });

  it('unfreezes in the Security Center', () => {
    const p = byId('unfreeze');
    expect(stepOf(p, 'unfreeze-signin')).toMatchObject({ kind: 'self', channel: 'security-center' });
    expect(stepOf(p, 'unfreeze-signin').path?.known).toBe(true);
  });

  it('says a path nobody reliable gives is 未确认 (old number gone while signed in)', () => {
    expect(stepOf(byId('new-phone'), 'old-gone-signed-in').path?.known).toBe(false);
  });

  it('warns that verifying for strangers gets the helper restricted, and names the scams', () => {
    const p = byId('friend-verify');
    expect(p.rules.some((r) => r.zh.includes('限制') && r.zh.includes('封号'))).toBe(true);
    expect(p.rules.some((r) => SOURCES[r.source]!.kind === 'government')).toBe(true);
    expect(p.warnings.length).toBeGreaterThanOrEqual(3);
    expect(p.steps[0]!.id).toBe('verify-identity');
  });

  it('offers the overseas routes only abroad, for WeChat (non-+86) accounts', () => {
    for (const p of ACCOUNT) {
      const abroad = p.steps.filter((s) => s.channel === 'international');
      for (const s of abroad) {
        expect(s.only).toEqual({ region: 'overseas' });
        expect(s.text.zh).toContain('support@wechat.com');
        expect(s.text.zh).toContain('WeChat 帐号');
      }
    }
    expect(ACCOUNT.filter((p) => p.steps.some((s) => s.channel === 'international')).length).toBeGreaterThanOrEqual(8);
  });
});
