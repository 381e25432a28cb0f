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
export const HOLIDAY_YEARS: readonly number[] = [2026];
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
export const HOLIDAY_SOURCE = 'esc-holidays-2026';

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
export type ContactKind = 'merchant-complaint' | 'merchant-reply' | 'operator' | 'tenpay' | 'business' | '12315' | '12300' | '12363' | '110';
/** What came of it: no answer yet, an answer, an answer the user is unhappy with, a refusal, solved. */
export type Outcome = 'none' | 'answered' | 'unhappy' | 'refused' | 'resolved';

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

/** The follow-up clock of a case at `now`. */
export function followUpClock(input: CaseInput, now: number, offset: UserOffset): ClockStep[] {
  const steps: ClockStep[] = [];
  const contacts = [...input.contacts].sort((a, b) => a.at - b.at);
  if (!contacts.length && !input.moneyLost) return steps;
  const first = contacts.length ? contacts[0].at : now;
  const eventAt = Math.min(input.eventAt ?? first, first);
  const dl = (at: number, approx = false) => deadline(at, offset, approx);

  if (input.moneyLost) {
    steps.push({ id: '110', state: 'available', from: Math.min(eventAt, now), source: 'editorial' });
    const police = contacts.find((c) => c.kind === '110');
    if (police) steps.push({ id: '96110', state: 'available', from: police.at, source: 'editorial' });
  }

  // WeChat Pay merchant complaint.
  for (const c of contacts.filter((x) => x.kind === 'merchant-complaint')) {
    const d = beijingDay(c.at);
    const replyBy = endOf(d + 1);
    const resolveBy = endOf(d + 3);
    const replied = contacts.some((x) => x.kind === 'merchant-reply' && x.at >= c.at && x.at <= replyBy);
    const solved = contacts.some((x) => x.at >= c.at && x.outcome === 'resolved');
    if (solved) continue;
    steps.push({
      id: 'merchant-reply',
      state: replied ? 'waiting' : now < replyBy ? 'waiting' : 'overdue',
      from: c.at,
      dueAt: dl(replyBy),
      source: 'esc-pay-complaint-rules',
    });
    steps.push({ id: 'merchant-resolve', state: now < resolveBy ? 'waiting' : 'overdue', from: c.at, dueAt: dl(resolveBy), source: 'esc-pay-complaint-rules' });
    const unhappy = contacts.some((x) => x.kind === 'merchant-reply' && x.at >= c.at && (x.outcome === 'unhappy' || x.outcome === 'refused'));
    if (unhappy || (!replied && now >= replyBy)) {
      steps.push({ id: 'pay-intervene', state: 'available', from: c.at, opensAt: unhappy ? undefined : dl(replyBy), source: 'esc-pay-complaint-rules' });
    }
  }

  // 12300: after the operator, unhappy or 15 days without an answer; within 5 months (fees) or 2 years.
  const operator = contacts.filter((x) => x.kind === 'operator');
  if (operator.length) {
    const last = beijingDay(eventAt);
    const limitDay = input.feeDispute ? addMonths(last, 5) : addMonths(last, 24);
    const closesAt = endOf(limitDay);
    const answered = operator.some((x) => x.outcome === 'answered' || x.outcome === 'resolved');
    const unhappy = operator.find((x) => x.outcome === 'unhappy' || x.outcome === 'refused');
    const firstOp = operator[0];
    const opensAt = unhappy ? unhappy.at : answered ? null : firstOp.at + 15 * DAY;
    if (opensAt !== null && !operator.some((x) => x.outcome === 'resolved')) {
      const from = unhappy ? unhappy.at : firstOp.at;
      const state = now >= closesAt ? 'closed' : now >= opensAt ? 'available' : 'waiting';
      // A limit that ended before the contact shows as the contact's date (and the step as closed).
      steps.push({ id: '12300', state, from, opensAt: dl(Math.max(opensAt, from)), closesAt: dl(Math.max(closesAt, from)), source: 'esc-12300' });
    }
  }

  // 12315: a dispute with a business, within 3 years; then acceptance within 7 working days.
  const business = contacts.filter((x) => x.kind === 'business' || x.kind === 'merchant-complaint');
  if (business.length && !business.some((x) => x.outcome === 'resolved')) {
    const closesAt = endOf(addMonths(beijingDay(eventAt), 36));
    steps.push({
      id: '12315',
      state: now >= closesAt ? 'closed' : 'available',
      from: business[0].at,
      closesAt: dl(Math.max(closesAt, business[0].at)),
      source: 'esc-12315',
    });
  }
  for (const c of contacts.filter((x) => x.kind === '12315')) {
    const due = addWorkingDays(beijingDay(c.at), 7);
    const decided = contacts.some((x) => x.kind === '12315' && x.at > c.at && x.outcome !== 'none');
    if (!decided)
      steps.push({
        id: '12315-accept',
        state: now >= endOf(due.day) ? 'overdue' : 'waiting',
        from: c.at,
        dueAt: dl(endOf(due.day), due.approx),
        source: 'esc-12315',
      });
  }

  // 12363: after complaining to Tenpay first, when refused or unhappy.
  const tenpay = contacts.find((x) => x.kind === 'tenpay' && (x.outcome === 'unhappy' || x.outcome === 'refused'));
  if (tenpay) steps.push({ id: '12363', state: 'available', from: tenpay.at, opensAt: dl(tenpay.at), source: 'esc-12363' });

  return steps;
}

