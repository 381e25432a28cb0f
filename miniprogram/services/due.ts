/**
 * The due follow-ups' schedule (core/due.ts) in storage: the notebook writes it after reading the notes, home
 * reads it. One small key, so home stays light and fast; whatever storage does, home gets a number (0 when
 * the key is missing, damaged, or cannot be read).
 */
import { dueCount, DueSchedule, localDate } from '../core/due';
import { readStored, writeJson } from './storage';

const KEY = 'wsn:notes:due';

/** How many follow-ups are due at `now` (`offset`: the phone's minutes east of UTC now). Never throws. */
export function readDueCount(now: number, offset: number): number {
  const r = readStored(KEY);
  if (!r.ok || r.missing || r.broken) return 0;
  return dueCount(r.value, now, localDate(now, offset));
}

/** Best effort: a schedule that cannot be written leaves home as it was (the notebook still shows it all). */
export function saveDueSchedule(schedule: DueSchedule): boolean {
  return writeJson(KEY, schedule).ok;
}
