/**
 * The notes page: the form's options and label width, and the notebook as cases with their follow-up clock.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { followLinkOf } from '../follow';
import { Case, CaseKey, caseClock, CASE_NONE, contactKindOf, dueFollowUps, groupCases } from '../case';
import { ClockStep, clockLine, CONTACT_KINDS, ContactKind, Outcome, OUTCOMES } from '../clock';
import { ENTRIES } from '../data/catalogue/entries';
import { CHANNEL_BY_ID, CHANNELS } from '../data/channels';
import { PROBLEMS } from '../data/problems';
import { UserOffset } from '../hours';
import { maskSensitive } from '../mask';
import { Note, noteViews, NoteView } from '../notes';
import { str, StringKey } from '../strings';
import { ChannelId, Lang } from '../types';
import { t } from './common';

export function channelOptions(lang: Lang): Array<{ id: ChannelId; name: string }> {
  return CHANNELS.map((c) => ({ id: c.id, name: t(c.name, lang) }));
}

/**
 * Width of a form's label column (Vant's `title-width`) so the longest label stays on one line: Chinese and
 * other full-width characters count 1 em, anything else a generous 0.62 em, plus 0.5 em to spare. In em, so
 * it grows with the font in care mode.
 */
export function labelWidth(labels: readonly string[]): string {
  const em = (s: string): number => [...s].reduce((sum, ch) => sum + (/[\u1100-\uffdc]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 1 : 0.62), 0);
  const widest = Math.max(4, ...labels.map((l) => em(l) + 0.5));
  return `${Math.ceil(widest * 10) / 10}em`;
}

// ---- cases (issue 14): the notebook grouped by problem, with the follow-up clock of each ----------------

/** A case key in a page path: `/pages/notes/index?case=<key>&add=1` opens the form for that case. */
export const notesCasePath = (key: CaseKey): string => `/pages/notes/index?case=${key}&add=1`;
/** The complaint text generator's page for a case. */
export const complaintPath = (key: CaseKey): string => `/pages/complaint/index?case=${key}`;

const KIND_KEYS: Readonly<Record<ContactKind, StringKey>> = {
  'merchant-complaint': 'kindMerchantComplaint',
  'merchant-reply': 'kindMerchantReply',
  operator: 'kindOperator',
  tenpay: 'kindTenpay',
  business: 'kindBusiness',
  '12315': 'kind12315',
  '12300': 'kind12300',
  '12363': 'kind12363',
  '110': 'kind110',
};
const OUTCOME_KEYS: Readonly<Record<Outcome, StringKey>> = {
  none: 'outcomeNone',
  answered: 'outcomeAnswered',
  unhappy: 'outcomeUnhappy',
  refused: 'outcomeRefused',
  resolved: 'outcomeResolved',
};
type StepState = ClockStep['state'];
const STATE_KEYS: Readonly<Record<StepState, StringKey>> = {
  waiting: 'clockWaiting',
  available: 'clockAvailable',
  overdue: 'clockOverdue',
  closed: 'clockClosed',
};
/** Each state has its word and its icon as well as its colour. */
const STATE_ICONS: Readonly<Record<StepState, string>> = { waiting: 'clock-o', available: 'arrow', overdue: 'warning-o', closed: 'close' };

export const kindName = (kind: ContactKind, lang: Lang): string => str(KIND_KEYS[kind], lang);

export interface Option<K extends string> {
  id: K;
  name: string;
}

export function kindOptions(lang: Lang): Array<Option<ContactKind>> {
  return CONTACT_KINDS.map((id) => ({ id, name: kindName(id, lang) }));
}

export function outcomeOptions(lang: Lang): Array<Option<Outcome>> {
  return OUTCOMES.map((id) => ({ id, name: str(OUTCOME_KEYS[id], lang) }));
}

/** The case's name: the concrete problem's label, the category's, or 「未归类」. */
export function caseTitle(key: CaseKey, lang: Lang): string {
  if (key === CASE_NONE) return str('noteCaseNone', lang);
  const entry = ENTRIES.find((e) => e.id === key);
  if (entry) return t(entry.label, lang);
  const problem = PROBLEMS.find((p) => p.id === key);
  return problem ? t(problem.label, lang) : str('noteCaseNone', lang);
}

