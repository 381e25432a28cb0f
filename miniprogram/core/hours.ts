/**
 * Service hours. All hours in the data are Beijing time (UTC+8, no daylight
 * saving), so converting is fixed-offset arithmetic. The user's own zone may
 * have daylight saving: its offset is given per instant (`UserOffset`), so the
 * "your time" of a change next week uses the offset of next week.
 */
import { Channel, Hours, Lang } from './types';

export const BEIJING_OFFSET_MINUTES = 8 * 60;
const MINUTE = 60 * 1000;
const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;

/** A moment as read on a wall clock in some zone. */
export interface WallTime {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes since midnight. */
  minutes: number;
  /** `HH:MM`. */
  clock: string;
  /** Whole days after "today" in the same zone (0 = today, 1 = tomorrow …). */
  dayOffset: number;
}

export type StatusState = 'open' | 'closed' | 'always' | 'unknown';

/**
 * The user's offset from UTC in minutes: one number (a zone without daylight saving, or all that is known), or
 * the offset at each instant (services/system.ts `offsetAt`, from `Date#getTimezoneOffset` of that instant).
 */
export type UserOffset = number | ((epochMs: number) => number);

/**
 * The user's offset at an instant. A function that throws or gives something that is no offset (not a
 * number, beyond ±18 h) falls back to `fallback` (the offset now), else to 0.
 */
export function offsetAt(offset: UserOffset, epochMs: number, fallback?: number): number {
  if (typeof offset === 'number') return offset;
  try {
    const v = offset(epochMs);
    if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 18 * 60) return Math.round(v);
  } catch {
    // fall through
  }
  return fallback ?? 0;
}

