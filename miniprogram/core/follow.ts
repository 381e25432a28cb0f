/**
 * "Help a parent": a link a family member opens on their own phone to follow a case's next step and its
 * deadline. The link carries ids and a date only — the case's problem, the step, the deadline's date and
 * whether it is approximate — never a ticket number, a name, a phone number or what was said.
 *
 *   /pages/follow/index?v=1&case=merchant-refund&step=merchant-reply&by=2026-12-03
 *   /pages/follow/index?v=1&case=account-banned&step=12300&from=2026-12-10
 *
 * Pure: the step is chosen from the case's clock (core/case.ts), the page parses the link with `parseFollow`.
 */
import { Case, caseClock, CaseKey, parseCaseKey } from './case';
import { ClockStep, Deadline, StepId } from './clock';
import { UserOffset } from './hours';
import { str } from './strings';
import { Lang } from './types';

export const FOLLOW_PAGE = '/pages/follow/index';
const FOLLOW_VERSION = '1';

export const FOLLOW_STEPS: readonly StepId[] = [
  'merchant-reply',
  'merchant-resolve',
  'pay-intervene',
  '12300',
  '12315',
  '12315-accept',
  '12363',
  '110',
  '96110',
];

export interface FollowLink {
  key: CaseKey;
  step: StepId;
  /** A date (`YYYY-MM-DD`, in the zone of the phone that shared it): the step's deadline, or when it opens. */
  date?: { kind: 'by' | 'from'; day: string; approx: boolean };
}

export type FollowError = 'version' | 'case' | 'step' | 'date';

/** The date that matters for a step: when it opens while it is still waiting to open, else its deadline. */
function dateOf(step: ClockStep): { kind: 'by' | 'from'; d: Deadline } | undefined {
  if (step.state === 'waiting' && step.opensAt) return { kind: 'from', d: step.opensAt };
  const by = step.dueAt ?? step.closesAt;
  return by ? { kind: 'by', d: by } : undefined;
}

/**
 * What the family member should look at: the clock lists its steps in the ladder's order (the merchant's reply
 * before 12315 …). When someone missed a deadline (an overdue step), the next rung that is open now; else the
 * first step that is not closed — the deadline being waited for, or the step to take.
 */
function nextStep(clock: readonly ClockStep[]): ClockStep | undefined {
  const open = clock.filter((s) => s.state !== 'closed');
  const late = open.findIndex((s) => s.state === 'overdue');
  if (late >= 0) return open.slice(late + 1).find((s) => s.state === 'available') ?? open[late];
  return open[0];
}

/** The link for a case's next step, or null when its clock has nothing open. */
export function followLinkOf(c: Case, now: number, offset: UserOffset): FollowLink | null {
  const step = nextStep(caseClock(c, now, offset));
  if (!step) return null;
  const link: FollowLink = { key: c.key, step: step.id };
  const date = dateOf(step);
  if (date) link.date = { kind: date.kind, day: date.d.date, approx: date.d.approx };
  return link;
}

export function followPath(link: FollowLink): string {
  const parts = [`v=${FOLLOW_VERSION}`, `case=${link.key}`, `step=${link.step}`];
  if (link.date) parts.push(`${link.date.kind}=${link.date.day}`);
  if (link.date && link.date.approx) parts.push('approx=1');
  return `${FOLLOW_PAGE}?${parts.join('&')}`;
}

function validDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const isStep = (v: string | undefined): v is StepId => v !== undefined && (FOLLOW_STEPS as readonly string[]).indexOf(v) >= 0;

/** The link's date: `by=` or `from=` (one of them), `approx=1` for 「约」; 'bad' when it is no real date. */
function readDate(q: Record<string, unknown>): FollowLink['date'] | 'bad' | undefined {
  const by = text(q.by);
  const from = text(q.from);
  const day = by || from;
  if (!day) return undefined;
  if ((by && from) || !validDate(day)) return 'bad';
  return { kind: by ? 'by' : 'from', day, approx: text(q.approx) === '1' };
}

/** Reads the page's query. Never throws; an unreadable link says which part is wrong. */
export function parseFollow(query: unknown): { link: FollowLink } | { error: FollowError } {
  const q = query && typeof query === 'object' ? (query as Record<string, unknown>) : {};
  const v = text(q.v);
  if (v !== undefined && v !== FOLLOW_VERSION) return { error: 'version' };
  const key = parseCaseKey(q.case);
  if (!key) return { error: 'case' };
  const step = text(q.step);
  if (!isStep(step)) return { error: 'step' };
  const link: FollowLink = { key, step };
  const date = readDate(q);
  if (date === 'bad') return { error: 'date' };
  if (date) link.date = date;
  return { link };
}

/**
 * The share card of a case (the notebook's 「请家人帮忙」 button): a title without personal data and the
 * follow path of its next step; null when the case has nothing left to follow.
 */
export function followShare(c: Case, now: number, offset: UserOffset, lang: Lang): { title: string; path: string } | null {
  const link = followLinkOf(c, now, offset);
  return link ? { title: str('followShareTitle', lang), path: followPath(link) } : null;
}
