/**
 * The home page: problem tiles and the entry paths.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { PROBLEMS } from '../data/problems';
import { buildPath } from '../links';
import { concreteById } from '../flow';
import { DETAIL_UNSURE, Lang, ProblemId } from '../types';
import { t } from './common';

/** Every category needs an icon: a missing one fails `tsc`. */
const PROBLEM_ICONS: Readonly<Record<ProblemId, string>> = {
  payment: 'paid',
  fraud: 'warning-o',
  stolen: 'shield-o',
  banned: 'failure',
  login: 'user-o',
  howto: 'question-o',
  report: 'flag-o',
  other: 'ellipsis',
};

export interface ProblemTile {
  id: ProblemId;
  label: string;
  aria: string;
  icon: string;
  path: string;
}

function problemTiles(lang: Lang): ProblemTile[] {
  return PROBLEMS.map((p) => ({
    id: p.id,
    label: t(p.short, lang),
    aria: t(p.label, lang),
    icon: PROBLEM_ICONS[p.id],
    path: buildPath({ page: 'flow', answers: { problem: p.id } }),
  }));
}

export interface HomeView {
  problems: ProblemTile[];
  paths: { freeze: string; fraud: string; flow: string; channels: string; verify: string; notes: string };
}

export function homeView(lang: Lang): HomeView {
  return {
    problems: problemTiles(lang),
    paths: {
      freeze: buildPath({ page: 'channel', id: 'emergency-freeze' }),
      // Money gone: straight to the scam victim's plan when the catalogue has it, else the fraud category at risk now.
      fraud: buildPath({
        page: 'flow',
        answers: concreteById('scam-paid') ? { problem: 'fraud', detail: 'scam-paid' } : { problem: 'fraud', detail: DETAIL_UNSURE, urgent: 'yes' },
      }),
      flow: buildPath({ page: 'flow', answers: {} }),
      channels: buildPath({ page: 'channels' }),
      verify: buildPath({ page: 'verify' }),
      notes: buildPath({ page: 'notes' }),
    },
  };
}
