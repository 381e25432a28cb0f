import fc from 'fast-check';
import { CATALOGUE } from '../../miniprogram/core/data/catalogue';
import { parsePath } from '../../miniprogram/core/links';
import { looksLikeContact, normaliseQuery, search, searchView, tokenize } from '../../miniprogram/core/search';
import { CONCRETE_IDS } from '../../miniprogram/core/types';
import { SEARCH_EVAL } from './search-eval';

/** Rank (1-based) of the expected problem among the problem hits, or 0 when absent. */
function rankOf(query: string, id: string): number {
  const problems = search(query, 'zh').filter((h) => h.kind === 'problem');
  return problems.findIndex((h) => h.ref === id) + 1;
}

describe('the evaluation set', () => {
  it('has at least 250 phrasings, several for every concrete problem', () => {
    expect(SEARCH_EVAL.length).toBeGreaterThanOrEqual(250);
    for (const id of CONCRETE_IDS) expect(SEARCH_EVAL.filter(([, e]) => e === id).length).toBeGreaterThanOrEqual(6);
  });

  it('is not the catalogue finding itself: no phrasing is copied from the catalogue', () => {
    const own = new Set(CATALOGUE.flatMap((p) => [...p.phrasings.zh, ...p.phrasings.en, p.label.zh, p.label.en].map(normaliseQuery)));
    const copied = SEARCH_EVAL.filter(([q]) => own.has(normaliseQuery(q))).map(([q]) => q);
    // A few short everyday words (人工客服, 百万保障) are naturally both; whole sentences must not be.
    expect(copied.filter((q) => q.length > 6)).toEqual([]);
  });

  it('finds the right problem in the top 3 for at least 95% of it', () => {
    const misses = SEARCH_EVAL.filter(([q, id]) => {
      const r = rankOf(q, id);
      return r === 0 || r > 3;
    });
    const top3 = 1 - misses.length / SEARCH_EVAL.length;
    if (top3 < 0.95)
      throw new Error(
        `top-3 ${(top3 * 100).toFixed(1)}%; misses:\n${misses
          .map(
            ([q, id]) =>
              `${q} → ${id}: ${search(q, 'zh')
                .slice(0, 3)
                .map((h) => h.ref)
                .join(', ')}`,
          )
          .join('\n')}`,
      );
    expect(top3).toBeGreaterThanOrEqual(0.95);
  });
});

describe('input handling', () => {
  it('reads full-width letters and digits like half-width ones', () => {
    expect(search('ｒｅｆｕｎｄ', 'en').map((h) => h.ref)).toEqual(search('refund', 'en').map((h) => h.ref));
    expect(normaliseQuery('９５０１７')).toBe('95017');
  });

  it('ignores filler words: 「微信被封了怎么办」 searches like 「被封」', () => {
    expect(tokenize('微信被封了怎么办')).toEqual(tokenize('被封'));
    expect(search('微信被封了怎么办', 'zh')[0]?.ref).toBe(search('被封', 'zh')[0]?.ref);
  });

  it('tolerates a typo in English', () => {
    expect(rankOf('forgot pasword', 'forgot-password')).toBeGreaterThan(0);
    expect(rankOf('accont hackd', 'hijacked')).toBeGreaterThan(0);
  });

  it('folds the ways people say the same thing (盗/被盗/盗号, 封/封号/封禁, 人工/真人)', () => {
    expect(tokenize('号被黑了')).toContain('§stolen');
    expect(tokenize('盗号')).toContain('§stolen');
    expect(tokenize('永久封禁')).toContain('§banned');
    expect(tokenize('找真人')).toContain('§human');
    expect(tokenize('乱扣费')).toContain('§charge');
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (q) => {
        const hits = search(q, 'zh');
        expect(Array.isArray(hits)).toBe(true);
        searchView(q, 'en');
      }),
      { numRuns: 2000 },
    );
    expect(search(undefined as unknown as string, 'zh')).toEqual([]);
    expect(search('退款'.repeat(5000), 'zh').length).toBeGreaterThan(0);
  });
});

describe('results', () => {
  it('put concrete problems first and say why each matched', () => {
    const hits = search('转账转错了', 'zh');
    expect(hits[0]?.kind).toBe('problem');
    expect(hits[0]?.why).toMatch(/^和“.+”相近$/);
    const kinds = hits.map((h) => h.kind);
    expect(kinds.lastIndexOf('problem')).toBeLessThan(kinds.findIndex((k) => k !== 'problem') === -1 ? Infinity : kinds.findIndex((k) => k !== 'problem'));
  });

  it('open the concrete problem, not only its category', () => {
    const hit = search('手机丢了', 'zh').find((h) => h.ref === 'phone-lost');
    expect(hit).toBeDefined();
    const parsed = parsePath(hit!.path);
    expect(parsed.reason).toBe('ok');
    expect(JSON.stringify(parsed.route)).toContain('phone-lost');
  });

  it('find channels by number or name', () => {
    expect(search('95017', 'zh').some((h) => h.kind === 'channel' && h.ref === 'pay-hotline')).toBe(true);
  });

  it('put a poster short code first', () => {
    const hits = search('1r.payment.y.m.a', 'zh');
    expect(hits[0]).toMatchObject({ kind: 'code', path: '/pages/result/index?v=1&problem=payment&detail=unsure&urgent=yes&region=mainland&need=any' });
  });

  it('offer the guided flow and the need-human plan when nothing matches', () => {
    const view = searchView('qwertzuiop', 'zh');
    expect(view.hits).toEqual([]);
    expect(view.empty).toBe(true);
    expect(view.emptyActions.map((a) => a.id)).toEqual(['flow', 'need-human']);
    expect(searchView('', 'zh').empty).toBe(false);
  });

  it('offer the scam check, filled in, for a number, a link or an account id', () => {
    for (const q of ['95017', '+86 400 670 0700', 'kf.qq.com', 'https://weixin110.qq.com', 'kefu_95017', 'wxid_abc123']) {
      expect(looksLikeContact(q)).toBe(true);
    }
    for (const q of ['退款', 'refund', 'account hacked', '转账转错了 500']) expect(looksLikeContact(q)).toBe(false);
    const offer = searchView('kefu_95017', 'zh').verify;
    expect(offer?.label).toContain('kefu_95017');
    expect(parsePath(offer!.path).route).toEqual({ page: 'verify', text: 'kefu_95017' });
  });
});
