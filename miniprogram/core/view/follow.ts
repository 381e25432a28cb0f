/**
 * The follow page ("help a parent"): what a family member sees when they open a shared follow link on their
 * own phone — what the case is about, the next step in plain words, its date, how to reach the line, the
 * plan, and what scammers ask for. Built from the link's ids and date alone (core/follow.ts): nothing about
 * the person who shared it is known here.
 * Pure: `today` (the phone's local date) and the language come in as arguments.
 */
import { CHANNEL_BY_ID } from '../data/channels';
import { ENTRIES } from '../data/catalogue/entries';
import { LINE_BY_ID } from '../data/lines';
import { PROBLEMS } from '../data/problems';
import { FollowError, FollowLink } from '../follow';
import { CASE_NONE, categoryOf } from '../case';
import { StepId } from '../clock';
import { buildPath } from '../links';
import { str, StringKey } from '../strings';
import { ConcreteId, Lang, LineId, ProblemId, PROBLEM_IDS } from '../types';

export interface FollowAction {
  id: 'call' | 'call-110' | 'call-95017';
  text: string;
  /** The number to dial. */
  value: string;
}

export interface FollowOkView {
  kind: 'ok';
  /** 「这件事：商家不给退款」 */
  about: string;
  /** What to do now, or what to wait for. */
  step: string;
  /** True when the step is someone else's to take (the family waits). */
  waiting: boolean;
  /** 「截止 12 月 3 日」, 「12 月 10 日起可以申诉」, 「已过期限：截止 …」; empty when the link has no date. */
  dateLine: string;
  pastDue: boolean;
  /** Who to contact: the line's name (empty for steps taken inside WeChat). */
  lineName: string;
  /** 「电话：12363」, 「电话：未确认」, or where in WeChat the step is taken. */
  reach: string;
  /** The line's notes (for an unconfirmed number: why). */
  reachNotes: string[];
  actions: FollowAction[];
  /** The plan's flow page, or empty for a case without a problem. */
  planPath: string;
  safety: string;
  /** For scam cases: 110 and 95017 first. */
  fraud: string;
}

export interface FollowErrorView {
  kind: 'error';
  error: FollowError;
  message: string;
  hint: string;
  homePath: string;
}

export type FollowView = FollowOkView | FollowErrorView;

/** The government line of each step taken outside WeChat. */
const STEP_LINE: Readonly<Partial<Record<StepId, LineId>>> = {
  '12300': 'miit-12300',
  '12315': 'consumer-12315',
  '12315-accept': 'consumer-12315',
  '12363': 'pboc-12363',
  '110': 'police-110',
  '96110': 'anti-fraud-96110',
};

const STEP_TEXT: Readonly<Record<StepId, StringKey>> = {
  'merchant-reply': 'followStepMerchantReply',
  'merchant-resolve': 'followStepMerchantResolve',
  'pay-intervene': 'followStepPayIntervene',
  '12300': 'followStep12300',
  '12315': 'followStep12315',
  '12315-accept': 'followStep12315Accept',
  '12363': 'followStep12363',
  '110': 'followStep110',
  '96110': 'followStep96110',
};

/** Steps where the family waits for someone else (the merchant, 12315); the rest they can take. */
const WAITING: readonly StepId[] = ['merchant-reply', 'merchant-resolve', '12315-accept'];

