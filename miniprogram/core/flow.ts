/**
 * The guided questions, in the manner of GOV.UK smart answers: each question
 * lists its options and one `next` rule. No policy lives here; the outcome
 * is computed in `decide/`.
 */
import { PROBLEMS, problemById } from './data/problems';
import { Answers, QUESTION_IDS, QuestionId, Text } from './types';

/** The value an answer to question `Q` can take. */
export type AnswerValue<Q extends QuestionId> = NonNullable<Answers[Q]>;

/** An option of question `Q`: its id must be one of that question's values, or `tsc` fails. */
export interface Option<Q extends QuestionId = QuestionId> {
  id: AnswerValue<Q>;
  label: Text;
  hint?: Text;
}

/** Where a question leads: another question, or the recommendation. */
export type Next = QuestionId | 'result';

export interface Question<Q extends QuestionId = QuestionId> {
  id: Q;
  title: Text;
  help: Text;
  options: ReadonlyArray<Option<Q>>;
  next(answers: Answers): Next;
}

function afterProblem(answers: Answers): Next {
  const problem = answers.problem ? problemById(answers.problem) : undefined;
  return problem && problem.urgency === 'ask' ? 'urgent' : 'region';
}

export const QUESTIONS: { readonly [Q in QuestionId]: Question<Q> } = {
  problem: {
    id: 'problem',
    title: { zh: '遇到了什么问题？', en: 'What happened?' },
    help: { zh: '选最接近的一项，之后还能改。', en: 'Pick the closest one; you can change it later.' },
    options: PROBLEMS.map((p) => ({ id: p.id, label: p.label, hint: p.hint })),
    next: afterProblem,
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
    next: () => 'region',
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
    next: () => 'need',
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
    next: () => 'result',
  },
};

/** Valid values of each question, derived from its options (what the page shows is what is valid). */
const OPTION_IDS: Readonly<Record<QuestionId, readonly string[]>> = {
  problem: QUESTIONS.problem.options.map((o) => o.id),
  urgent: QUESTIONS.urgent.options.map((o) => o.id),
  region: QUESTIONS.region.options.map((o) => o.id),
  need: QUESTIONS.need.options.map((o) => o.id),
};

export function isValidAnswer(question: QuestionId, value: unknown): boolean {
  return typeof value === 'string' && OPTION_IDS[question].indexOf(value) >= 0;
}

/** The questions asked for these answers, in order, up to and including the first unanswered one. */
export function questionPath(answers: Answers): QuestionId[] {
  const path: QuestionId[] = [];
  let node: Next = 'problem';
  while (node !== 'result' && path.length <= QUESTION_IDS.length) {
    path.push(node);
    if (answers[node] === undefined) break;
    node = QUESTIONS[node].next(answers);
  }
  return path;
}

/** The next question to ask, or `null` when the answers are enough for a recommendation. */
export function nextQuestion(answers: Answers): QuestionId | null {
  const path = questionPath(answers);
  const last = path[path.length - 1];
  return answers[last] === undefined ? last : null;
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
    if (value !== undefined) setAnswer(out, q, value);
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
    setAnswer(filled, q, OPTION_IDS[q][0]);
    q = nextQuestion(filled);
  }
  const total = questionPath(filled).length;
  const step = Object.keys(canonical).length;
  return { step, total };
}

/** Every complete, canonical answer combination the flow can produce. */
export function allCompleteAnswers(): CanonicalAnswers[] {
  const out: CanonicalAnswers[] = [];
  const walk = (answers: CanonicalAnswers): void => {
    const q = nextQuestion(answers);
    if (!q) {
      out.push(answers);
      return;
    }
    for (const option of OPTION_IDS[q]) walk(withAnswer(answers, q, option));
  };
  walk(canonicalAnswers({}));
  return out;
}

export function optionIds(question: QuestionId): readonly string[] {
  return OPTION_IDS[question];
}
