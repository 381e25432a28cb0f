/**
 * "Your time" of a future change uses the zone's offset at that instant: around London's daylight-saving
 * changes (2026-03-29 01:00 UTC to BST, 2026-10-25 01:00 UTC back to GMT) the next opening or closing is
 * not an hour off. Fixed instants and a pure London offset, never the machine's zone.
 */
import { hoursStatus, offsetAt, statusLine, UserOffset } from '../../miniprogram/core/hours';
import { Hours } from '../../miniprogram/core/types';

const DAILY_8_24: Hours = { kind: 'weekly', slots: [{ days: [0, 1, 2, 3, 4, 5, 6], from: 480, to: 1440 }] };
const WEEKDAYS_9_18: Hours = { kind: 'weekly', slots: [{ days: [1, 2, 3, 4, 5], from: 540, to: 1080 }] };
const utc = (m: number, d: number, h: number, min = 0): number => Date.UTC(2026, m - 1, d, h, min);

/** London in 2026: UTC+1 from 29 March 01:00 UTC to 25 October 01:00 UTC. */
const BST_START = utc(3, 29, 1);
const BST_END = utc(10, 25, 1);
const london: UserOffset = (ms) => (ms >= BST_START && ms < BST_END ? 60 : 0);

/** The same from the time-zone database (Intl), independent of the machine's own zone. */
function zoneOffset(zone: string): (ms: number) => number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (ms) => {
    const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
    return Math.round((wall - Math.floor(ms / 60000) * 60000) / 60000);
  };
}

describe('the London offset used here', () => {
  it('agrees with the time-zone database on every hour of 2026', () => {
    const tz = zoneOffset('Europe/London');
    for (let ms = utc(1, 1, 0); ms < utc(12, 31, 23); ms += 3600 * 1000) expect([ms, offsetAt(london, ms)]).toEqual([ms, tz(ms)]);
  });
});

describe('spring forward (2026-03-29)', () => {
  it('a closing after the change is shown in BST although it is GMT now', () => {
    // 00:30 GMT on Sunday = 08:30 Beijing: open until 24:00 Beijing = 16:00 UTC = 17:00 BST.
    const s = hoursStatus(DAILY_8_24, utc(3, 29, 0, 30), london);
    expect(s.state).toBe('open');
    expect(s.local?.offsetMinutes).toBe(0);
    expect(s.local?.changeOffsetMinutes).toBe(60);
    expect(s.local?.change?.clock).toBe('17:00');
    expect(statusLine(s, 'zh')).toBe('服务中 · 今天 24:00 结束（北京时间），你的时间 今天 17:00（UTC+1）');
    expect(statusLine(s, 'en')).toBe('Open now · closes today 24:00 Beijing time, today 17:00 your time (UTC+1)');
  });

  it('a weekday opening over the weekend of the change: Monday 09:00 Beijing is 02:00 BST, not 01:00', () => {
    const s = hoursStatus(WEEKDAYS_9_18, utc(3, 28, 12), london);
    expect(s.changeAt).toBe(utc(3, 30, 1));
    expect(statusLine(s, 'zh')).toBe('已休息 · 周一 09:00 开始（北京时间），你的时间 周一 02:00（UTC+1）');
  });

  it('just before the change the old offset still applies', () => {
    // 23:30 GMT Saturday = 07:30 Beijing Sunday: opens 08:00 Beijing = 00:00 UTC = 00:00 GMT (before 01:00 UTC).
    const s = hoursStatus(DAILY_8_24, utc(3, 28, 23, 30), london);
    expect(s.changeAt).toBe(utc(3, 29, 0));
    expect(statusLine(s, 'zh')).toBe('已休息 · 今天 08:00 开始（北京时间），你的时间 明天 00:00（UTC+0）');
  });
});

describe('fall back (2026-10-25)', () => {
  it('a closing after the change is shown in GMT although it is BST now', () => {
    // 23:30 BST Saturday 24 Oct = 22:30 UTC = 06:30 Beijing Sunday: closed, opens 08:00 Beijing = 00:00 UTC = 01:00 BST.
    const before = hoursStatus(DAILY_8_24, utc(10, 24, 22, 30), london);
    expect(statusLine(before, 'zh')).toBe('已休息 · 今天 08:00 开始（北京时间），你的时间 明天 01:00（UTC+1）');
    // 00:30 UTC Sunday (01:30 BST) = 08:30 Beijing: open until 16:00 UTC = 16:00 GMT.
    const s = hoursStatus(DAILY_8_24, utc(10, 25, 0, 30), london);
    expect(statusLine(s, 'zh')).toBe('服务中 · 今天 24:00 结束（北京时间），你的时间 今天 16:00（UTC+0）');
  });
});

describe('every hour of the year in London, and in New York and Sydney', () => {
  it.each(['Europe/London', 'America/New_York', 'Australia/Sydney'])('%s: the local change is the change instant on that zone’s own clock', (zone) => {
    const tz = zoneOffset(zone);
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    for (let ms = utc(1, 1, 0, 17); ms < utc(12, 31, 0); ms += 5 * 3600 * 1000) {
      const s = hoursStatus(WEEKDAYS_9_18, ms, tz);
      expect(s.local?.change?.clock).toBe(fmt.format(new Date(s.changeAt as number)));
    }
  });
});

describe('offsetAt', () => {
  it('takes a number as it is, and a function at the instant', () => {
    expect(offsetAt(-300, 0)).toBe(-300);
    expect(offsetAt(london, utc(7, 1, 0))).toBe(60);
  });
  it('falls back to the given offset when the function fails or gives no offset', () => {
    expect(offsetAt(() => Number.NaN, 0, 480)).toBe(480);
    expect(offsetAt(() => 5000, 0, 60)).toBe(60);
    expect(
      offsetAt(
        () => {
          throw new Error('no zone data');
        },
        0,
        -240,
      ),
    ).toBe(-240);
    expect(offsetAt(() => Number.NaN, 0)).toBe(0);
  });
  it('a status with a failing offset function still shows a time (today’s offset)', () => {
    let calls = 0;
    const flaky: UserOffset = () => (calls++ === 0 ? 60 : Number.NaN);
    const s = hoursStatus(DAILY_8_24, utc(3, 29, 0, 30), flaky);
    expect(s.local?.changeOffsetMinutes).toBe(60);
  });
});