const ERROR_TEXT: Readonly<Record<FollowError, StringKey>> = {
  version: 'followErrorVersion',
  case: 'followErrorCase',
  step: 'followErrorStep',
  date: 'followErrorDate',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 「12 月 3 日」 (with the year when it is not this year's), 「约 …」 when approximate. */
function dateText(day: string, approx: boolean, today: string, lang: Lang): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const thisYear = day.slice(0, 4) === today.slice(0, 4);
  if (lang === 'zh') return `${approx ? '约 ' : ''}${thisYear ? '' : `${y} 年 `}${m} 月 ${d} 日`;
  return `${approx ? 'about ' : ''}${MONTHS[m - 1] ?? ''} ${d}${thisYear ? '' : ` ${y}`}`;
}

function dateLine(link: FollowLink, today: string, lang: Lang): { line: string; pastDue: boolean } {
  const date = link.date;
  if (!date) return { line: '', pastDue: false };
  const when = dateText(date.day, date.approx, today, lang);
  if (date.kind === 'from') return { line: str(link.step === 'pay-intervene' ? 'followFromIntervene' : 'followFrom', lang, { date: when }), pastDue: false };
  const pastDue = today > date.day;
  if (pastDue) return { line: str('followPastDue', lang, { date: when }), pastDue };
  // 「截止约 12 月 3 日」: the 「约」 sits next to 「截止」.
  return { line: str(date.approx ? 'followByApprox' : 'followBy', lang, { date: dateText(date.day, false, today, lang) }), pastDue };
}

function isProblem(key: string): key is ProblemId {
  return (PROBLEM_IDS as readonly string[]).indexOf(key) >= 0;
}

/** The case's label, its category and concrete problem (none for `none`). */
function subject(key: FollowLink['key'], lang: Lang): { label: string; problem?: ProblemId; concrete?: ConcreteId } {
  if (key === CASE_NONE) return { label: str('followNone', lang) };
  if (isProblem(key)) return { label: PROBLEMS.find((p) => p.id === key)?.label[lang] ?? str('followNone', lang), problem: key };
  const entry = ENTRIES.find((e) => e.id === key);
  return { label: entry ? entry.label[lang] : str('followNone', lang), problem: categoryOf(key), concrete: key };
}

function reachOf(step: StepId, lang: Lang): Pick<FollowOkView, 'lineName' | 'reach' | 'reachNotes' | 'actions'> {
  const lineId = STEP_LINE[step];
  if (!lineId) return { lineName: '', reach: str('followInWeChat', lang), reachNotes: [], actions: [] };
  const line = LINE_BY_ID[lineId];
  const notes = (line.notes ?? []).map((n) => n[lang]);
  const number = line.number;
  if (!number || !number.known) {
    return {
      lineName: line.name[lang],
      reach: str('followPhone', lang, { number: str('notConfirmed', lang) }),
      reachNotes: number ? [number.note[lang], ...notes] : notes,
      actions: [],
    };
  }
  return {
    lineName: line.name[lang],
    reach: str('followPhone', lang, { number: number.value.display }),
    reachNotes: notes,
    actions: [{ id: 'call', text: str('followCall', lang, { number: number.value.display }), value: number.value.dial }],
  };
}

/** For a scam: 110 and 95017 as buttons too (not twice when the step's own line is 110). */
function fraudActions(actions: FollowAction[], lang: Lang): FollowAction[] {
  const out = [...actions];
  const police = LINE_BY_ID['police-110'].number;
  if (police && police.known && !out.some((a) => a.value === police.value.dial)) {
    out.push({ id: 'call-110', text: str('followCall', lang, { number: police.value.display }), value: police.value.dial });
  }
  const pay = CHANNEL_BY_ID['pay-hotline'].phone;
  if (pay && pay.known) out.push({ id: 'call-95017', text: str('followCall', lang, { number: pay.value.display }), value: pay.value.dial });
  return out;
}

export function followView(link: FollowLink, today: string, lang: Lang): FollowOkView {
  const what = subject(link.key, lang);
  const date = dateLine(link, today, lang);
  const reach = reachOf(link.step, lang);
  const fraud = what.problem === 'fraud' || link.step === '110' || link.step === '96110';
  let planPath = '';
  if (what.problem) planPath = buildPath({ page: 'flow', answers: { problem: what.problem, detail: what.concrete ?? 'unsure' } });
  return {
    kind: 'ok',
    about: str('followAbout', lang, { what: what.label }),
    step: str(STEP_TEXT[link.step], lang),
    waiting: WAITING.indexOf(link.step) >= 0,
    dateLine: date.line,
    pastDue: date.pastDue,
    ...reach,
    actions: fraud ? fraudActions(reach.actions, lang) : reach.actions,
    planPath,
    safety: str('followSafety', lang),
    fraud: fraud ? str('followFraud', lang) : '',
  };
}

export function followErrorView(error: FollowError, lang: Lang): FollowErrorView {
  return { kind: 'error', error, message: str(ERROR_TEXT[error], lang), hint: str('followErrorHint', lang), homePath: buildPath({ page: 'home' }) };
}
