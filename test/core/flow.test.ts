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
import { CATALOGUE } from '../../miniprogram/core/data/catalogue';
import { askedAfter, detailsOf, optionalAfter, optionsFor } from '../../miniprogram/core/flow';
import { PROBLEM_IDS, ProblemId } from '../../miniprogram/core/types';

describe('question: problem, then the concrete problem', () => {
  it.each([
    ['payment', 'urgent'],
    ['fraud', 'urgent'],
    ['login', 'urgent'],
    ['stolen', 'region'],
    ['banned', 'region'],
    ['howto', 'region'],
    ['report', 'region'],
    ['other', 'region'],
  ] as const)('%s asks which problem it is (when the catalogue has any), and 「不确定」 leads to %s', (problem, next) => {
    expect(nextQuestion({ problem })).toBe(detailsOf(problem).length ? 'detail' : next);
    expect(nextQuestion({ problem, detail: 'unsure' })).toBe(next);
  });

  it('offers every problem type once', () => {
    expect(QUESTIONS.problem.options.map((o) => o.id)).toEqual([...PROBLEM_IDS]);
  });

  it('a category offers only its own concrete problems, then 「不确定 / 其他情况」', () => {
    for (const problem of PROBLEM_IDS) {
      const ids = optionsFor('detail', { problem }).map((o) => o.id);
      expect(ids).toEqual([...detailsOf(problem).map((c) => c.id), 'unsure']);
      expect(optionsFor('detail', { problem })[ids.length - 1]?.label.zh).toBe('不确定 / 其他情况');
    }
  });

  it('a concrete problem of another category is not kept', () => {
    for (const c of CATALOGUE) {
      const other = PROBLEM_IDS.find((p) => p !== c.category) as ProblemId;
      expect(canonicalAnswers({ problem: other, detail: c.id, region: 'mainland' }).detail).toBeUndefined();
    }
  });
});

describe('questions: urgent, region, need', () => {
  it('urgent leads to region, region to need, need to the result', () => {
    expect(nextQuestion({ problem: 'payment', detail: 'unsure', urgent: 'yes' })).toBe('region');
    expect(nextQuestion({ problem: 'howto', detail: 'unsure', region: 'overseas' })).toBe('need');
    expect(nextQuestion({ problem: 'howto', detail: 'unsure', region: 'overseas', need: 'text' })).toBeNull();
  });
});

describe('nextQuestion', () => {
  it('starts with the problem', () => {
    expect(nextQuestion({})).toBe('problem');
  });
  it('asks urgent only where money or an account can be at risk', () => {
    expect(nextQuestion({ problem: 'payment', detail: 'unsure' })).toBe('urgent');
    expect(nextQuestion({ problem: 'howto', detail: 'unsure' })).toBe('region');
    expect(nextQuestion({ problem: 'stolen', detail: 'unsure' })).toBe('region');
  });
  it('returns null once every question on the path is answered', () => {
    expect(nextQuestion({ problem: 'howto', detail: 'unsure', region: 'mainland', need: 'any' })).toBeNull();
    expect(nextQuestion({ problem: 'payment', detail: 'unsure', region: 'mainland', need: 'any' })).toBe('urgent');
  });
});

describe('answers', () => {
  it('drops answers that are not on the path', () => {
    expect(canonicalAnswers({ problem: 'howto', detail: 'unsure', urgent: 'yes', region: 'mainland', need: 'any' })).toEqual(
      detailsOf('howto').length
        ? { problem: 'howto', detail: 'unsure', region: 'mainland', need: 'any' }
        : { problem: 'howto', region: 'mainland', need: 'any' },
    );
  });
  it('changing the problem keeps later answers that still apply and drops the rest', () => {
    const before = { problem: 'payment', detail: 'unsure', urgent: 'yes', region: 'overseas', need: 'text' } as const;
    const report = detailsOf('report').length ? { detail: 'unsure' } : {};
    expect(withAnswer(before, 'problem', 'report')).toEqual({ problem: 'report', ...report, region: 'overseas', need: 'text' });
  });
  it('ignores an invalid value instead of storing it', () => {
    expect(withAnswer({ problem: 'howto' }, 'region', 'mars')).toEqual({ problem: 'howto' });
  });
  it('reports progress along the path', () => {
    const d = (p: ProblemId): number => (detailsOf(p).length ? 1 : 0);
    expect(progress({ problem: 'howto', detail: 'unsure' })).toEqual({ step: 1 + d('howto'), total: 3 + d('howto') });
    expect(progress({ problem: 'payment', detail: 'unsure', urgent: 'no' })).toEqual({ step: 2 + d('payment'), total: 4 + d('payment') });
  });
  it('lists the questions asked in order', () => {
    const detail = detailsOf('fraud').length ? ['detail'] : [];
    expect(questionPath({ problem: 'fraud', detail: 'unsure', urgent: 'no' })).toEqual(['problem', ...detail, 'urgent', 'region']);
  });
});

describe('allCompleteAnswers', () => {
  const all = allCompleteAnswers();
  /** Answers each follow-up can take: its options, plus "left at its default" when optional. */
  const follow = (asked: number[], optional: number[]): number => asked.reduce((n, k) => n * k, 1) * optional.reduce((n, k) => n * (k + 1), 1);
  const SIZE = { urgent: 2, region: 2, need: 3 } as const;
  it('enumerates every category plan and every concrete problem × every answer to what it asks × every value of what it leaves optional, once', () => {
    let expected = 0;
    for (const problem of PROBLEM_IDS) {
      const a = { problem, detail: 'unsure' as const };
      expected += follow(
        askedAfter(a).map((q) => SIZE[q]),
        [],
      );
      for (const c of detailsOf(problem)) {
        const ca = { problem, detail: c.id };
        expected += follow(
          askedAfter(ca).map((q) => SIZE[q]),
          optionalAfter(ca).map((q) => SIZE[q]),
        );
      }
    }
    expect(all).toHaveLength(expected);
    expect(all.length).toBeGreaterThanOrEqual(3 * 12 + 5 * 6);
    expect(new Set(all.map((a) => JSON.stringify(a))).size).toBe(all.length);
  });
  it('every combination is complete, and every concrete problem in the catalogue is reached', () => {
    for (const a of all) expect(nextQuestion(a)).toBeNull();
    for (const c of CATALOGUE) expect(all.some((a) => a.detail === c.id)).toBe(true);
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
