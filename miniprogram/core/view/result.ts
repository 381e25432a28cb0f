/**
 * The result page: the recommendation for complete answers.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { CHANNEL_BY_ID } from '../data/channels';
import { problemById } from '../data/problems';
import { QUESTIONS, questionPath } from '../flow';
import { channelStatus, UserOffset } from '../hours';
import { buildLink, buildPath, Route } from '../links';
import { recommend } from '../recommend';
import { str } from '../strings';
import { Answers, ChannelId, Lang } from '../types';
import { cardStatusText, channelCard, ChannelCardView } from './card';
import { optionLabel, t } from './common';

export interface ResultView {
  key: string;
  title: string;
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

export function resultView(input: Answers, now: number, lang: Lang, userOffsetMinutes?: UserOffset): ResultView | null {
  const r = recommend(input, now);
  if (!r) return null;
  const answers = r.answers;
  const primary = channelCard(r.primary, now, lang, userOffsetMinutes, r.answers.region, r.answers.need);
  const problem = problemById(answers.problem ?? 'other');
  const route: Route = { page: 'result', answers };
  return {
    key: buildLink(route).scene,
    title: t(problem.label, lang),
    primary,
    reasons: r.reasons.map((x) => t(x, lang)),
    waitText: t(r.wait, lang),
    resolutionText: t(r.resolution, lang),
    typicalNote: r.figuresTypical ? str('typical', lang) : '',
    materials: r.materials.map((m) => ({ id: m.id, text: t(m.text, lang) })),
    steps: r.steps.map((s) => t(s, lang)),
    warnings: r.warnings.map((w) => t(w, lang)),
    fallbacks: r.fallbacks.map((id) => {
      const c = CHANNEL_BY_ID[id];
      return { id, name: t(c.name, lang), statusText: cardStatusText(c, channelStatus(c, now, userOffsetMinutes), lang), path: buildPath({ page: 'channel', id }) };
    }),
    answered: questionPath(answers)
      .filter((id) => answers[id] !== undefined)
      .map((id) => ({
        question: t(QUESTIONS[id].title, lang),
        answer: optionLabel(id, answers[id] as string, lang),
        editPath: buildPath({ page: 'flow', answers, edit: id }),
      })),
    sharePath: buildPath(route),
    shareTitle:
      lang === 'zh'
        ? `${t(problem.label, lang)}？先找「${primary.name}」`
        : `${t(problem.label, lang)}? Start with ${primary.name}`,
    restartPath: buildPath({ page: 'flow', answers: {} }),
    notesPath: buildPath({ page: 'notes', channel: r.primary, problem: answers.problem }),
  };
}
