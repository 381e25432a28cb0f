/**
 * The guided questions, in the manner of GOV.UK smart answers: category →
 * concrete problem (or 「不确定 / 其他情况」, which keeps the category plan) →
 * only the follow-up questions that problem asks, worded for it. The path is
 * data (the catalogue's `asks`, the category's `urgency`); no policy lives
 * here, the outcome is computed in `decide/`.
 */
import { ENTRIES } from './data/catalogue/entries';
import { PROBLEMS, problemById } from './data/problems';
import { Answers, CatalogueEntry, DETAIL_UNSURE, FollowUpId, ProblemId, QuestionId, Text } from './types';

/** The value an answer to question `Q` can take. */
export type AnswerValue<Q extends QuestionId> = NonNullable<Answers[Q]>;

/** An option of question `Q`: its id must be one of that question's values, or `tsc` fails. */
export interface Option<Q extends QuestionId = QuestionId> {
  id: AnswerValue<Q>;
  label: Text;
  hint?: Text;
}

export interface Question<Q extends QuestionId = QuestionId> {
  id: Q;
  title: Text;
  help: Text;
  /** Every valid option; `optionsFor` gives the ones offered for given answers (a category's problems). */
  options: ReadonlyArray<Option<Q>>;
}

const FOLLOW_UPS: readonly FollowUpId[] = ['urgent', 'region', 'need'];
const CONCRETE_BY_ID: ReadonlyMap<string, CatalogueEntry> = new Map(ENTRIES.map((c) => [c.id, c]));

const UNSURE_OPTION: Option<'detail'> = {
  id: DETAIL_UNSURE,
  label: { zh: '不确定 / 其他情况', en: 'Not sure / something else' },
  hint: { zh: '按这一类问题的一般办法处理', en: 'The general plan for this kind of problem' },
};

function detailOption(c: CatalogueEntry): Option<'detail'> {
  return { id: c.id, label: c.label, hint: c.hint };
}

/** The concrete problems of a category that the catalogue has (none while it is being filled in). */
export function detailsOf(category: ProblemId): readonly CatalogueEntry[] {
  return DETAILS.get(category) ?? [];
}
const DETAILS: ReadonlyMap<ProblemId, readonly CatalogueEntry[]> = new Map(PROBLEMS.map((p) => [p.id, ENTRIES.filter((c) => c.category === p.id)]));

/** The concrete problem of a category for an id (a link may carry it alone), when the catalogue has it. */
export function concreteById(id: string): CatalogueEntry | undefined {
  return CONCRETE_BY_ID.get(id);
}

/** The concrete problem these answers chose, when it belongs to their category. */
export function concreteOf(answers: Answers): CatalogueEntry | undefined {
  const detail = answers.detail;
  if (answers.problem === undefined || detail === undefined || detail === DETAIL_UNSURE) return undefined;
  const c = CONCRETE_BY_ID.get(detail);
  return c && c.category === answers.problem ? c : undefined;
}

function detailFits(answers: Answers): boolean {
  return answers.detail === DETAIL_UNSURE || concreteOf(answers) !== undefined;
}

/** A stop-loss problem that is always urgent asks nothing before its plan; others ask urgency (when asked for), region and need. */
export function asksOf(c: CatalogueEntry): readonly FollowUpId[] {
  if (c.asks) return c.asks;
  if (c.flags?.stopLoss && c.urgency === 'always') return [];
  return c.urgency === 'ask' ? FOLLOW_UPS : ['region', 'need'];
}

/** The follow-up questions asked for these answers, in order. */
export function askedAfter(answers: Answers): readonly FollowUpId[] {
  const c = concreteOf(answers);
  if (c) return asksOf(c);
  return problemById(answers.problem ?? 'other').urgency === 'ask' ? FOLLOW_UPS : ['region', 'need'];
}

/** Follow-ups a concrete problem does not ask first: they keep their defaults and can be answered from the result page. */
export function optionalAfter(answers: Answers): readonly FollowUpId[] {
  const c = concreteOf(answers);
  if (!c) return [];
  const asked = askedAfter(answers);
  return FOLLOW_UPS.filter((q) => asked.indexOf(q) < 0 && (q !== 'urgent' || c.urgency === 'ask'));
}