export interface ChannelStatus {
  state: StatusState;
  /** Epoch ms of the next opening or closing, when there is one within a week. */
  changeAt: number | null;
  beijing: { now: WallTime; change: WallTime | null };
  /**
   * Present when the user's offset was given and differs from Beijing (now or at the change). `offsetMinutes`
   * is the offset now, `changeOffsetMinutes` the offset at the change (they differ across a daylight-saving change).
   */
  local?: { offsetMinutes: number; now: WallTime; change: WallTime | null; changeOffsetMinutes: number | null };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function clockText(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Minutes since the start of the week (Sunday 00:00) in a zone at `offset`. */
function weekMinutes(epochMs: number, offsetMinutes: number): number {
  const local = Math.floor(epochMs / MINUTE) + offsetMinutes;
  // 1970-01-01 was a Thursday (weekday 4).
  const fromSunday = local + 4 * DAY_MINUTES;
  return ((fromSunday % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
}

function dayNumber(epochMs: number, offsetMinutes: number): number {
  return Math.floor((Math.floor(epochMs / MINUTE) + offsetMinutes) / DAY_MINUTES);
}

/** `epochMs` on a wall clock at `offsetMinutes`; "today" is the day of `todayMs` at `todayOffsetMinutes`. */
function wallTime(epochMs: number, offsetMinutes: number, todayMs: number = epochMs, todayOffsetMinutes: number = offsetMinutes): WallTime {
  const wm = weekMinutes(epochMs, offsetMinutes);
  const minutes = wm % DAY_MINUTES;
  return {
    weekday: Math.floor(wm / DAY_MINUTES),
    minutes,
    clock: clockText(minutes),
    dayOffset: dayNumber(epochMs, offsetMinutes) - dayNumber(todayMs, todayOffsetMinutes),
  };
}

/** Whether a weekly schedule is open at a minute of the Beijing week. */
export function isOpenAt(hours: Hours, beijingWeekMinute: number): boolean {
  if (hours.kind === 'always') return true;
  const day = Math.floor(beijingWeekMinute / DAY_MINUTES);
  const minute = beijingWeekMinute % DAY_MINUTES;
  return hours.slots.some((slot) => slot.days.indexOf(day) >= 0 && minute >= slot.from && minute < slot.to);
}

/** Adds the user's own wall times when their zone differs from Beijing's, now or at the change. */
function withLocal(status: ChannelStatus, now: number, userOffset?: UserOffset): ChannelStatus {
  if (userOffset === undefined) return status;
  const nowOffset = offsetAt(userOffset, now);
  const changeOffset = status.changeAt === null ? null : offsetAt(userOffset, status.changeAt, nowOffset);
  if (nowOffset === BEIJING_OFFSET_MINUTES && (changeOffset === null || changeOffset === BEIJING_OFFSET_MINUTES)) return status;
  return {
    ...status,
    local: {
      offsetMinutes: nowOffset,
      now: wallTime(now, nowOffset),
      change: status.changeAt === null || changeOffset === null ? null : wallTime(status.changeAt, changeOffset, now, nowOffset),
      changeOffsetMinutes: changeOffset,
    },
  };
}

/** Minutes from `start` to `weekMinute`, in (0, one week]: an edge at this very minute is next week's. */
function minutesUntil(weekMinute: number, start: number): number {
  const delta = (weekMinute - start + WEEK_MINUTES) % WEEK_MINUTES;
  return delta === 0 ? WEEK_MINUTES : delta;
}

/** Minutes from `start` to the next open/closed change, or null if the schedule never changes. */
function minutesToChange(hours: Extract<Hours, { kind: 'weekly' }>, start: number): number | null {
  const openNow = isOpenAt(hours, start);
  // Candidate change points are slot edges; check each edge in the coming week.
  const deltas: number[] = [];
  for (const slot of hours.slots) {
    for (const day of slot.days) {
      for (const edge of [slot.from, slot.to]) deltas.push(minutesUntil((day * DAY_MINUTES + edge) % WEEK_MINUTES, start));
    }
  }
  const changes = deltas.filter((delta) => isOpenAt(hours, (start + delta) % WEEK_MINUTES) !== openNow);
  return changes.length ? Math.min(...changes) : null;
}

/** Status of a schedule at `now`, with the next change found minute-exactly within one week. */
export function hoursStatus(hours: Hours, now: number, userOffset?: UserOffset): ChannelStatus {
  const beijingNow = wallTime(now, BEIJING_OFFSET_MINUTES);
  if (hours.kind === 'always') {
    return withLocal({ state: 'always', changeAt: null, beijing: { now: beijingNow, change: null } }, now, userOffset);
  }
  const start = weekMinutes(now, BEIJING_OFFSET_MINUTES);
  const best = minutesToChange(hours, start);
  const changeAt = best === null ? null : Math.floor(now / MINUTE) * MINUTE + best * MINUTE;
  const status: ChannelStatus = {
    state: isOpenAt(hours, start) ? 'open' : 'closed',
    changeAt,
    beijing: { now: beijingNow, change: changeAt === null ? null : wallTime(changeAt, BEIJING_OFFSET_MINUTES, now) },
  };
  return withLocal(status, now, userOffset);
}

export function channelStatus(channel: Channel, now: number, userOffset?: UserOffset): ChannelStatus {
  if (!channel.hours.known) {
    return {
      state: 'unknown',
      changeAt: null,
      beijing: { now: wallTime(now, BEIJING_OFFSET_MINUTES), change: null },
    };
  }
  return hoursStatus(channel.hours.value, now, userOffset);
}

const WEEKDAYS: Record<Lang, readonly string[]> = {
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** A closing at midnight reads as "24:00" of the day before ("today 24:00", not "tomorrow 00:00"). */
function asClosing(t: WallTime): WallTime {
  if (t.minutes !== 0) return t;
  return { weekday: (t.weekday + 6) % 7, minutes: 1440, clock: '24:00', dayOffset: t.dayOffset - 1 };
}

function whenText(t: WallTime, lang: Lang): string {
  if (t.dayOffset === 0) return lang === 'zh' ? `今天 ${t.clock}` : `today ${t.clock}`;
  if (t.dayOffset === 1) return lang === 'zh' ? `明天 ${t.clock}` : `tomorrow ${t.clock}`;
  return `${WEEKDAYS[lang][t.weekday]} ${t.clock}`;
}

function offsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${pad(m)}` : ''}`;
}

/** The lines for states with no change to announce. */
const FIXED_LINES: Readonly<Record<'always' | 'unknown', Readonly<Record<Lang, string>>>> = {
  always: { zh: '全天 24 小时', en: 'Open 24 hours' },
  unknown: { zh: '服务时间未确认', en: 'Hours not confirmed' },
};

const STATE_HEADS: Readonly<Record<'open' | 'closed', Readonly<Record<Lang, string>>>> = {
  open: { zh: '服务中', en: 'Open now' },
  closed: { zh: '已休息', en: 'Closed now' },
};

/** What the next change does: an open channel closes, a closed one opens. */
const CHANGE_VERBS: Readonly<Record<'open' | 'closed', Readonly<Record<Lang, string>>>> = {
  open: { zh: '结束', en: 'closes' },
  closed: { zh: '开始', en: 'opens' },
};

function beijingChangeText(change: WallTime, verb: string, lang: Lang): string {
  return lang === 'zh' ? `${whenText(change, lang)} ${verb}（北京时间）` : `${verb} ${whenText(change, lang)} Beijing time`;
}

/** The change in the user's own time, or '' when it is not shown. */
function localChangeText(local: ChannelStatus['local'], at: (t: WallTime) => WallTime, lang: Lang): string {
  if (!local || !local.change) return '';
  const when = whenText(at(local.change), lang);
  // The offset in force at the change, which is not today's across a daylight-saving change.
  const zone = offsetText(local.changeOffsetMinutes ?? local.offsetMinutes);
  return lang === 'zh' ? `，你的时间 ${when}（${zone}）` : `, ${when} your time (${zone})`;
}

/** One line for a card, e.g. "服务中 · 今天 24:00 结束（北京时间）". */
export function statusLine(status: ChannelStatus, lang: Lang): string {
  const state = status.state;
  if (state === 'always' || state === 'unknown') return FIXED_LINES[state][lang];
  const head = STATE_HEADS[state][lang];
  const at = (t: WallTime): WallTime => (state === 'open' ? asClosing(t) : t);
  const change = status.beijing.change ? at(status.beijing.change) : null;
  if (!change) return head;
  return `${head} · ${beijingChangeText(change, CHANGE_VERBS[state][lang], lang)}${localChangeText(status.local, at, lang)}`;
}

/** The weekly hours as a readable line in Beijing time, e.g. "每天 08:00–24:00（北京时间）". */
export function hoursText(hours: Hours, lang: Lang): string {
  const zh = lang === 'zh';
  if (hours.kind === 'always') return zh ? '全天 24 小时' : '24 hours a day';
  const parts = hours.slots.map((slot) => {
    const sorted = [...slot.days].sort((a, b) => a - b);
    const [first = 0] = sorted;
    const last = sorted[sorted.length - 1] ?? first;
    const run = sorted.length >= 3 && sorted.every((d, i) => d === first + i);
    const days =
      slot.days.length === 7
        ? zh
          ? '每天'
          : 'Daily'
        : run
          ? `${WEEKDAYS[lang][first]}${zh ? '至' : '–'}${WEEKDAYS[lang][last]}`
          : slot.days.map((d) => WEEKDAYS[lang][d]).join(zh ? '、' : ', ');
    return `${days} ${clockText(slot.from)}–${clockText(slot.to)}`;
  });
  return `${parts.join(zh ? '；' : '; ')}${zh ? '（北京时间）' : ' (Beijing time)'}`;
}
