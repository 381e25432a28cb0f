import {
  allCompleteAnswers,
  canonicalAnswers,
  nextQuestion,
  Option,
  optionIds,
  progress,
  QUESTIONS,
  questionPath,
  withAnswer,
} from '../../miniprogram/core/flow';
import { PROBLEM_IDS } from '../../miniprogram/core/types';

describe('question: problem', () => {
  it.each([
    ['payment', 'urgent'],
    ['fraud', 'urgent'],
    ['login', 'urgent'],
    ['stolen', 'region'],
    ['banned', 'region'],
    ['howto', 'region'],
    ['report', 'region'],
    ['other', 'region'],
  ])('%s leads to %s', (problem, next) => {
    expect(QUESTIONS.problem.next({ problem: problem as never })).toBe(next);
  });

  it('offers every problem type once', () => {
    expect(QUESTIONS.problem.options.map((o) => o.id)).toEqual([...PROBLEM_IDS]);
  });
});

describe('questions: urgent, region, need', () => {
  it('urgent leads to region, region to need, need to the result', () => {
    expect(QUESTIONS.urgent.next({ problem: 'payment', urgent: 'yes' })).toBe('region');
    expect(QUESTIONS.region.next({ problem: 'howto', region: 'overseas' })).toBe('need');
    expect(QUESTIONS.need.next({ problem: 'howto', region: 'overseas', need: 'text' })).toBe('result');
  });
});

describe('nextQuestion', () => {
  it('starts with the problem', () => {
    expect(nextQuestion({})).toBe('problem');
  });
  it('asks urgent only where money or an account can be at risk', () => {
    expect(nextQuestion({ problem: 'payment' })).toBe('urgent');
    expect(nextQuestion({ problem: 'howto' })).toBe('region');
    expect(nextQuestion({ problem: 'stolen' })).toBe('region');
  });
  it('returns null once every question on the path is answered', () => {
    expect(nextQuestion({ problem: 'howto', region: 'mainland', need: 'any' })).toBeNull();
    expect(nextQuestion({ problem: 'payment', region: 'mainland', need: 'any' })).toBe('urgent');
  });
});

describe('answers', () => {
  it('drops answers that are not on the path', () => {
    expect(canonicalAnswers({ problem: 'howto', urgent: 'yes', region: 'mainland', need: 'any' })).toEqual({
      problem: 'howto',
      region: 'mainland',
      need: 'any',
    });
  });
  it('changing the problem keeps later answers that still apply and drops the rest', () => {
    const before = { problem: 'payment', urgent: 'yes', region: 'overseas', need: 'text' } as const;
    expect(withAnswer(before, 'problem', 'report')).toEqual({ problem: 'report', region: 'overseas', need: 'text' });
  });
  it('ignores an invalid value instead of storing it', () => {
    expect(withAnswer({ problem: 'howto' }, 'region', 'mars')).toEqual({ problem: 'howto' });
  });
  it('reports progress along the path', () => {
    expect(progress({})).toEqual({ step: 0, total: 4 });
    expect(progress({ problem: 'howto' })).toEqual({ step: 1, total: 3 });
    expect(progress({ problem: 'payment', urgent: 'no' })).toEqual({ step: 2, total: 4 });
  });
  it('lists the questions asked in order', () => {
    expect(questionPath({ problem: 'fraud', urgent: 'no' })).toEqual(['problem', 'urgent', 'region']);
  });
});

describe('allCompleteAnswers', () => {
  const all = allCompleteAnswers();
  it('enumerates every combination once: 3 problems with urgent × 2 × 2 × 3 plus 5 × 2 × 3', () => {
    expect(all).toHaveLength(3 * 12 + 5 * 6);
    expect(new Set(all.map((a) => JSON.stringify(a))).size).toBe(all.length);
  });
  it('every combination is complete', () => {
    for (const a of all) expect(nextQuestion(a)).toBeNull();
  });
});

describe('option ids are typed by their question', () => {
  it('a typo in an option id fails tsc (checked by @ts-expect-error), and the valid ids are the options shown', () => {
    const typo: Option<'need'> = {
      // @ts-expect-error 'anything' is not one of the need ids
      id: 'anything',
      label: { zh: '都可以', en: 'Any way' },
    };
    expect(typo.id).toBe('anything');
    expect(optionIds('need')).toEqual(QUESTIONS.need.options.map((o) => o.id));
  });
});