export const QUESTIONS: { readonly [Q in QuestionId]: Question<Q> } = {
  problem: {
    id: 'problem',
    title: { zh: '遇到了什么问题？', en: 'What happened?' },
    help: { zh: '选最接近的一项，之后还能改。', en: 'Pick the closest one; you can change it later.' },
    options: PROBLEMS.map((p) => ({ id: p.id, label: p.label, hint: p.hint })),
  },
  detail: {
    id: 'detail',
    title: { zh: '具体是哪种情况？', en: 'Which of these is it?' },
    help: { zh: '选最接近的一项；都不像就选“不确定 / 其他情况”。', en: 'Pick the closest; if none fits, choose "Not sure / something else".' },
    options: [...ENTRIES.map(detailOption), UNSURE_OPTION],
  },
  urgent: {
    id: 'urgent',
    title: { zh: '钱或账号现在还有风险吗？', en: 'Is money or your account at risk right now?' },
    help: {
      zh: '比如钱还在被转走、对方还在催你操作、账号还登录在陌生设备上。',
      en: 'For example money is still leaving, someone is pushing you to act, or your account is signed in on a device you do not know.',
    },
    options: [
      {
        id: 'yes',
        label: { zh: '是，正在发生', en: 'Yes, it is happening now' },
        hint: { zh: '先止损，再处理', en: 'Stop the loss first, then sort it out' },
      },
      {
        id: 'no',
        label: { zh: '没有，已经过去了', en: 'No, it is over' },
        hint: { zh: '按常规渠道处理', en: 'Use the usual channels' },
      },
    ],
  },
  region: {
    id: 'region',
    title: { zh: '你现在在哪里？', en: 'Where are you now?' },
    help: {
      zh: '在境外时，部分热线拨不通，会优先推荐国际渠道。',
      en: 'Abroad, some hotlines cannot be dialled, so international routes come first.',
    },
    options: [
      { id: 'mainland', label: { zh: '中国大陆', en: 'Mainland China' } },
      {
        id: 'overseas',
        label: { zh: '境外（含港澳台）', en: 'Outside mainland China' },
        hint: { zh: '时间按你的时区显示', en: 'Times shown in your time zone' },
      },
    ],
  },
  need: {
    id: 'need',
    title: { zh: '你希望怎么联系？', en: 'How would you like to get in touch?' },
    help: {
      zh: '不方便打电话，或想要步骤最少的方式，都可以在这里选。',
      en: 'If phoning is hard for you, or you want the fewest steps, choose it here.',
    },
    options: [
      { id: 'any', label: { zh: '都可以', en: 'Any way' } },
      {
        id: 'text',
        label: { zh: '只能打字', en: 'Text only' },
        hint: { zh: '不方便接打电话', en: 'I cannot phone' },
      },
      {
        id: 'simple',
        label: { zh: '越简单越好', en: 'As simple as possible' },
        hint: { zh: '步骤最少，适合长辈', en: 'Fewest steps, good for older users' },
      },
    ],
  },
};

/** Valid values of each question, derived from its options (what the page shows is what is valid). */
const OPTION_IDS: Readonly<Record<QuestionId, readonly string[]>> = {
  problem: QUESTIONS.problem.options.map((o) => o.id),
  detail: QUESTIONS.detail.options.map((o) => o.id),
  urgent: QUESTIONS.urgent.options.map((o) => o.id),
  region: QUESTIONS.region.options.map((o) => o.id),
  need: QUESTIONS.need.options.map((o) => o.id),
};

export function isValidAnswer(question: QuestionId, value: unknown): boolean {
  return typeof value === 'string' && OPTION_IDS[question].indexOf(value) >= 0;
}

/** The options offered for question `q` after these answers: a category offers only its own problems. */
export function optionsFor<Q extends QuestionId>(q: Q, answers: Answers): ReadonlyArray<Option<Q>> {
  if (q !== 'detail') return QUESTIONS[q].options;
  const details = detailsOf(answers.problem ?? 'other').map(detailOption);
  return [...details, UNSURE_OPTION] as unknown as ReadonlyArray<Option<Q>>;
}

/** The title of question `q` for these answers: worded for the concrete problem when it says so. */
export function titleFor(q: QuestionId, answers: Answers): Text {
  const c = concreteOf(answers);
  const own = c && q !== 'problem' && q !== 'detail' ? c.questions?.[q] : undefined;
  return own ?? QUESTIONS[q].title;
}

