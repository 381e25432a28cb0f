/**
 * The adversarial corpus (corpus.ts): every case gets the verdict a careful adviser
 * would give; no scam is called official and no official contact or genuine text a scam.
 */
import { check } from '../../../miniprogram/core/verify';
import { buildCorpus, scoreCorpus } from './corpus';

const cases = buildCorpus();
const { families, misses } = scoreCorpus(cases, (s) => check(s).outcome);
const total = (k: 'cases' | 'correct' | 'scamsCalledOfficial' | 'officialCalledScam'): number => families.reduce((n, f) => n + f[k], 0);

describe('the adversarial corpus', () => {
  it('has at least 2,000 cases across the families of issue 11', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2000);
    expect(families.length).toBeGreaterThanOrEqual(30);
    for (const f of families) expect([f.family, f.cases > 0]).toEqual([f.family, true]);
  });

  it('calls no scam official', () => {
    expect(total('scamsCalledOfficial')).toBe(0);
  });

  it('calls no official contact or genuine text a scam', () => {
    expect(total('officialCalledScam')).toBe(0);
  });

  it('gives every case the expected verdict', () => {
    expect(misses.map((m) => `${m.family}: ${JSON.stringify(m.input.slice(-80))} → ${m.got} (expected ${m.expected.join('/')})`)).toEqual([]);
    expect(total('correct')).toBe(cases.length);
  });

  it('is the same corpus on every run', () => {
    expect(buildCorpus().map((c) => c.input)).toEqual(cases.map((c) => c.input));
  });
});
