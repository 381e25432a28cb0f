/**
 * How many follow-ups are due, read cheaply: home is in the main package (budget 400 KB) and cannot carry the
 * notebook, the clock and the case code (about 47 KB). The notebook writes a small schedule each time it
 * reads the notes (`dueSchedule` in core/case.ts): from which instant how many clock steps are due, and the
 * notes' reminder dates. Home counts from it at `now`; the count equals `dueFollowUps(…).length` (tested).
 * No imports on purpose: this file ships in the main package.
 */

export const DUE_SCHEDULE_VERSION = 1;

export interface DueSchedule {
  v: typeof DUE_SCHEDULE_VERSION;
  /** `[instant, steps due from then on]`, ascending by instant; the first instant is when it was written. */
  steps: Array<[number, number]>;
  /** Reminder dates (`YYYY-MM-DD`, the phone's local date), one per note that has one. */
  remind: string[];
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isPoint = (p: unknown): p is [number, number] => Array.isArray(p) && p.length === 2 && isCount(p[0]) && isCount(p[1]);
const isDate = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);

/** A stored value as a schedule, or null when it is not one (damaged, another version). */
export function readSchedule(value: unknown): DueSchedule | null {
  if (!value || typeof value !== 'object') return null;
  const s = value as Partial<DueSchedule>;
  if (s.v !== DUE_SCHEDULE_VERSION || !Array.isArray(s.steps) || !Array.isArray(s.remind)) return null;
  if (!s.steps.every(isPoint) || !s.remind.every(isDate)) return null;
  return { v: s.v, steps: s.steps, remind: s.remind };
}

/**
 * The number of things due at `now` (`today`: the phone's local date then). Before the schedule's first
 * instant (the clock was set back) its first count holds. Anything that is not a schedule counts 0.
 */
export function dueCount(value: unknown, now: number, today: string): number {
  const s = readSchedule(value);
  if (!s) return 0;
  const first = s.steps[0];
  let steps = first ? first[1] : 0;
  for (const [at, n] of s.steps) if (at <= now) steps = n;
  return steps + s.remind.filter((d) => d <= today).length;
}

/** The phone's local date `YYYY-MM-DD` at `now` for an offset in minutes east of UTC. */
export function localDate(now: number, offsetMinutes: number): string {
  return new Date(now + offsetMinutes * 60 * 1000).toISOString().slice(0, 10);
}
