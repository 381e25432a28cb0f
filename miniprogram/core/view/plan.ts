/**
 * A concrete problem's action plan as the result page shows it: each step as
 * plain strings a template binds as they are (kind, text, menu path, who,
 * how to reach a person, hours in Beijing and the user's own time, one-tap
 * actions, a "say this" text, the source). Which steps apply and in what
 * order is decided before (core/recommend); this only presents them.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { CHANNEL_BY_ID } from '../data/channels';
import { LINE_BY_ID } from '../data/lines';
import { ALL_SOURCES as SOURCES } from '../data/catalogue/sources';
import { channelStatus, hoursStatus, hoursText, statusLine, StatusState, UserOffset } from '../hours';
import { maskSensitive } from '../notes';
import { str, StringKey } from '../strings';
import { Answers, Channel, Fact, Lang, Line, NeedId, PhoneNumber, PlanStep, PlanStepKind, RegionId, SAY_BLANKS, SayBlank, Text } from '../types';
import { ActionView, cardStatusText, channelActions, NOTE_JOIN } from './card';
import { t, unconfirmed } from './common';

/** A one-tap action; a number with its own caveat or hours (+86 571 95017) says them under the button (`note`). */
export type PlanActionView = ActionView;

/** One step. Optional fields are left out when empty, so the page sends only what it shows. */
export interface StepView {
  id: string;
  kind: PlanStepKind;
  /** 「先自己试试」「联系」「如果还没结果」. */
  kindLabel: string;
  text: string;
  /** The menu path, or 「未确认（why）」 when no reliable source gives it. */
  path?: string;
  pathUnknown?: true;
  /** "Menus may differ between versions", where the path comes from users' guides. */
  pathNote?: string;
  /** The channel or line to contact. */
  who?: string;
  /** How to reach a person there; `humanTag` says 「用户经验」 when that is all it rests on. */
  human?: string;
  humanTag?: string;
  /** Open or closed now, with the next change in Beijing time and the user's own time. */
  hours?: string;
  /** The weekly hours of a line, in Beijing time. */
  hoursWeekly?: string;
  state?: StatusState;
  /** For escalation: when to do it. */
  after?: string;
  /** What a line says with every mention, and what must have happened first. */
  notes?: string[];
  actions: PlanActionView[];
  /** The "say this" text with its blanks (`{amount}` …), filled in by pages/result/say-card. */
  say?: string;
  /** 「来源：… · 核对于 2026-12-01」. */
  source: string;
}

export interface PlanView {
  inOrder: StepView[];
  instead: StepView[];
}

export interface PlanContext {
  now: number;
  lang: Lang;
  /** The user's UTC offset in minutes (the phone's zone). */
  offset?: UserOffset;
  region?: RegionId;
  need?: NeedId;
  answers?: Answers;
}

const KIND_LABEL: Record<PlanStepKind, StringKey> = {
  self: 'stepSelf',
  contact: 'stepContact',
  escalate: 'stepEscalate',
};

const colon = (lang: Lang): string => str('colon', lang);

function known<T>(fact: Fact<T> | undefined): fact is Extract<Fact<T>, { known: true }> {
  return fact !== undefined && fact.known;
}

function sourceLine(id: string, checkedOn: string, lang: Lang): string {
  const s = SOURCES[id];
  const title = s ? t(s.title, lang) : id;
  return `${str('stepSource', lang)}${colon(lang)}${title} · ${str('checkedOn', lang)} ${checkedOn}`;
}

function mentionsVersion(text: string): boolean {
  return /版本|version/i.test(text);
}

function pathFields(path: Fact<Text> | undefined, lang: Lang): Pick<StepView, 'path' | 'pathUnknown' | 'pathNote'> {
  if (!path) return {};
  if (!path.known) return { path: unconfirmed(path.note, lang), pathUnknown: true };
  const text = t(path.value, lang);
  // A path from users' guides (typical) may differ by version: say so, unless the path already does.
  const note = path.typical && !mentionsVersion(text) ? { pathNote: str('stepPathVersion', lang) } : {};
  return { path: text, ...note };
}

function humanFields(human: Fact<Text> | undefined, lang: Lang): Pick<StepView, 'human' | 'humanTag'> {
  if (!human) return {};
  if (!human.known) return { human: unconfirmed(human.note, lang) };
  const text = t(human.value, lang);
  // The tag says 「用户经验」 unless the text already says so (「用户的经验」「典型情况」).
  const saysSo = /经验|典型|experience|typical/i.test(text);
  return human.typical && !saysSo ? { human: text, humanTag: str('userExperience', lang) } : { human: text };
}