// ---- words ---------------------------------------------------------------------------------------

function md(date: string, lang: Lang): string {
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return lang === 'zh' ? `${m} 月 ${d} 日` : `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${d}`;
}
const about = (d: Deadline, lang: Lang): string => (d.approx ? (lang === 'zh' ? '约' : 'about ') : '');

/** Whole days from `from` to `now` (Beijing days). */
function daysSince(from: number, now: number): number {
  return beijingDay(now) - beijingDay(from);
}

/** One line for a step, e.g. 「你 11 月 20 日联系了微信客服，至今 15 天没有答复：现在可以向 12300 申诉」. */
export function clockLine(step: ClockStep, now: number, offset: UserOffset, lang: Lang): string {
  const zh = lang === 'zh';
  const since = daysSince(step.from, now);
  const fromDate = deadline(step.from + MINUTE, offset).date;
  const due = step.dueAt;
  switch (step.id) {
    case 'merchant-reply':
      return step.state === 'overdue'
        ? zh
          ? `商家应在 1 天内回复，已过 ${since} 天`
          : `The merchant should have replied within 1 day; ${since} days have passed`
        : zh
          ? `商家应在 ${md(due!.date, lang)} ${due!.clock} 前回复`
          : `The merchant should reply by ${md(due!.date, lang)} ${due!.clock}`;
    case 'merchant-resolve':
      return zh ? `商家应在 ${md(due!.date, lang)} ${due!.clock} 前处理完` : `The merchant should resolve it by ${md(due!.date, lang)} ${due!.clock}`;
    case 'pay-intervene':
      return zh
        ? `商家应在 1 天内回复，已过 ${since} 天：可以申请微信支付介入`
        : `The merchant should have replied within 1 day; ${since} days have passed: you can ask WeChat Pay to step in`;
    case '12300':
      if (step.state === 'waiting')
        return zh
          ? `如果到 ${md(step.opensAt!.date, lang)}还没有答复，可以向 12300 申诉`
          : `If there is no answer by ${md(step.opensAt!.date, lang)}, you can appeal to 12300`;
      if (step.state === 'closed') return zh ? '已超过向 12300 申诉的期限' : 'The time limit for appealing to 12300 has passed';
      return zh
        ? `你 ${md(fromDate, lang)}联系了微信客服，至今 ${since} 天没有满意答复：现在可以向 12300 申诉（${md(step.closesAt!.date, lang)}前）`
        : `You contacted WeChat customer service on ${md(fromDate, lang)}, ${since} days without a satisfactory answer: you can appeal to 12300 now (by ${md(step.closesAt!.date, lang)})`;
    case '12315':
      return step.state === 'closed'
        ? zh
          ? '已超过三年，12315 不再受理'
          : 'More than 3 years have passed: 12315 no longer accepts it'
        : zh
          ? `可以向 12315 投诉商家（${md(step.closesAt!.date, lang)}前）`
          : `You can complain about the business to 12315 (by ${md(step.closesAt!.date, lang)})`;
    case '12315-accept':
      return zh
        ? `12315 应在${about(due!, lang)} ${md(due!.date, lang)}前决定是否受理`
        : `12315 should decide whether to accept it by ${about(due!, lang)}${md(due!.date, lang)}`;
    case '12363':
      return zh
        ? '已先向微信支付（财付通）投诉：不满意可以拨打 12363（人民银行）'
        : 'You complained to WeChat Pay (Tenpay) first: if unhappy, call 12363 (the People’s Bank of China)';
    case '110':
      return zh ? '钱被骗走了：先打 110 报警' : 'Money is gone: call 110 first';
    case '96110':
      return zh ? '报警后，96110 反诈专线可以咨询' : 'After reporting, the 96110 anti-fraud line can advise';
  }
}
