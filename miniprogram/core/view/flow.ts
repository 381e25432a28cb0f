/**
 * The flow page: one question, its options, and the answers given so far.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { canonicalAnswers, nextQuestion, optionalAfter, optionsFor, progress, QUESTIONS, questionPath, titleFor, withAnswer } from '../flow';
import { buildPath } from '../links';
import { str } from '../strings';
import { Answers, Lang, QUESTION_IDS, QuestionId } from '../types';
import { optionLabel, t } from './common';

export interface FlowView {
  question: { id: QuestionId; title: string; help: string };
  options: Array<{ id: string; label: string; hint: string; selected: boolean; recommended: boolean; path: string }>;
  stepText: string;
  percent: number;
  answered: Array<{ question: string; answer: string; editPath: string }>;
  backPath: string;
  /** "上一步", or "回到首页" on the first question. */
  backLabel: string;
  /** Start again is offered only once something has been answered. */
  canRestart: boolean;
  restartPath: string;
}

/** A question can be changed when it is answered, or when it is a follow-up the problem left to its default. */
function canEdit(answers: Answers, q: QuestionId): boolean {
  return answers[q] !== undefined || (optionalAfter(answers) as readonly QuestionId[]).indexOf(q) >= 0;
}

/** Where a choice leads: the next question, or the result once the answers are complete. */
function afterChoice(answers: Answers): string {
  return nextQuestion(answers) === null ? buildPath({ page: 'result', answers }) : buildPath({ page: 'flow', answers });
}

/**
 * Where "back" goes: home from the first question; while changing an answer,
 * to change the one before it (keeping every answer); otherwise to the
 * question before, dropping its answer.
 */
function backPathOf(answers: Answers, path: readonly QuestionId[], index: number, editing: boolean): string {
  if (index <= 0) return buildPath({ page: 'home' });
  const previous = path[index - 1];
  if (editing && previous !== undefined) return buildPath({ page: 'flow', answers, edit: previous });
  const backAnswers: Answers = {};
  for (const id of path.slice(0, Math.max(index - 1, 0))) if (answers[id] !== undefined) (backAnswers as Record<string, string>)[id] = answers[id] as string;
  return buildPath({ page: 'flow', answers: backAnswers });
}

/** In care mode the simplest path is suggested (listed first, marked recommended) when the `need` question comes up. */
export function flowView(input: Answers, lang: Lang, edit?: QuestionId, care = false): FlowView {
  const answers = canonicalAnswers(input);
  const current: QuestionId = edit && canEdit(answers, edit) ? edit : (nextQuestion(answers) ?? 'need');
  const q = QUESTIONS[current];
  const asked = questionPath(answers);
  // A follow-up the problem did not ask (changed from the result page) sits at the end of the path.
  const path = asked.indexOf(current) < 0 ? [...asked, current] : asked;
  const p = progress(answers);
  const index = path.indexOf(current);
  const step = index + 1;
  return {
    question: { id: q.id, title: t(titleFor(current, answers), lang), help: t(q.help, lang) },
    options: optionsFor(current, answers)
      .map((o) => ({
        id: o.id,
        label: t(o.label, lang),
        hint: o.hint ? t(o.hint, lang) : '',
        selected: answers[current] === o.id,
        recommended: care && current === 'need' && o.id === 'simple',
        path: afterChoice(withAnswer(answers, current, o.id)),
      }))
      .sort((a, b) => Number(b.recommended) - Number(a.recommended)),
    stepText: str('stepOf', lang, { step, total: p.total }),
    // The bar shows where you are: step 1 of 4 is a quarter, the last step is full.
    percent: Math.round((Math.max(step, 1) / p.total) * 100),
    answered: path
      .filter((id) => answers[id] !== undefined && id !== current)
      .map((id) => ({
        question: t(titleFor(id, answers), lang),
        answer: optionLabel(id, answers[id] as string, lang),
        editPath: buildPath({ page: 'flow', answers, edit: id }),
      })),
    backLabel: index <= 0 ? str('backHome', lang) : str('back', lang),
    canRestart: QUESTION_IDS.some((id) => answers[id] !== undefined),
    // While changing an answer, "back" changes the one before it and keeps every answer given.
    backPath: backPathOf(answers, path, index, edit !== undefined && canEdit(answers, edit)),
    restartPath: buildPath({ page: 'flow', answers: {} }),
  };
}
