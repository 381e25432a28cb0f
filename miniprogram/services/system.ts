import { Lang } from '../core/types';
import { readJson, writeJson } from './storage';

const LANG_KEY = 'wsn:lang';

/** Minutes east of UTC for this phone's time zone (Beijing is +480). */
export function utcOffsetMinutes(date: Date = new Date()): number {
  return -date.getTimezoneOffset();
}

/**
 * The phone's UTC offset at any instant, in minutes east of UTC: across a daylight-saving change the offset of
 * next week is not today's. Where the phone cannot say (an invalid date), today's offset.
 */
export function offsetAt(epochMs: number): number {
  const v = 0 - new Date(epochMs).getTimezoneOffset();
  return Number.isFinite(v) ? v : utcOffsetMinutes();
}

export function now(): number {
  return Date.now();
}

/**
 * WeChat's language and font size (wx.getAppBaseInfo; it replaces the deprecated
 * wx.getSystemInfoSync). Null where the base library lacks it or it throws.
 */
function appBaseInfo(): Partial<WechatMiniprogram.AppBaseInfo> | null {
  try {
    return typeof wx.getAppBaseInfo === 'function' ? wx.getAppBaseInfo() : null;
  } catch {
    return null;
  }
}

/** The language chosen in the app, else WeChat's own language setting. */
export function language(): Lang {
  const chosen = readJson<unknown>(LANG_KEY);
  if (chosen === 'zh' || chosen === 'en') return chosen;
  const info = appBaseInfo();
  const lang = info && info.language ? String(info.language) : 'zh_CN';
  return /^zh/i.test(lang) ? 'zh' : 'en';
}

export function setLanguage(lang: Lang): boolean {
  return writeJson(LANG_KEY, lang).ok;
}

const CARE_KEY = 'wsn:care';

/**
 * WeChat's own font size in px (fontSizeSetting of wx.getAppBaseInfo: 16 on Android and 17 on iOS at the
 * standard setting), or null where WeChat does not report it. The pages' sizes follow it through
 * <page-meta root-font-size="system"> (1rem is this size); care mode turns on by itself from 20 px.
 */
export function wechatFontSize(): number | null {
  const info = appBaseInfo();
  const size = info ? info.fontSizeSetting : undefined;
  return typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : null;
}

/** The WeChat font size from which care mode is on without being chosen. */
export const CARE_FONT_SIZE = 20;

/** Care mode: chosen in the app, or on when the system font is set large (where WeChat reports it). */
export function careMode(): boolean {
  const chosen = readJson<unknown>(CARE_KEY);
  if (chosen === true || chosen === false) return chosen;
  return (wechatFontSize() ?? 0) >= CARE_FONT_SIZE;
}

export function setCareMode(on: boolean): boolean {
  return writeJson(CARE_KEY, on).ok;
}

export interface PageEnv {
  lang: Lang;
  care: boolean;
  /** The user's UTC offset in minutes, now. */
  offset: number;
  /** The user's UTC offset at any instant (for times in the future: the next opening …). */
  offsetAt: (epochMs: number) => number;
  now: number;
}

/** What every page needs to know about the user's phone, read once on load. */
export function pageEnv(): PageEnv {
  return { lang: language(), care: careMode(), offset: utcOffsetMinutes(), offsetAt, now: now() };
}