/**
 * The questions on the path for these answers, in order, up to and including
 * the first unanswered one; then any optional follow-up already answered.
 */
export function questionPath(answers: Answers): QuestionId[] {
  const path: QuestionId[] = ['problem'];
  if (answers.problem === undefined) return path;
  if (detailsOf(answers.problem).length) {
    path.push('detail');
    if (!detailFits(answers)) return path;
  }
  for (const q of askedAfter(answers)) {
    path.push(q);
    if (answers[q] === undefined) return path;
  }
  for (const q of optionalAfter(answers)) if (answers[q] !== undefined) path.push(q);
  return path;
}

/** The next question to ask, or `null` when the answers are enough for a recommendation. */
export function nextQuestion(answers: Answers): QuestionId | null {
  const canonical = canonicalAnswers(answers);
  const path = questionPath(canonical);
  const last = path[path.length - 1] ?? 'problem';
  return canonical[last] === undefined ? last : null;
}

declare const CANONICAL: unique symbol;
/** Answers that went through `canonicalAnswers`: the decision and the views take only these. */
export type CanonicalAnswers = Readonly<Answers> & { readonly [CANONICAL]: true };

/** Every object `canonicalAnswers` returned: canonicalising one again is a lookup, not a walk. */
const CANONICAL_SET = new WeakSet<object>();

/** Keeps only the answers that lie on the path the flow actually asks. Idempotent; the result is frozen. */
export function canonicalAnswers(answers: Answers): CanonicalAnswers {
  if (CANONICAL_SET.has(answers)) return answers as CanonicalAnswers;
  const out: Answers = {};
  for (const q of questionPath(answers)) {
    const value = answers[q];
    if (value !== undefined && setAnswer(out, q, value) && q === 'detail' && !detailFits(out)) delete out.detail;
  }
  Object.freeze(out);
  CANONICAL_SET.add(out);
  return out as CanonicalAnswers;
}

/** Sets one answer (type-checked against the question's options). Returns false when invalid. */
function setAnswer(answers: Answers, question: QuestionId, value: string): boolean {
  if (!isValidAnswer(question, value)) return false;
  (answers as Record<QuestionId, string>)[question] = value;
  return true;
}

/** Answers with `question` changed, and everything no longer on the path dropped. */
export function withAnswer(answers: Answers, question: QuestionId, value: string): CanonicalAnswers {
  const next: Answers = { ...answers };
  if (!setAnswer(next, question, value)) return canonicalAnswers(answers);
  return canonicalAnswers(next);
}

/** How far along the flow is: answered questions out of the questions on this path. */
export function progress(answers: Answers): { step: number; total: number } {
  const canonical = canonicalAnswers(answers);
  // The full path once every question on it is answered with a representative value.
  const filled: Answers = { ...canonical };
  let q = nextQuestion(filled);
  while (q) {
    const first = optionsFor(q, filled)[0];
    if (!first) break;
    setAnswer(filled, q, first.id);
    q = nextQuestion({ ...filled });
  }
  const total = questionPath(filled).length;
  const step = questionPath(canonical).filter((id) => canonical[id] !== undefined).length;
  return { step, total };
}

/** Every value an optional follow-up can take, absent first. */
function withOptionals(answers: CanonicalAnswers): CanonicalAnswers[] {
  let out: CanonicalAnswers[] = [answers];
  for (const q of optionalAfter(answers)) {
    const next: CanonicalAnswers[] = [];
    for (const a of out) next.push(a, ...OPTION_IDS[q].map((v) => withAnswer(a, q, v)));
    out = next;
  }
  return out;
}

/**
 * Every complete, canonical answer combination: every category and concrete
 * problem × every answer to what it asks × every value of what it leaves optional.
 */
export function allCompleteAnswers(): CanonicalAnswers[] {
  const out: CanonicalAnswers[] = [];
  const walk = (answers: CanonicalAnswers): void => {
    const q = nextQuestion(answers);
    if (!q) {
      out.push(...withOptionals(answers));
      return;
    }
    for (const option of optionsFor(q, answers)) walk(withAnswer(answers, q, option.id));
  };
  walk(canonicalAnswers({}));
  return out;
}

export function optionIds(question: QuestionId): readonly string[] {
  return OPTION_IDS[question];
}
