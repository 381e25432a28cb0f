/**
 * The follow-up clock: from a case's dated contacts, which escalation step is open, from when, and until
 * when. Pure: `now` and the user's offset come in as arguments. The rules count days in Beijing (UTC+8), the
 * regulators' and WeChat Pay's own calendar; every date is shown in the user's zone.
 *
 * The ladder (sources in data/sources-escalation.ts):
 * - WeChat Pay 交易投诉 against a merchant: the merchant replies within 1 day (by 24:00 the next day) and
 *   resolves within 3 (by 24:00 on the third day); with no reply by then, ask WeChat Pay to step in;
 * - 12300 (MIIT): after complaining to the operator, when its answer was unsatisfactory or there was none
 *   within 15 days; fee disputes within 5 months of the event, others within 2 years;
 * - 12315 (SAMR): a dispute with a business within 3 years of the event; acceptance is decided within 7
 *   working days of the complaint;
 * - 12363 (PBoC): after complaining to Tenpay (WeChat Pay) first, when refused or unhappy with the answer;
 * - fraud: 110 first when money is gone, then 96110.
 * Working days use the State Council's holiday table; past its end (or before it) weekends only, and the date
 * says 「约」.
 */
import { offsetAt, UserOffset } from './hours';
import { Lang } from './types';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const BEIJING = 8 * 60;

// ---- the calendar ------------------------------------------------------------------------------

/** Years the holiday table covers. */
const HOLIDAY_YEARS: readonly number[] = [2026];
/** Days off (holidays, including the weekends inside them), 2026 (source: esc-holidays-2026). */
const OFF_2026 = [
  '01-01',
  '01-02',
  '01-03',
  '02-15',
  '02-16',
  '02-17',
  '02-18',
  '02-19',
  '02-20',
  '02-21',
  '02-22',
  '02-23',
  '04-04',
  '04-05',
  '04-06',
  '05-01',
  '05-02',
  '05-03',
  '05-04',
  '05-05',
  '06-19',
  '06-20',
  '06-21',
  '09-25',
  '09-26',
  '09-27',
  '10-01',
  '10-02',
  '10-03',
  '10-04',
  '10-05',
  '10-06',
  '10-07',
];
/** Weekend days that are working days (调休上班), 2026. */
const WORK_2026 = ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'];
const OFF = new Set(OFF_2026.map((d) => `2026-${d}`));
const WORK = new Set(WORK_2026.map((d) => `2026-${d}`));

/** Days since 1970-01-01 in Beijing. */
function beijingDay(epochMs: number): number {
  return Math.floor((epochMs + BEIJING * MINUTE) / DAY);
}
/** The instant Beijing day `day` starts. */
function dayStart(day: number): number {
  return day * DAY - BEIJING * MINUTE;
}
function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Whether a Beijing day is a working day, and whether the table knew it. */
export function workingDay(day: number): { working: boolean; known: boolean } {
  const iso = isoOfDay(day);
  const known = HOLIDAY_YEARS.indexOf(Number(iso.slice(0, 4))) >= 0;
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
  const weekend = weekday === 0 || weekday === 6;
  if (known && OFF.has(iso)) return { working: false, known };
  if (known && WORK.has(iso)) return { working: true, known };
  return { working: !weekend, known };
}

/** The `n`th working day after Beijing day `day` (not counting `day` itself). */
export function addWorkingDays(day: number, n: number): { day: number; approx: boolean } {
  let d = day;
  let left = n;
  let approx = false;
  while (left > 0) {
    d += 1;
    const w = workingDay(d);
    if (!w.known) approx = true;
    if (w.working) left -= 1;
  }
  return { day: d, approx };
}

/** The same day `months` later (the month's last day when it has fewer days), as a Beijing day. */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(y, m, Math.min(date.getUTCDate(), last)) / DAY);
}

// ---- the case ------------------------------------------------------------------------------------

/**
 * Who was contacted: `merchant-complaint` (WeChat Pay 投诉商家), `merchant-reply` (the merchant answered),
 * `operator` (WeChat/Tencent customer service), `tenpay` (WeChat Pay/Tenpay, e.g. 95017), `business` (any
 * other business), or a regulator.
 */
