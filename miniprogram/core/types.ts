/**
 * Types shared by the decision module. Pure data: nothing here touches `wx`.
 *
 * Ids in this file go into share links and printed QR posters. They must
 * never change meaning; add new ones instead of renaming old ones.
 */

/** A text in both interface languages. */
export interface Text {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export const CHANNEL_IDS = [
  'smart-assistant',
  'kf-miniprogram',
  'official-accounts',
  'phone',
  'pay-hotline',
  'emergency-freeze',
  'security-center',
  'tencent-110',
  'kf-web',
  'offline-points',
  'international',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const PROBLEM_IDS = ['payment', 'fraud', 'stolen', 'banned', 'login', 'howto', 'report', 'other'] as const;
export type ProblemId = (typeof PROBLEM_IDS)[number];

export const URGENT_IDS = ['yes', 'no'] as const;
export type UrgentId = (typeof URGENT_IDS)[number];

export const REGION_IDS = ['mainland', 'overseas'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const NEED_IDS = ['any', 'text', 'simple'] as const;
export type NeedId = (typeof NEED_IDS)[number];

export const QUESTION_IDS = ['problem', 'urgent', 'region', 'need'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The answers given so far. A key is absent until its question is answered. */
export interface Answers {
  problem?: ProblemId;
  urgent?: UrgentId;
  region?: RegionId;
  need?: NeedId;
}

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

export type SourceKind = 'official' | 'government' | 'third-party' | 'seed' | 'editorial';

export interface Source {
  title: Text;
  /** Public address of the page, when there is one. */
  url?: string;
  kind: SourceKind;
  note?: string;
}

/**
 * One fact with where it came from. A fact that could not be confirmed is
 * still listed (so the card can say "not confirmed") but carries no value.
 */
export type Fact<T> =
  | { known: true; value: T; source: string; checkedOn: IsoDate; typical?: boolean; also?: readonly string[] }
  | { known: false; note: Text; checkedOn: IsoDate };

/** A time slot in Beijing time: minutes since 00:00, `to` may be 1440 (24:00). */
export interface Slot {
  /** 0 = Sunday … 6 = Saturday (Beijing weekday). */
  days: readonly number[];
  from: number;
  to: number;
}

export type Hours = { kind: 'always' } | { kind: 'weekly'; slots: readonly Slot[] };

/** One step of reaching a channel. A step that is a phone call is left out for text-only users and abroad. */
export interface Step extends Text {
  call?: boolean;
}

/**
 * One thing to prepare. Items with the same `key` ask for the same thing in
 * other words (a problem's list and its channel's list): the first one stays.
 */
export interface Material extends Text {
  key?: 'id' | 'phone' | 'txn' | 'evidence' | 'screenshot';
}

export interface PhoneNumber {
  /** As printed, e.g. `95017`. */
  display: string;
  /** Digits (and a leading +) passed to the dialer. */
  dial: string;
  /**
   * What this number does on this card when that is narrower than the card
   * itself, e.g. 95017 on the freeze card freezes WeChat Pay, not the account.
   * Such a number is a secondary action, never the card's main button.
   */
  purpose?: Text;
}

export type ChannelKind = 'in-app' | 'official-account' | 'phone' | 'web' | 'mini-program' | 'offline';

export interface Channel {
  id: ChannelId;
  kind: ChannelKind;
  name: Text;
  /** One line: what this channel is for. */
  summary: Text;
  handles: Fact<Text[]>;
  steps: Fact<Step[]>;
  hours: Fact<Hours>;
  wait: Fact<Text>;
  resolution: Fact<Text>;
  /** 1 (easiest) … 5. */
  difficulty: Fact<1 | 2 | 3 | 4 | 5>;
  /** 0 … 5. */
  rating: Fact<number>;
  materials: Fact<Material[]>;
  limits: Fact<Text[]>;
  phone?: Fact<PhoneNumber>;
  /** Phone number for callers outside mainland China. */
  phoneAbroad?: Fact<PhoneNumber>;
  url?: Fact<string>;
  email?: Fact<string[]>;
  /** Official account names to search for in WeChat. */
  accounts?: Fact<string[]>;
  /** Mini program to open: a name to search for, and an appId only when public. */
  miniProgram?: Fact<{ name: string; appId?: string }>;
  /**
   * Other names the app's own texts give this channel's accounts, mini program
   * or platform: another account its summary names ("微信支付"), English
   * renderings ("Tencent Guard") and older names ("腾讯110"). Only "Is this
   * official?" reads them, to recognise what people were told; nothing is
   * copied, dialled or opened from them. Each must appear in the channel's
   * name or summary (the integrity check says so).
   */
  aliases?: Fact<string[]>;
  /** Can be used without speaking or listening (text only). */
  textOnly: boolean;
  /** A voice call is the only way to use it. */
  voiceOnly: boolean;
  /** Works for someone outside mainland China. */
  worksAbroad: boolean;
  /**
   * People look for this kind of channel, but no official one was found (a
   * Tencent phone line, service counters). The card says so and points
   * elsewhere; it is never recommended and shows no hours or difficulty.
   */
  notFound?: true;
}

export interface Problem {
  id: ProblemId;
  label: Text;
  /** A short label for the home grid (two to five characters in Chinese). */
  short: Text;
  /** A longer hint shown under the option. */
  hint: Text;
  /**
   * Whether money or an account can be at risk right now: `ask` asks the
   * `urgent` question, `always` treats it as urgent without asking, `never`
   * skips it.
   */
  urgency: 'ask' | 'always' | 'never';
  materials: Fact<Material[]>;
  keywords: readonly string[];
}