function unknownHours(note: Text, lang: Lang): string {
  const why = t(note, lang);
  // A note that is itself the whole message (「服务时间未确认」) is not wrapped in a second 未确认.
  if (why.toLowerCase().indexOf(str('notConfirmed', lang).toLowerCase()) >= 0) return why;
  return `${str('hours', lang)}${colon(lang)}${unconfirmed(note, lang)}`;
}

function channelHours(c: Channel, now: number, offset: UserOffset | undefined, lang: Lang): Pick<StepView, 'hours' | 'state'> {
  if (c.notFound) return {};
  if (!c.hours.known) return { hours: unknownHours(c.hours.note, lang), state: 'unknown' };
  const status = channelStatus(c, now, offset);
  return { hours: cardStatusText(c, status, lang), state: status.state };
}

function lineHours(line: Line, now: number, offset: UserOffset | undefined, lang: Lang): Pick<StepView, 'hours' | 'hoursWeekly' | 'state'> {
  if (!line.hours.known) return { hours: unknownHours(line.hours.note, lang), state: 'unknown' };
  const status = hoursStatus(line.hours.value, now, offset);
  const line1 = statusLine(status, lang);
  const hours = line.hours.typical ? `${line1} · ${lang === 'zh' ? '典型时间' : 'typical hours'}` : line1;
  return line.hours.value.kind === 'weekly' ? { hours, hoursWeekly: hoursText(line.hours.value, lang), state: status.state } : { hours, state: status.state };
}

/**
 * A number's own dial button says what to know before tapping: its caveat,
 * which the channel card already puts on it (core/facts.ts numberCaveats: the
 * cross-border caveat on +86 571 95017), and, when the number has its own
 * hours, whether it is open now in Beijing and the user's time.
 */
function withNumberNotes(
  actions: ActionView[],
  numbers: ReadonlyArray<Fact<PhoneNumber> | undefined>,
  now: number,
  offset: UserOffset | undefined,
  lang: Lang,
): PlanActionView[] {
  return actions.map((a) => {
    if (a.type !== 'call') return a;
    const n = numbers.find((f) => known(f) && f.value.dial === a.value);
    const hours = n && n.known && n.value.hours ? statusLine(hoursStatus(n.value.hours, now, offset), lang) : undefined;
    if (!hours) return a;
    return { ...a, note: a.note ? `${a.note}${NOTE_JOIN[lang]}${hours}` : hours, aria: `${a.aria}${NOTE_JOIN[lang]}${hours}` };
  });
}

/**
 * One-tap actions for a line, in the channel cards' shape: call (only where
 * it can be dialled: not for text-only users, not abroad for a mainland-only
 * line) and copy its number, copy the number of an SMS line, copy the name of
 * an app, mini program or official account to search for, copy a link.
 */
/** A line's number: call and copy for a phone line (nothing for text-only users), copy for an SMS line and others. */
function numberActions(line: Line, lang: Lang, need?: NeedId): ActionView[] {
  if (!known(line.number)) return [];
  const p = line.number.value;
  const name = t(line.name, lang);
  const copy = (primary: boolean): ActionView => ({
    type: 'copy',
    label: str('copyNumber', lang),
    value: p.dial,
    done: str('copied', lang),
    aria: `${str('copyNumber', lang)} ${p.display} ${name}`,
    primary,
  });
  // SMS lines (the number to text) and any other line with a number.
  if (line.kind !== 'phone') return [copy(true)];
  // A phone line is no use to someone who cannot phone: no call, and no number to copy.
  if (need === 'text') return [];
  const label = `${str('call', lang)} ${p.display}`;
  return [{ type: 'call', label, value: p.dial, done: '', aria: `${label} ${name}`, primary: true }, copy(false)];
}

const NAME_COPY: Partial<Record<Line['kind'], StringKey>> = {
  app: 'copyAppName',
  'mini-program': 'copyMiniProgram',
  'official-account': 'copyAccount',
};

export function lineActions(line: Line, lang: Lang, region?: RegionId, need?: NeedId): ActionView[] {
  const name = t(line.name, lang);
  const reachable = region !== 'overseas' || line.worksAbroad;
  const actions: ActionView[] = reachable ? numberActions(line, lang, need) : [];
  const key = NAME_COPY[line.kind];
  if (key) {
    const label = `${str(key, lang)}${lang === 'zh' ? `「${name}」` : ` “${name}”`}`;
    const done = line.kind === 'app' ? str('copied', lang) : str('copiedAccount', lang);
    actions.push({ type: 'copy', label, value: name, done, aria: label, primary: actions.length === 0 });
  }
  if (known(line.url)) {
    actions.push({
      type: 'copy',
      label: str('copyLink', lang),
      value: line.url.value,
      done: str('copied', lang),
      aria: `${str('copyLink', lang)} ${line.url.value}`,
      primary: false,
    });
  }
  return actions;
}