export const CONTACT_KINDS = ['merchant-complaint', 'merchant-reply', 'operator', 'tenpay', 'business', '12315', '12300', '12363', '110'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
/** What came of it: no answer yet, an answer, an answer the user is unhappy with, a refusal, solved. */
export const OUTCOMES = ['none', 'answered', 'unhappy', 'refused', 'resolved'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface CaseContact {
  kind: ContactKind;
  /** When, epoch ms (from the note's local time and the user's offset then: `instantOf`). */
  at: number;
  outcome: Outcome;
  ticket?: string;
}

export interface CaseInput {
  contacts: readonly CaseContact[];
  /** When the problem happened (or became known); the first contact when not given. */
  eventAt?: number;
  /** A dispute about fees (12300: 5 months instead of 2 years). */
  feeDispute?: boolean;
  /** Money is gone to a scammer. */
  moneyLost?: boolean;
}

export type StepId = 'merchant-reply' | 'merchant-resolve' | 'pay-intervene' | '12300' | '12315' | '12315-accept' | '12363' | '110' | '96110';

export interface Deadline {
  /** The instant (a day's 24:00 in Beijing for a "by the end of" rule). */
  at: number;
  /** The date in the user's zone (the last moment before `at`). */
  date: string;
  /** `HH:MM` in the user's zone. */
  clock: string;
  /** Counted past the holiday table: 「约」. */
  approx: boolean;
}

export interface ClockStep {
  id: StepId;
  /** `waiting`: a deadline for someone else; `available`: the user can take this step now; `closed`: too late. */
  state: 'waiting' | 'available' | 'closed' | 'overdue';
  /** The contact the step follows from (its date is never after any of this step's dates). */
  from: number;
  opensAt?: Deadline;
  closesAt?: Deadline;
  dueAt?: Deadline;
  source: string;
}

/** Epoch ms of a note's `YYYY-MM-DD HH:MM` written at the phone's offset (the offset then, not now). */
export function instantOf(at: string, offset: UserOffset): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(at);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // No rolling over: 2026-13-40 99:99 is no time at all, not a day in 2027.
  if (new Date(wall).toISOString().slice(0, 16) !== at.replace(' ', 'T')) return null;
  // The offset at the instant itself: guess with the wall time, then correct once.
  const guess = wall - offsetAt(offset, wall) * MINUTE;
  return wall - offsetAt(offset, guess) * MINUTE;
}

function deadline(at: number, offset: UserOffset, approx = false): Deadline {
  const o = offsetAt(offset, at - MINUTE);
  const iso = new Date(at - MINUTE + o * MINUTE).toISOString();
  const exact = new Date(at + offsetAt(offset, at) * MINUTE).toISOString();
  return { at, date: iso.slice(0, 10), clock: exact.slice(11, 16) === '00:00' ? '24:00' : exact.slice(11, 16), approx };
}

/** End of the Beijing day `day` (its 24:00). */
const endOf = (day: number): number => dayStart(day + 1);

/** What every step rule needs: the sorted contacts, the clock, the event's date and the deadline maker. */
interface ClockCtx {
  contacts: readonly CaseContact[];
  now: number;
  eventAt: number;
  feeDispute: boolean;
  dl: (at: number, approx?: boolean) => Deadline;
}

/** An answer the user did not accept. */
const isUnhappy = (c: CaseContact): boolean => c.outcome === 'unhappy' || c.outcome === 'refused';
const isResolved = (c: CaseContact): boolean => c.outcome === 'resolved';

/** Fraud: 110 first, then 96110 once the police were called. */
function fraudSteps(ctx: ClockCtx): ClockStep[] {
  const steps: ClockStep[] = [{ id: '110', state: 'available', from: Math.min(ctx.eventAt, ctx.now), source: 'editorial' }];
  const police = ctx.contacts.find((c) => c.kind === '110');
  if (police) steps.push({ id: '96110', state: 'available', from: police.at, source: 'editorial' });
  return steps;
}

/** One WeChat Pay merchant complaint: reply within 1 day, resolve within 3, else ask WeChat Pay to step in. */
function merchantSteps(c: CaseContact, ctx: ClockCtx): ClockStep[] {
  const { contacts, now, dl } = ctx;
  if (contacts.some((x) => x.at >= c.at && isResolved(x))) return [];
  const d = beijingDay(c.at);
  const replyBy = endOf(d + 1);
  const resolveBy = endOf(d + 3);
  const replies = contacts.filter((x) => x.kind === 'merchant-reply' && x.at >= c.at);
  const replied = replies.some((x) => x.at <= replyBy);
  const late = !replied && now >= replyBy;
  const source = 'esc-pay-complaint-rules';
  const steps: ClockStep[] = [
    { id: 'merchant-reply', state: late ? 'overdue' : 'waiting', from: c.at, dueAt: dl(replyBy), source },
    { id: 'merchant-resolve', state: now < resolveBy ? 'waiting' : 'overdue', from: c.at, dueAt: dl(resolveBy), source },
  ];
  const unhappy = replies.some(isUnhappy);
  if (unhappy || late) steps.push({ id: 'pay-intervene', state: 'available', from: c.at, opensAt: unhappy ? undefined : dl(replyBy), source });
  return steps;
}

/** When 12300 opens after the operator: at an unhappy answer, never after a good one, else 15 days on. */
function opens12300(operator: readonly CaseContact[], unhappy: CaseContact | undefined): number | null {
  if (unhappy) return unhappy.at;
  const [first] = operator;
  if (!first || operator.some((x) => x.outcome === 'answered' || isResolved(x))) return null;
  return first.at + 15 * DAY;
}

/** 12300: after the operator, unhappy or 15 days without an answer; within 5 months (fees) or 2 years. */
function steps12300(ctx: ClockCtx): ClockStep[] {
  const { now, dl } = ctx;
  const operator = ctx.contacts.filter((x) => x.kind === 'operator');
  const [first] = operator;
  if (!first) return [];
  const closesAt = endOf(addMonths(beijingDay(ctx.eventAt), ctx.feeDispute ? 5 : 24));
  const unhappy = operator.find(isUnhappy);
  const opensAt = opens12300(operator, unhappy);
  if (opensAt === null || operator.some(isResolved)) return [];
  const from = unhappy ? unhappy.at : first.at;
  const state = now >= closesAt ? 'closed' : now >= opensAt ? 'available' : 'waiting';
  // A limit that ended before the contact shows as the contact's date (and the step as closed).
  return [{ id: '12300', state, from, opensAt: dl(Math.max(opensAt, from)), closesAt: dl(Math.max(closesAt, from)), source: 'esc-12300' }];
}

/** 12315: a dispute with a business, within 3 years of the event. */
function steps12315(ctx: ClockCtx): ClockStep[] {
  const business = ctx.contacts.filter((x) => x.kind === 'business' || x.kind === 'merchant-complaint');
  const [first] = business;
  if (!first || business.some(isResolved)) return [];
  const closesAt = endOf(addMonths(beijingDay(ctx.eventAt), 36));
  const from = first.at;
  return [{ id: '12315', state: ctx.now >= closesAt ? 'closed' : 'available', from, closesAt: ctx.dl(Math.max(closesAt, from)), source: 'esc-12315' }];
}

/** A 12315 complaint: acceptance is decided within 7 working days, unless a later 12315 contact says so. */
function accept12315Steps(c: CaseContact, ctx: ClockCtx): ClockStep[] {
  const decided = ctx.contacts.some((x) => x.kind === '12315' && x.at > c.at && x.outcome !== 'none');
  if (decided) return [];
  const due = addWorkingDays(beijingDay(c.at), 7);
  const dueAt = endOf(due.day);
  return [{ id: '12315-accept', state: ctx.now >= dueAt ? 'overdue' : 'waiting', from: c.at, dueAt: ctx.dl(dueAt, due.approx), source: 'esc-12315' }];
}

/** 12363: after complaining to Tenpay first, when refused or unhappy. */
function steps12363(ctx: ClockCtx): ClockStep[] {
  const tenpay = ctx.contacts.find((x) => x.kind === 'tenpay' && isUnhappy(x));
  return tenpay ? [{ id: '12363', state: 'available', from: tenpay.at, opensAt: ctx.dl(tenpay.at), source: 'esc-12363' }] : [];
}

/** The steps of every contact of one kind, in contact order. */
function perContact(ctx: ClockCtx, kind: ContactKind, rule: (c: CaseContact, ctx: ClockCtx) => ClockStep[]): ClockStep[] {
  const steps: ClockStep[] = [];
  for (const c of ctx.contacts) if (c.kind === kind) steps.push(...rule(c, ctx));
  return steps;
}

/** The follow-up clock of a case at `now`. */
export function followUpClock(input: CaseInput, now: number, offset: UserOffset): ClockStep[] {
  const contacts = [...input.contacts].sort((a, b) => a.at - b.at);
  if (!contacts.length && !input.moneyLost) return [];
  const first = contacts[0]?.at ?? now;
  const ctx: ClockCtx = {
    contacts,
    now,
    eventAt: Math.min(input.eventAt ?? first, first),
    feeDispute: Boolean(input.feeDispute),
    dl: (at, approx = false) => deadline(at, offset, approx),
  };
  return [
    ...(input.moneyLost ? fraudSteps(ctx) : []),
    ...perContact(ctx, 'merchant-complaint', merchantSteps),
    ...steps12300(ctx),
    ...steps12315(ctx),
    ...perContact(ctx, '12315', accept12315Steps),
    ...steps12363(ctx),
  ];
}

// ---- words ---------------------------------------------------------------------------------------

/** 「11 月 20 日」, with the year (「2028 年 11 月 5 日」) when it is not `year`, the current one. */
function md(date: string, lang: Lang, year?: string): string {
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = year !== undefined && date.slice(0, 4) !== year ? date.slice(0, 4) : '';
  if (lang === 'zh') return `${y ? `${y} 年 ` : ''}${m} 月 ${d} 日`;
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${d}${y ? ` ${y}` : ''}`;
}
const about = (d: Deadline, lang: Lang): string => (d.approx ? (lang === 'zh' ? '约' : 'about ') : '');

/** Whole days from `from` to `now` (Beijing days). */
function daysSince(from: number, now: number): number {
  return beijingDay(now) - beijingDay(from);
}

/** What a step's line is made of: the language, days since its contact, the contact's date, its due date. */
interface LineCtx {
  step: ClockStep;
  lang: Lang;
  zh: boolean;
  since: number;
  fromDate: string;
  due: Deadline | undefined;
  /** The current year in the user's zone: dates in another year say theirs. */
  year: string;
}

function merchantReplyLine({ step, lang, zh, since, due, year }: LineCtx): string {
  if (step.state === 'overdue')
    return zh ? `商家应在 1 天内回复，已过 ${since} 天` : `The merchant should have replied within 1 day; ${since} days have passed`;
  return zh ? `商家应在 ${md(due!.date, lang, year)} ${due!.clock} 前回复` : `The merchant should reply by ${md(due!.date, lang, year)} ${due!.clock}`;
}

function merchantResolveLine({ lang, zh, due, year }: LineCtx): string {
  return zh ? `商家应在 ${md(due!.date, lang, year)} ${due!.clock} 前处理完` : `The merchant should resolve it by ${md(due!.date, lang, year)} ${due!.clock}`;
}

function payInterveneLine({ zh, since }: LineCtx): string {
  return zh
    ? `商家应在 1 天内回复，已过 ${since} 天：可以申请微信支付介入`
    : `The merchant should have replied within 1 day; ${since} days have passed: you can ask WeChat Pay to step in`;
}

function line12300({ step, lang, zh, since, fromDate, year }: LineCtx): string {
  if (step.state === 'waiting')
    return zh
      ? `如果到 ${md(step.opensAt!.date, lang, year)}还没有答复，可以向 12300 申诉`
      : `If there is no answer by ${md(step.opensAt!.date, lang, year)}, you can appeal to 12300`;
  if (step.state === 'closed') return zh ? '已超过向 12300 申诉的期限' : 'The time limit for appealing to 12300 has passed';
  return zh
    ? `你 ${md(fromDate, lang, year)}联系了微信客服，至今 ${since} 天没有满意答复：现在可以向 12300 申诉（${md(step.closesAt!.date, lang, year)}前）`
    : `You contacted WeChat customer service on ${md(fromDate, lang, year)}, ${since} days without a satisfactory answer: you can appeal to 12300 now (by ${md(step.closesAt!.date, lang, year)})`;
}

function line12315({ step, lang, zh, year }: LineCtx): string {
  if (step.state === 'closed') return zh ? '已超过三年，12315 不再受理' : 'More than 3 years have passed: 12315 no longer accepts it';
  return zh
    ? `可以向 12315 投诉商家（${md(step.closesAt!.date, lang, year)}前）`
    : `You can complain about the business to 12315 (by ${md(step.closesAt!.date, lang, year)})`;
}

function line12315Accept({ lang, zh, due, year }: LineCtx): string {
  return zh
    ? `12315 应在${about(due!, lang)} ${md(due!.date, lang, year)}前决定是否受理`
    : `12315 should decide whether to accept it by ${about(due!, lang)}${md(due!.date, lang, year)}`;
}

/** A fixed line, the same whatever the step's state. */
const fixed =
  (zhText: string, enText: string) =>
  ({ zh }: LineCtx): string =>
    zh ? zhText : enText;

const LINES: Readonly<Record<StepId, (ctx: LineCtx) => string>> = {
  'merchant-reply': merchantReplyLine,
  'merchant-resolve': merchantResolveLine,
  'pay-intervene': payInterveneLine,
  '12300': line12300,
  '12315': line12315,
  '12315-accept': line12315Accept,
  '12363': fixed(
    '已先向微信支付（财付通）投诉：不满意可以拨打 12363（人民银行）',
    'You complained to WeChat Pay (Tenpay) first: if unhappy, call 12363 (the People’s Bank of China)',
  ),
  '110': fixed('钱被骗走了：先打 110 报警', 'Money is gone: call 110 first'),
  '96110': fixed('报警后，96110 反诈专线可以咨询', 'After reporting, the 96110 anti-fraud line can advise'),
};

/** One line for a step, e.g. 「你 11 月 20 日联系了微信客服，至今 15 天没有答复：现在可以向 12300 申诉」. */
export function clockLine(step: ClockStep, now: number, offset: UserOffset, lang: Lang): string {
  const ctx: LineCtx = {
    step,
    lang,
    zh: lang === 'zh',
    since: daysSince(step.from, now),
    fromDate: deadline(step.from + MINUTE, offset).date,
    due: step.dueAt,
    year: deadline(now + MINUTE, offset).date.slice(0, 4),
  };
  return LINES[step.id](ctx);
}
