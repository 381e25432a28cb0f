/**
 * Busy periods when hotlines queue longest. The seed reports waits of about
 * 47 minutes on the phone around the Spring Festival; National Day week is
 * treated the same way.
 *
 * Spring Festival (农历正月初一) dates are calendar facts; the window is
 * seven days either side, when travel and red-packet traffic peak.
 */
import { IsoDate } from '../types';

export interface PeakWindow {
  name: { zh: string; en: string };
  /** Inclusive, Beijing dates. */
  from: IsoDate;
  to: IsoDate;
}

const SPRING_FESTIVAL_DAYS: readonly IsoDate[] = [
  '2025-01-29',
  '2026-02-17',
  '2027-02-06',
  '2028-01-26',
  '2029-02-13',
  '2030-02-03',
  '2031-01-23',
  '2032-02-11',
];

const SPRING_WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

function shift(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function nationalDay(year: number): PeakWindow {
  return { name: { zh: '国庆假期', en: 'National Day holiday' }, from: `${year}-10-01`, to: `${year}-10-07` };
}

const PEAK_WINDOWS: readonly PeakWindow[] = [
  ...SPRING_FESTIVAL_DAYS.map((day) => ({
    name: { zh: '春节前后', en: 'Spring Festival' },
    from: shift(day, -SPRING_WINDOW_DAYS),
    to: shift(day, SPRING_WINDOW_DAYS),
  })),
  ...SPRING_FESTIVAL_DAYS.map((day) => nationalDay(Number(day.slice(0, 4)))),
];

/** The peak window a Beijing date falls in, if any. */
export function peakAt(now: number): PeakWindow | null {
  const beijingDate = new Date(now + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return PEAK_WINDOWS.find((w) => beijingDate >= w.from && beijingDate <= w.to) ?? null;
}