/** A copy action's toast is left empty when it is the default 「已复制」 (runAction says that itself). */
function lean(actions: PlanActionView[], lang: Lang): PlanActionView[] {
  const copied = str('copied', lang);
  return actions.map((a) => (a.done === copied ? { ...a, done: '' } : a));
}

function contactFields(
  step: PlanStep,
  ctx: PlanContext,
  region: RegionId | undefined,
  need: NeedId | undefined,
): Pick<StepView, 'who' | 'hours' | 'hoursWeekly' | 'state' | 'notes' | 'actions'> {
  const { now, lang, offset } = ctx;
  const noCalls = (actions: PlanActionView[]): PlanActionView[] => (need === 'text' ? actions.filter((a) => a.type !== 'call') : actions);
  if (step.channel) {
    const c = CHANNEL_BY_ID[step.channel];
    // The number from abroad carries its caveat (from the card) and its own hours on its button.
    const actions = withNumberNotes(channelActions(c, lang, region, need), [c.phoneAbroad], now, offset, lang);
    return { who: t(c.name, lang), ...channelHours(c, now, offset, lang), actions: lean(noCalls(actions), lang) };
  }
  const line: Line | undefined = step.line ? LINE_BY_ID[step.line] : undefined;
  if (line) {
    const notes: string[] = [];
    if (line.precondition) notes.push(line.precondition.known ? t(line.precondition.value, lang) : unconfirmed(line.precondition.note, lang));
    for (const n of line.notes ?? []) notes.push(t(n, lang));
    // A line's notes are shown with the step already; its number's own hours, if any, go on the button.
    const actions = withNumberNotes(lineActions(line, lang, region, need), [line.number], now, offset, lang);
    return { who: t(line.name, lang), ...lineHours(line, now, offset, lang), ...(notes.length ? { notes } : {}), actions: lean(noCalls(actions), lang) };
  }
  return { actions: [] };
}

/** The region and need a step is shown for. */
function situation(step: PlanStep, ctx: PlanContext): { region?: RegionId; need?: NeedId } {
  const answers = ctx.answers ?? {};
  // When the region was not asked, a step meant for one region (「境外可试 +86 571 95017」) offers that region's actions.
  return { region: ctx.region ?? answers.region ?? step.only?.region, need: ctx.need ?? answers.need };
}

/** How to reach a person: the step's own, else (for a contact or escalation) its channel's. */
function humanOf(step: PlanStep): Fact<Text> | undefined {
  if (step.human) return step.human;
  return step.kind !== 'self' && step.channel ? CHANNEL_BY_ID[step.channel].human : undefined;
}

function stepView(step: PlanStep, ctx: PlanContext): StepView {
  const { lang } = ctx;
  const { region, need } = situation(step, ctx);
  const view: StepView = {
    id: step.id,
    kind: step.kind,
    kindLabel: str(KIND_LABEL[step.kind], lang),
    text: t(step.text, lang),
    ...pathFields(step.path, lang),
    ...humanFields(humanOf(step), lang),
    ...contactFields(step, ctx, region, need),
    source: sourceLine(step.source, step.checkedOn, lang),
  };
  if (step.after) view.after = t(step.after, lang);
  if (step.say) view.say = t(step.say, lang);
  return view;
}

/** The plan: "do these in order" and "or instead" (`alternative: true`), each in the order given. */
export function planView(steps: readonly PlanStep[], ctx: PlanContext): PlanView {
  const inOrder: StepView[] = [];
  const instead: StepView[] = [];
  for (const s of steps) (s.alternative ? instead : inOrder).push(stepView(s, ctx));
  return { inOrder, instead };
}

/** What a step can show a moment after the first screen without anything above it moving much. */
const LATER: ReadonlyArray<keyof StepView> = ['source', 'say', 'notes', 'hoursWeekly'];
/** What steps below the first screen also show a moment later (their text, path and who come at once). */
const BELOW: ReadonlyArray<keyof StepView> = ['human', 'humanTag', 'hours', 'state', 'pathNote'];

