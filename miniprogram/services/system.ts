import { Lang } from '../core/types';
import { readJson, writeJson } from './storage';

const LANG_KEY = 'wsn:lang';

/** Minutes east of UTC for this phone's time zone (Beijing is +480). */
export function utcOffsetMinutes(date: Date = new Date()): number {
  return -date.getTimezoneOffset();
}

export function now(): number {
  return Date.now();
}

/** The language chosen in the app, else WeChat's own language setting. */
export function language(): Lang {
  const chosen = readJson<unknown>(LANG_KEY);
  if (chosen === 'zh' || chosen === 'en') return chosen;
  try {
    const info = wx.getAppBaseInfo ? wx.getAppBaseInfo() : null;
    const lang = info && info.language ? String(info.language) : 'zh_CN';
    return /^zh/i.test(lang) ? 'zh' : 'en';
  } catch {
    return 'zh';
  }
}

export function setLanguage(lang: Lang): boolean {
  return writeJson(LANG_KEY, lang).ok;
}
