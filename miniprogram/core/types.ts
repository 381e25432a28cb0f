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

/** After the category: one of its concrete problems (ConcreteId), or 「不确定 / 其他情况」, which keeps the category plan. */
export const DETAIL_UNSURE = 'unsure';
export type DetailId = ConcreteId | typeof DETAIL_UNSURE;

export const QUESTION_IDS = ['problem', 'detail', 'urgent', 'region', 'need'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
/** The questions a concrete problem may ask after it is chosen. */
export type FollowUpId = Exclude<QuestionId, 'problem' | 'detail'>;

/** The answers given so far. A key is absent until its question is answered. */
export interface Answers {
  problem?: ProblemId;
  detail?: DetailId;
  urgent?: UrgentId;
  region?: RegionId;
  need?: NeedId;
}

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

export type SourceKind = 'official' | 'government' | 'press' | 'third-party' | 'seed' | 'editorial';

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
  { known: true; value: T; source: string; checkedOn: IsoDate; typical?: boolean; also?: readonly string[] } | { known: false; note: Text; checkedOn: IsoDate };

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
  /** Never changes meaning or moves to another item: checklist ticks are stored on the phone by it. */
  id: string;
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
  /**
   * This number's own hours (Beijing time), when its source gives them and
   * they differ from the channel's; same source as the number.
   */
  hours?: Hours;
}

export type ChannelKind = 'in-app' | 'official-account' | 'phone' | 'web' | 'mini-program' | 'offline';

/**
 * What a channel is for in the decision, as data: `stop-loss` stops money or an
 * account being used right now (first when at risk, never displaced);
 * `abroad-route` is the route for people outside mainland China.
 */
export type ChannelRole = 'stop-loss' | 'abroad-route';

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
  /** How to reach a person here (what to type or press, when people are on); users' experience is `typical`. */ human?: Fact<Text>;
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
  /** Its roles in the decision (see ChannelRole); most channels have none. */
  roles?: readonly ChannelRole[];
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

// ---- the catalogue of concrete problems (issue 12) -------------------------

/**
 * Concrete problems. Each belongs to one of the eight categories above
 * (`ProblemId`, which stay valid in old links and posters). These ids go into
 * links and printed posters too: never rename one, add a new one instead.
 */
export const CONCRETE_IDS = [
  // payment
  'wrong-transfer',
  'unknown-charge',
  'auto-renew',
  'merchant-refund',
  'withdraw',
  'pay-limited',
  'minor-spending',
  'pay-password',
  'red-packet',
  // fraud
  'scam-paid',
  'fake-service',
  'code-leaked',
  // stolen
  'hijacked',
  'phone-lost',
  'friend-hijacked',
  // banned
  'account-banned',
  'feature-limited',
  'banned-funds',
  // login
  'forgot-password',
  'new-phone',
  'no-code',
  'unfreeze',
  'friend-verify',
  // howto
  'chat-history',
  'close-account',
  'minor-mode',
  'change-id',
  // report
  'harassment',
  'spam-content',
  'fraud-report',
  'spam-call',
  // other
  'need-human',
  'no-response',
  'deceased',
] as const;
export type ConcreteId = (typeof CONCRETE_IDS)[number];

/**
 * Contacts outside the channel list that plans point to: police, regulators,
 * government warning lines, WeChat's own 400 line. Ids are stable.
 */
export const LINE_IDS = [
  'police-110',
  'anti-fraud-96110',
  'sms-12110',
  'consumer-12315',
  'pboc-12363',
  'miit-12300',
  'spam-12321',
  'warning-12381',
  'wechat-400',
  'anti-fraud-app',
] as const;
export type LineId = (typeof LINE_IDS)[number];

export type LineKind = 'phone' | 'sms' | 'app' | 'web' | 'mini-program' | 'official-account';

/** A government or other contact that is not one of WeChat's channels. */
export interface Line {
  id: LineId;
  kind: LineKind;
  name: Text;
  /** What it handles, one line. */
  handles: Fact<Text>;
  /** What must have happened first (e.g. "complained to Tenpay first"). */
  precondition?: Fact<Text>;
  number?: Fact<PhoneNumber>;
  url?: Fact<string>;
  hours: Fact<Hours>;
  textOnly: boolean;
  voiceOnly: boolean;
  worksAbroad: boolean;
  /** Said with every mention, e.g. "this line never calls you abroad". */
  notes?: readonly SourcedText[];
}

/** A sentence with where it came from. */
export interface SourcedText extends Text {
  source: string;
  checkedOn: IsoDate;
  /** A figure or rule from users' experience or one article: shown as typical, never as promised. */
  typical?: boolean;
}