/**
 * The plan in two sends, so a page's first setData stays small: `first` has
 * the steps to do in order without their source lines, say texts, line notes
 * and weekly hours, and from step `full + 1` on also without human routes,
 * hours and actions (their text, path and who come at once); `later` is a
 * setData patch (paths under `at`, e.g. `view.plan`) with all that and the
 * "or instead" list. Applying `later` to `first` gives the whole plan.
 */
export function splitPlan(plan: PlanView, at: string, full = 2): { first: PlanView; later: Record<string, unknown> } {
  const later: Record<string, unknown> = {};
  const inOrder = plan.inOrder.map((s, i) => {
    const head: StepView = { ...s };
    const move = (k: keyof StepView): void => {
      if (head[k] === undefined) return;
      later[`${at}.inOrder[${i}].${k}`] = head[k];
      delete head[k];
    };
    LATER.forEach(move);
    if (i >= full) {
      BELOW.forEach(move);
      if (s.actions.length) {
        later[`${at}.inOrder[${i}].actions`] = s.actions;
        head.actions = [];
      }
    }
    return head;
  });
  if (plan.instead.length) later[`${at}.instead`] = plan.instead;
  return { first: { inOrder, instead: [] }, later };
}

/**
 * Fields of a page view that can arrive a moment after the first setData
 * (sections below the plan: the channel card, reasons, checklist, warnings
 * …): `first` has each listed array empty and each other listed field null
 * (the template hides a section until it is there), `later` is the patch
 * (`<at>.<key>`) that fills them.
 */
export function deferFields<V extends object, K extends keyof V>(view: V, at: string, keys: readonly K[]): { first: V; later: Record<string, unknown> } {
  const first = { ...view };
  const later: Record<string, unknown> = {};
  for (const k of keys) {
    const v = view[k];
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    later[`${at}.${String(k)}`] = v;
    first[k] = (Array.isArray(v) ? [] : null) as unknown as V[K];
  }
  return { first, later };
}

// ---- "say this": blanks the user fills in --------------------------------------

const BLANK_KEY: Record<SayBlank, StringKey> = {
  time: 'sayBlankTime',
  amount: 'sayBlankAmount',
  payee: 'sayBlankPayee',
  txn: 'sayBlankTxn',
  merchant: 'sayBlankMerchant',
  account: 'sayBlankAccount',
  what: 'sayBlankWhat',
  ticket: 'sayBlankTicket',
};

const BLANK = /\{([a-z]+)\}/g;

function isBlank(x: string): x is SayBlank {
  return (SAY_BLANKS as readonly string[]).indexOf(x) >= 0;
}

/** The blanks a "say this" text holds, each once, in the order they first appear. */
export function sayBlanks(text: string): SayBlank[] {
  const out: SayBlank[] = [];
  text.replace(BLANK, (whole, key: string) => {
    if (isBlank(key) && out.indexOf(key) < 0) out.push(key);
    return whole;
  });
  return out;
}

export function blankLabel(blank: SayBlank, lang: Lang): string {
  return str(BLANK_KEY[blank], lang);
}

/** An empty blank as shown and copied: 【金额】 / [amount]. */
export function blankPlaceholder(blank: SayBlank, lang: Lang): string {
  return lang === 'zh' ? `【${blankLabel(blank, lang)}】` : `[${blankLabel(blank, lang)}]`;
}

/**
 * The text with what the user typed. `shown` masks ID-card, bank-card and
 * mobile numbers to their last 4 digits (transaction and ticket numbers stay
 * whole, as in the notes: they are long and often pass the card check by
 * chance); `copy` keeps what was typed, because it is pasted to the agent or
 * the police, who need the real account and transaction numbers. Empty
 * blanks stay as 【金额】 in both, so nothing is sent half-filled unnoticed.
 */
export function fillSay(text: string, values: Partial<Record<SayBlank, string>>, lang: Lang): { shown: string; copy: string } {
  // In Chinese an empty blank's brackets are its spacing: 「从 【时间】 开始」 reads 「从【时间】开始」.
  const around = lang === 'zh' ? / ?\{([a-z]+)\} ?/g : BLANK;
  const fill = (masked: boolean): string =>
    text.replace(around, (whole, key: string) => {
      if (!isBlank(key)) return whole;
      const v = (values[key] ?? '').trim();
      if (!v) return blankPlaceholder(key, lang);
      const shown = masked ? maskSensitive(v, key !== 'txn' && key !== 'ticket') : v;
      return whole.replace(/\{[a-z]+\}/, shown);
    });
  return { shown: fill(true), copy: fill(false) };
}
