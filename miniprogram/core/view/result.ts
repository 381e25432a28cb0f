/**
 * The result page: the recommendation for complete answers. A category (or
 * 「不确定 / 其他情况」) gets its channel plan; a concrete problem gets its
 * action plan's steps as decided in decide/steps.ts.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { concreteById } from '../data/catalogue';
import { CHANNEL_BY_ID } from '../data/channels';
import { LINE_BY_ID } from '../data/lines';
import { problemById } from '../data/problems';
import { ConcreteDecision, decide, decideConcrete, Recommendation, StepReason } from '../decide';
import { canonicalAnswers, CanonicalAnswers, concreteOf, nextQuestion, optionalAfter, questionPath, titleFor } from '../flow';
import { channelStatus, UserOffset } from '../hours';
import { buildLink, buildPath, Route } from '../links';
import { str } from '../strings';
import { CatalogueProblem, ChannelId, Fact, Lang, PlanStep, Text } from '../types';
import { cardStatusText, channelCard, ChannelCardView } from './card';
import { optionLabel, t, unconfirmed } from './common';
import { planView, PlanView } from './plan';
import { reasonText, warningText } from './reasons';

function figureText(fact: Fact<Text>, lang: Lang): string {
  return fact.known ? t(fact.value, lang) : str('notConfirmedNoSource', lang);
}

export interface ResultView {
  key: string;
  title: string;
  /** The concrete problem shown, when there is one. */
  concrete: string;
  /** A concrete problem's action plan ("do these in order", "or instead"); absent for a category plan. */
  plan?: PlanView;
  primary: ChannelCardView;
  reasons: string[];
  waitText: string;
  resolutionText: string;
  typicalNote: string;
  materials: Array<{ id: string; text: string }>;
  steps: string[];
  warnings: string[];
  fallbacks: Array<{ id: ChannelId; name: string; statusText: string; path: string }>;
  answered: Array<{ question: string; answer: string; editPath: string }>;
  sharePath: string;
  shareTitle: string;
  restartPath: string;
  notesPath: string;
}

interface Env {
  now: number;
  lang: Lang;
  offset?: UserOffset;
}

/** The answers given, each with the link that changes it; a follow-up the problem did not ask shows its default. */
function answeredRows(answers: CanonicalAnswers, lang: Lang): ResultView['answered'] {
  const asked = questionPath(answers).filter((id) => answers[id] !== undefined);
  const defaults = optionalAfter(answers).filter((q) => answers[q] === undefined);
  const DEFAULT_VALUE = { urgent: 'no', region: 'mainland', need: 'any' } as const;
  return [...asked.map((id) => ({ id, value: answers[id] as string })), ...defaults.map((id) => ({ id, value: DEFAULT_VALUE[id] as string }))].map(
    ({ id, value }) => ({
      question: t(titleFor(id, answers), lang),
      answer: optionLabel(id, value, lang),
      editPath: buildPath({ page: 'flow', answers, edit: id }),
    }),
  );
}

function fallbackRow(id: ChannelId, env: Env): ResultView['fallbacks'][number] {
  const c = CHANNEL_BY_ID[id];
  return {
    id,
    name: t(c.name, env.lang),
    statusText: cardStatusText(c, channelStatus(c, env.now, env.offset), env.lang),
    path: buildPath({ page: 'channel', id }),
  };
}

function shareTitle(label: string, primary: string, lang: Lang): string {
  return lang === 'zh' ? `${label}？先找「${primary}」` : `${label}? Start with ${primary}`;
}

function common(answers: CanonicalAnswers, env: Env): Pick<ResultView, 'key' | 'answered' | 'sharePath' | 'restartPath'> {
  const route: Route = { page: 'result', answers };
  return {
    key: buildLink(route).scene,
    answered: answeredRows(answers, env.lang),
    sharePath: buildPath(route),
    restartPath: buildPath({ page: 'flow', answers: {} }),
  };
}

function categoryView(r: Recommendation, env: Env): ResultView {
  const { lang } = env;
  const primary = channelCard(r.primary, env.now, lang, env.offset, r.answers.region, r.answers.need);
  const title = t(problemById(r.problem).label, lang);
  return {
    ...common(r.answers, env),
    title,
    concrete: '',
    primary,
    reasons: r.reasons.map((x) => reasonText(x, lang)),
    waitText: figureText(r.wait, lang),
    resolutionText: figureText(r.resolution, lang),
    typicalNote: r.figuresTypical ? str('typical', lang) : '',
    materials: r.materials.map((m) => ({ id: m.id, text: t(m.text, lang) })),
    steps: stepLines(r, lang),
    warnings: r.warnings.map((w) => warningText(w, lang)),
    fallbacks: r.fallbacks.map((id) => fallbackRow(id, env)),
    shareTitle: shareTitle(title, primary.name, lang),
    notesPath: buildPath({ page: 'notes', channel: r.primary, problem: r.problem }),
  };
}