/** The form's case picker: 「未归类」, then each category's concrete problems and the category itself. */
export function caseOptions(lang: Lang): Array<Option<CaseKey>> {
  const out: Array<Option<CaseKey>> = [{ id: CASE_NONE, name: str('noteCaseNone', lang) }];
  const sep = ' · ';
  for (const p of PROBLEMS) {
    for (const e of ENTRIES) if (e.category === p.id) out.push({ id: e.id, name: `${t(p.short, lang)}${sep}${t(e.label, lang)}` });
    out.push({ id: p.id, name: `${t(p.short, lang)}${sep}${str('noteCaseOther', lang)}` });
  }
  return out;
}

export interface ContactView extends NoteView {
  /** Who was reached (from the channel when the note does not say) and what came of it. */
  who: string;
  outcome: string;
  resolved: boolean;
}

export interface ClockLineView {
  id: string;
  state: StepState;
  word: string;
  icon: string;
  text: string;
}

export interface CaseView {
  key: CaseKey;
  title: string;
  count: string;
  contacts: ContactView[];
  clock: ClockLineView[];
  /** The case has a next step a family member can follow (core/follow.ts): the 「请家人帮忙看看」 share button. */
  canShare: boolean;
}

export interface DueView {
  id: string;
  key: CaseKey;
  text: string;
  aria: string;
}

export interface NotebookView {
  cases: CaseView[];
  due: DueView[];
}

/** What the page needs to know about the moment: the clock, the user's zone, the phone's local date. */
export interface NotebookTime {
  now: number;
  offset: UserOffset;
  today: string;
}

function clockLines(c: Case, time: NotebookTime, lang: Lang): ClockLineView[] {
  return caseClock(c, time.now, time.offset).map((step, i) => ({
    id: `${step.id}-${i}`,
    state: step.state,
    word: str(STATE_KEYS[step.state], lang),
    icon: STATE_ICONS[step.state],
    text: clockLine(step, time.now, time.offset, lang),
  }));
}

function contactViews(c: Case, lang: Lang, today: string): ContactView[] {
  const views = noteViews(c.notes, lang, today);
  return views.map((v) => {
    const n = c.notes.find((x) => x.id === v.id) as Note;
    const outcome = n.outcome ?? 'none';
    return { ...v, who: kindName(contactKindOf(n), lang), outcome: str(OUTCOME_KEYS[outcome], lang), resolved: outcome === 'resolved' };
  });
}

/** The due follow-ups as lines: what to do now, and for which case. */
function dueViews(notes: readonly Note[], time: NotebookTime, lang: Lang): DueView[] {
  const colon = str('colon', lang);
  return dueFollowUps(notes, time.now, time.offset, time.today).map((d, i) => {
    const title = caseTitle(d.key, lang);
    const what =
      d.kind === 'step'
        ? clockLine(d.step, time.now, time.offset, lang)
        : str('dueRemind', lang, { what: maskSensitive(d.note.next) || CHANNEL_BY_ID[d.note.channel].name[lang] });
    return { id: `due-${i}`, key: d.key, text: `${title}${colon}${what}`, aria: `${str('dueOpen', lang, { case: title })} ${what}` };
  });
}

/** The notebook: cases (latest contact first, 「未归类」 last), each contact newest first, and what is due now. */
export function notebookView(notes: readonly Note[], time: NotebookTime, lang: Lang): NotebookView {
  const cases = groupCases(notes).map((c) => ({
    key: c.key,
    title: caseTitle(c.key, lang),
    count: str('caseContacts', lang, { n: c.notes.length }),
    contacts: contactViews(c, lang, time.today),
    clock: clockLines(c, time, lang),
    canShare: followLinkOf(c, time.now, time.offset) !== null,
  }));
  return { cases, due: dueViews(notes, time, lang) };
}