/**
 * Kinds of plan step, in the order a plan uses them:
 * `self` try this yourself first; `contact` reach a person; `escalate` if nothing happens by a date.
 */
export type PlanStepKind = 'self' | 'contact' | 'escalate';

/** Blanks a "say this" text may hold, filled in by the user: `{amount}` etc. */
export const SAY_BLANKS = ['time', 'amount', 'payee', 'txn', 'merchant', 'account', 'what', 'ticket'] as const;
export type SayBlank = (typeof SAY_BLANKS)[number];

/** When a step applies. Absent fields mean "any". */
export interface StepCondition {
  region?: RegionId;
  urgent?: UrgentId;
}

export interface PlanStep {
  /** Stable within its problem (`check-pending`, `call-110`): checklists and notes refer to it. */
  id: string;
  kind: PlanStepKind;
  /** What to do, one sentence. */
  text: Text;
  /**
   * The exact menu path when the step happens in WeChat (我 → 服务 → 钱包 → 账单). A fact: a path no
   * reliable source gives is `known: false`, and the app says 「未确认」. Paths differ between
   * versions: say so in the note or the text.
   */
  path?: Fact<Text>;
  /** Who to contact: one of WeChat's channels, or a line outside them. */
  channel?: ChannelId;
  line?: LineId;
  /** How to reach a human there (what to type or press, when humans are on); users' experience is `typical`. */
  human?: Fact<Text>;
  /** A short "say this" text; blanks as `{amount}` (see SAY_BLANKS). */
  say?: Text;
  /** For `escalate`: the condition, e.g. 「商家 1 天内没有回复」. */
  after?: Text;
  /** "Or instead" rather than "do these in order". */
  alternative?: boolean;
  /** A voice call: text-only users get the step's text route instead, or it is left out. */
  call?: boolean;
  /** Only in these situations. */
  only?: StepCondition;
  /** Where the text (and the path, when no path fact is given) comes from. */
  source: string;
  also?: readonly string[];
  checkedOn: IsoDate;
}

/** One thing to prepare, with an id that stays the same across releases (checklist ticks are stored by it). */
export interface CatalogueMaterial extends Material {
  id: string;
}

/**
 * What pages other than the result need of a concrete problem (the flow, links, search, home): shipped in the
 * main package as `ENTRIES` (core/data/catalogue/entries.ts, generated from the catalogue), while the plans
 * themselves ship with the result page.
 */
export type CatalogueEntry = Pick<CatalogueProblem, 'id' | 'category' | 'label' | 'hint' | 'phrasings' | 'urgency' | 'flags' | 'asks' | 'questions'>;

/** The light fields, in the order the generated entries list them. */
export const ENTRY_FIELDS = ['id', 'category', 'label', 'hint', 'phrasings', 'urgency', 'flags', 'asks', 'questions'] as const;

export interface CatalogueProblem {
  id: ConcreteId;
  category: ProblemId;
  label: Text;
  hint: Text;
  /** How people describe it, for search: colloquial, whole sentences, common misspellings. */
  phrasings: { zh: readonly string[]; en: readonly string[] };
  /** As for categories: ask the urgent question, always urgent, or never. */
  urgency: 'ask' | 'always' | 'never';
  /** Data the decision reads instead of comparing ids. */
  flags?: {
    /** Money or an account is at risk: stop-loss steps come first and are never displaced. */
    stopLoss?: true;
    /** Money may be gone: 110 and 95017 stay in the plan whatever the answers. */
    police?: true;
  };
  /**
   * The questions asked after this problem is chosen, in this order (optional).
   * Default: `urgent` when `urgency` is 'ask', then `region` and `need`; a
   * stop-loss problem that is always urgent asks nothing before its plan. A
   * question not asked keeps its default (mainland, any) and can be changed
   * from the result page.
   */
  asks?: readonly FollowUpId[];
  /** The follow-up questions worded for this problem (optional): the title shown instead of the general one. */
  questions?: Partial<Record<FollowUpId, Text>>;
  steps: readonly PlanStep[];
  materials: Fact<CatalogueMaterial[]>;
  /** Typical time to a result, e.g. the seed's "payment 2–6 h": a typical fact. */
  typicalTime?: Fact<Text>;
  /** Rules with times that matter here (unaccepted transfers return after 24 h …). */
  rules: readonly SourcedText[];
  /** Scam risks and other warnings specific to this problem. */
  warnings: readonly SourcedText[];
}
