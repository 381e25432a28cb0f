import { CHANNEL_BY_ID } from '../../miniprogram/core/data/channels';
import { channelStatus, hoursStatus, hoursText, isOpenAt, statusLine } from '../../miniprogram/core/hours';
import { Hours } from '../../miniprogram/core/types';

const DAILY_8_24: Hours = { kind: 'weekly', slots: [{ days: [0, 1, 2, 3, 4, 5, 6], from: 480, to: 1440 }] };
const WEEKDAYS_9_18: Hours = { kind: 'weekly', slots: [{ days: [1, 2, 3, 4, 5], from: 540, to: 1080 }] };
/** Epoch ms of a Beijing wall-clock time. */
const bj = (y: number, m: number, d: number, h: number, min = 0): number => Date.UTC(y, m - 1, d, h - 8, min);

describe('hoursStatus', () => {
  it('is open at 10:00 Beijing and closes at 24:00', () => {
    const s = hoursStatus(DAILY_8_24, bj(2026, 11, 25, 10));
    expect(s.state).toBe('open');
    expect(s.changeAt).toBe(bj(2026, 11, 26, 0));
    expect(statusLine(s, 'zh')).toBe('服务中 · 今天 24:00 结束（北京时间）');
    expect(statusLine(s, 'en')).toBe('Open now · closes today 24:00 Beijing time');
  });

  it('is closed at 03:00 Beijing and opens at 08:00 the same day', () => {
    const s = hoursStatus(DAILY_8_24, bj(2026, 11, 25, 3));
    expect(s.state).toBe('closed');
    expect(s.changeAt).toBe(bj(2026, 11, 25, 8));
    expect(statusLine(s, 'zh')).toBe('已休息 · 今天 08:00 开始（北京时间）');
  });

  it('shows the user’s own time when abroad (London, UTC+0, in winter)', () => {
    const s = hoursStatus(DAILY_8_24, bj(2026, 11, 25, 3), 0);
    expect(s.local?.now.clock).toBe('19:00');
    expect(statusLine(s, 'zh')).toBe('已休息 · 今天 08:00 开始（北京时间），你的时间 明天 00:00（UTC+0）');
  });

  it('omits the local time when the user is on Beijing time', () => {
    expect(hoursStatus(DAILY_8_24, bj(2026, 11, 25, 3), 480).local).toBeUndefined();
  });

  it('skips the weekend for a weekday schedule', () => {
    // Saturday 2026-11-28 12:00 Beijing → Monday 09:00.
    const s = hoursStatus(WEEKDAYS_9_18, bj(2026, 11, 28, 12));
    expect(s.state).toBe('closed');
    expect(s.changeAt).toBe(bj(2026, 11, 30, 9));
    expect(statusLine(s, 'zh')).toBe('已休息 · 周一 09:00 开始（北京时间）');
  });

  it('agrees with isOpenAt around the change, for every hour of a week', () => {
    for (const hours of [DAILY_8_24, WEEKDAYS_9_18]) {
      for (let h = 0; h < 24 * 7; h++) {
        const now = bj(2026, 11, 22, 0) + h * 3600 * 1000 + 17 * 60 * 1000;
        const s = hoursStatus(hours, now);
        const weekMinute = (h * 60 + 17) % (7 * 1440);
        expect(s.state).toBe(isOpenAt(hours, weekMinute) ? 'open' : 'closed');
        expect(s.changeAt).not.toBeNull();
        const before = hoursStatus(hours, (s.changeAt as number) - 60 * 1000).state;
        const after = hoursStatus(hours, s.changeAt as number).state;
        expect(before).toBe(s.state);
        expect(after).not.toBe(s.state);
      }
    }
  });
});

describe('channelStatus', () => {
  it('says hours are unknown where the data has none', () => {
    const s = channelStatus(CHANNEL_BY_ID['pay-hotline'], bj(2026, 11, 25, 10));
    expect(s.state).toBe('unknown');
    expect(statusLine(s, 'zh')).toBe('服务时间未确认');
  });
  it('self-service channels are always available', () => {
    expect(statusLine(channelStatus(CHANNEL_BY_ID['emergency-freeze'], bj(2026, 11, 25, 3)), 'zh')).toBe('全天 24 小时');
  });
  it('official accounts follow the seed’s 8:00–24:00', () => {
    expect(channelStatus(CHANNEL_BY_ID['official-accounts'], bj(2026, 11, 25, 7, 59)).state).toBe('closed');
    expect(channelStatus(CHANNEL_BY_ID['official-accounts'], bj(2026, 11, 25, 8)).state).toBe('open');
  });
});

describe('hoursText', () => {
  it('reads naturally', () => {
    expect(hoursText(DAILY_8_24, 'zh')).toBe('每天 08:00–24:00（北京时间）');
    expect(hoursText(WEEKDAYS_9_18, 'en')).toBe('Mon–Fri 09:00–18:00 (Beijing time)');
    expect(hoursText(WEEKDAYS_9_18, 'zh')).toBe('周一至周五 09:00–18:00（北京时间）');
    expect(hoursText({ kind: 'weekly', slots: [{ days: [1, 3], from: 540, to: 600 }] }, 'zh')).toBe('周一、周三 09:00–10:00（北京时间）');
  });
});