function whoOf(s: PlanStep, lang: Lang): string {
  if (s.channel !== undefined) return t(CHANNEL_BY_ID[s.channel].name, lang);
  return s.line !== undefined ? t(LINE_BY_ID[s.line].name, lang) : '';
}

/** One sentence per step reason, from the strings table with the step's contact filled in. */
function stepReasonText(reason: StepReason, steps: readonly PlanStep[], lang: Lang): string {
  const step = steps.find((s) => s.id === reason.step);
  const who = step ? whoOf(step, lang) : reason.step;
  switch (reason.code) {
    case 'call-left-out':
      return str('stepCallLeftOut', lang, { who });
    case 'kept-for-safety':
      return str(reason.because === 'text-only' ? 'stepKeptTextOnly' : 'stepKeptSituation', lang, { who });
    case 'abroad-moved':
      return str('stepAbroadMoved', lang, { who });
  }
}

/** The channel of the first step to do in order that names one (the freeze for a stolen account, 95017 after a wrong transfer). */
function firstContactChannel(steps: readonly PlanStep[]): ChannelId | undefined {
  return steps.find((s) => s.channel !== undefined && !s.alternative)?.channel ?? steps.find((s) => s.channel !== undefined)?.channel;
}

function concreteView(d: ConcreteDecision, fallback: Recommendation, env: Env): ResultView {
  const { lang } = env;
  const problem: CatalogueProblem = d.problem;
  const primaryId = firstContactChannel(d.steps) ?? fallback.primary;
  const primary = channelCard(primaryId, env.now, lang, env.offset, d.answers.region, d.answers.need);
  const others = d.steps.map((s) => s.channel).filter((id): id is ChannelId => id !== undefined && id !== primaryId);
  const title = t(problem.label, lang);
  const typical = problem.typicalTime;
  return {
    ...common(d.answers, env),
    title,
    concrete: problem.id,
    primary,
    reasons: d.reasons.map((r) => stepReasonText(r, d.steps, lang)),
    waitText: primary.waitText,
    resolutionText: typical ? figureText(typical, lang) : str('notConfirmedNoSource', lang),
    typicalNote: typical && typical.known && typical.typical ? str('typical', lang) : '',
    materials: d.materials.map((m) => ({ id: m.id, text: t(m.text, lang) })),
    // The plan component shows the steps; the plain list stays empty.
    steps: [],
    plan: planView(d.steps, {
      now: env.now,
      lang,
      offset: env.offset,
      region: d.answers.region ?? 'mainland',
      need: d.answers.need ?? 'any',
      answers: d.answers,
    }),
    warnings: [...d.warnings.map((w) => warningText(w, lang)), ...d.notes.map((n) => t(n, lang))],
    fallbacks: others.filter((id, i) => others.indexOf(id) === i).map((id) => fallbackRow(id, env)),
    shareTitle: shareTitle(title, primary.name, lang),
    notesPath: buildPath({ page: 'notes', channel: primaryId, problem: problem.category }),
  };
}

/** The primary channel's steps; where no reliable source gives them, the card's 「未确认」 note says why (and the usual path). */
function stepLines(r: Recommendation, lang: Lang): string[] {
  if (r.steps.length) return r.steps.map((s) => t(s, lang));
  const own = CHANNEL_BY_ID[r.primary].steps;
  return own.known ? [] : [unconfirmed(own.note, lang)];
}

export function resultView(input: Parameters<typeof canonicalAnswers>[0], now: number, lang: Lang, userOffsetMinutes?: UserOffset): ResultView | null {
  // Canonicalised once here; everything below reads `answers` as it is.
  const answers = canonicalAnswers(input);
  if (nextQuestion(answers) !== null) return null;
  const env: Env = { now, lang, offset: userOffsetMinutes };
  const category = decide(answers, now);
  const entry = concreteOf(answers);
  const concrete = entry && concreteById(entry.id);
  return concrete ? concreteView(decideConcrete(answers, concrete, now), category, env) : categoryView(category, env);
}
