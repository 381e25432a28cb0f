/**
 * The complaint text generator: from a case (core/case.ts) and a route (data/complaint-routes.ts), a text the
 * user copies into the complaint form, the call or the email — who it is for and how to reach them, what the
 * problem is, each contact with its date (the phone's own time, as the note was written), channel, ticket
 * number and what was said, what the user wants, and a line the user completes with their name and contact.
 * Pure (no `wx`). Every text the user typed is masked (core/mask.ts): personal numbers keep only 4 digits.
 * Nothing personal is ever filled in from storage: the name and contact line stays blank.
 */
import { Case } from './case';
import { ClockStep, clockLine } from './clock';
import { concreteById } from './data/catalogue';
import { ENTRIES } from './data/catalogue/entries';
import { CHANNEL_BY_ID } from './data/channels';
import {
  ALWAYS_ROUTES,
  CATEGORY_ROUTES,
  CHANNEL_ROUTE,
  COMPLAINT_PATH_SOURCE,
  DEFAULT_WISH,
  KIND_WHO,
  LINE_ROUTE,
  NOT_YET,
  NOT_YET_SOURCE,
  OUTCOME_TEXT,
  ROUTE_IDS,
  RouteData,
  RouteId,
  ROUTES,
  POLICE_WISH,
  STEP_ROUTE,
} from './data/complaint-routes';
import { LINE_BY_ID } from './data/lines';
import { problemById } from './data/problems';
import { UserOffset } from './hours';
import { maskSensitive } from './mask';
import { Note } from './notes';
import { ChannelId, Fact, Lang, LineId, PlanStep, Text } from './types';

export { ROUTE_IDS, ROUTES };
export type { RouteId };

/** A route id from a page path, or null. */
export function parseRoute(value: unknown): RouteId | null {
  return typeof value === 'string' && (ROUTE_IDS as readonly string[]).indexOf(value) >= 0 ? (value as RouteId) : null;
}

const tx = (text: Text, lang: Lang): string => text[lang];
const NOT_CONFIRMED: Text = { zh: '未确认', en: 'not confirmed' };

function unconfirmedText(note: Text, lang: Lang): string {
  return lang === 'zh' ? `未确认（${note.zh}）` : `not confirmed (${note.en})`;
}

// ---- which routes a case has ---------------------------------------------------------------------

/** The routes a plan's steps name: its lines, its channels, and the WeChat Pay complaint path. */
function stepRoutes(step: PlanStep): RouteId[] {
  const out: RouteId[] = [];
  const line = step.line !== undefined ? LINE_ROUTE[step.line] : undefined;
  const channel = step.channel !== undefined ? CHANNEL_ROUTE[step.channel] : undefined;
  if (line) out.push(line);
  if (channel) out.push(channel);
  const cites = [step.source, ...(step.also ?? []), ...(step.path && step.path.known ? [step.path.source] : [])];
  if (cites.indexOf(COMPLAINT_PATH_SOURCE) >= 0) out.push('pay-complaint', 'pay-intervene');
  return out;
}

/** The routes the case's plan offers: the concrete problem's steps, or its category's routes. */
export function planRoutes(c: Case): RouteId[] {
  const plan = c.concrete ? concreteById(c.concrete) : undefined;
  if (!plan) return [...CATEGORY_ROUTES[c.problem ?? 'none']];
  return plan.steps.reduce<RouteId[]>((all, step) => all.concat(stepRoutes(step)), []);
}

/** The routes the notes themselves point to: a contact abroad, a complaint to WeChat Pay. */
function noteRoutes(notes: readonly Note[]): RouteId[] {
  const out: RouteId[] = [];
  for (const n of notes) {
    const channel = CHANNEL_ROUTE[n.channel];
    if (channel) out.push(channel);
    if (n.kind === 'tenpay') out.push('tenpay', '12363');
    if (n.kind === 'merchant-complaint') out.push('pay-complaint', 'pay-intervene');
  }
  return out;
}

/** Money gone to a scammer: 110 and 95017 are always offered. */
function isScam(c: Case): boolean {
  if (c.problem === 'fraud') return true;
  const plan = c.concrete ? concreteById(c.concrete) : undefined;
  return Boolean(plan && plan.flags && plan.flags.police);
}

/** Every route offered for a case, in ROUTE_IDS order: from its plan, its clock steps and its notes. */
export function offeredRoutes(c: Case, steps: readonly ClockStep[]): RouteId[] {
  const wanted = new Set<RouteId>([...planRoutes(c), ...steps.map((s) => STEP_ROUTE[s.id]), ...noteRoutes(c.notes), ...ALWAYS_ROUTES]);
  if (isScam(c)) ['110', 'tenpay'].forEach((r) => wanted.add(r as RouteId));
  return ROUTE_IDS.filter((r) => wanted.has(r));
}

// ---- whether a route is open -----------------------------------------------------------------------

/**
 * `open`: the user can take it now; `waiting`: the clock is counting (the text can be prepared); `locked`:
 * something must happen first; `closed`: too late.
 */
export type RouteState = 'open' | 'waiting' | 'locked' | 'closed';

export interface RouteOffer {
  id: RouteId;
  name: string;
  state: RouteState;
  /** Why it is (not yet) open: the clock's line, or the rule it waits for; '' when nothing needs saying. */
  why: string;
  /** Where `why` comes from. */
  source: string;
}

interface StateCtx {
  steps: readonly ClockStep[];
  now: number;
  offset: UserOffset;
  lang: Lang;
}

const CLOCK_STATE: Readonly<Record<ClockStep['state'], RouteState>> = { available: 'open', overdue: 'open', waiting: 'waiting', closed: 'closed' };

/** The route's state from its clock step (the open one first), or null when the clock has none. */
function fromClock(id: RouteId, ctx: StateCtx): Omit<RouteOffer, 'id' | 'name'> | null {
  const mine = ctx.steps.filter((s) => STEP_ROUTE[s.id] === id);
  // The route's own step (pay-intervene, 12300 …) says most; the deadlines before it only while it is not there.
  const step = mine.find((s) => s.id === id) ?? mine[0];
  if (!step) return null;
  // The merchant's deadlines passing is what opens WeChat Pay's intervention, not the deadline itself.
  const state = step.id === 'merchant-reply' || step.id === 'merchant-resolve' ? 'waiting' : CLOCK_STATE[step.state];
  return { state, why: clockLine(step, ctx.now, ctx.offset, ctx.lang), source: step.source };
}

/** The precondition of a route that the clock does not (yet) count: the line's own, or the rule here. */
function precondition(route: RouteData, lang: Lang): { why: string; source: string } | null {
  const rule = NOT_YET[route.id];
  if (rule) return { why: tx(rule, lang), source: NOT_YET_SOURCE[route.id] ?? 'editorial' };
  if (route.reach.from !== 'line') return null;
  const pre = LINE_BY_ID[route.reach.line].precondition;
  return pre && pre.known && route.id !== '12315' && route.id !== '110' ? { why: tx(pre.value, lang), source: pre.source } : null;
}

/** A route's state: from the clock, else locked by its precondition, else open. */
export function routeState(id: RouteId, ctx: StateCtx): Omit<RouteOffer, 'id' | 'name'> {
  if (id === '110') return { state: 'open', why: '', source: 'editorial' };
  const clock = fromClock(id, ctx);
  if (clock) return clock;
  const pre = precondition(ROUTES[id], ctx.lang);
  return pre ? { state: 'locked', ...pre } : { state: 'open', why: '', source: 'editorial' };
}

/** The routes offered for a case with their state at `now`. */
export function routeOffers(c: Case, steps: readonly ClockStep[], now: number, offset: UserOffset, lang: Lang): RouteOffer[] {
  const ctx: StateCtx = { steps, now, offset, lang };
  return offeredRoutes(c, steps).map((id) => ({ id, name: tx(ROUTES[id].name, lang), ...routeState(id, ctx) }));
}

// ---- how to reach a route -----------------------------------------------------------------------

/** A fact as words: its value, or 「未确认」 with the reason. */
function factWords<T>(fact: Fact<T> | undefined, lang: Lang, show: (v: T) => string): string {
  if (!fact) return tx(NOT_CONFIRMED, lang);
  return fact.known ? show(fact.value) : unconfirmedText(fact.note, lang);
}

const phoneWords = (lang: Lang) => (p: { display: string }) => (lang === 'zh' ? `电话 ${p.display}` : `Phone ${p.display}`);

function channelReach(id: ChannelId, lang: Lang): string[] {
  const ch = CHANNEL_BY_ID[id];
  if (ch.phone) return [factWords(ch.phone, lang, phoneWords(lang))];
  const web = factWords(ch.url, lang, (u) => (lang === 'zh' ? `网站 ${u}` : `Website ${u}`));
  const mail = factWords(ch.email, lang, (list) => (lang === 'zh' ? `邮箱 ${list.join(' / ')}` : `Email ${list.join(' or ')}`));
  return [web, mail];
}

function lineReach(id: LineId, lang: Lang): string[] {
  const line = LINE_BY_ID[id];
  const out = [factWords(line.number, lang, phoneWords(lang))];
  if (line.url) out.push(factWords(line.url, lang, (u) => (lang === 'zh' ? `网站 ${u}` : `Website ${u}`)));
  return out;
}

/** An escalate step of the 「客服一直不理我」 plan: its menu path when known, else what it says to do. */
function planStep(id: string): PlanStep | undefined {
  const plan = concreteById('no-response');
  return plan ? plan.steps.find((s) => s.id === id) : undefined;
}

function stepReach(id: string, lang: Lang): string[] {
  const step = planStep(id);
  if (!step) return [tx(NOT_CONFIRMED, lang)];
  if (step.path) return [factWords(step.path, lang, (p) => tx(p, lang))];
  return [tx(step.text, lang)];
}

/** How to send the text to a route, from the data; 「未确认」 where the data does not confirm it. */
export function reachLines(id: RouteId, lang: Lang): string[] {
  const reach = ROUTES[id].reach;
  if (reach.from === 'channel') return channelReach(reach.channel, lang);
  if (reach.from === 'line') return lineReach(reach.line, lang);
  return stepReach(reach.step, lang);
}

/** A line's number and url facts; when its number is not confirmed, the notes that say why. */
function lineFacts(id: LineId): Array<Fact<unknown> | undefined> {
  const line = LINE_BY_ID[id];
  const notes =
    line.number && line.number.known ? [] : (line.notes ?? []).map((n) => ({ known: true as const, value: n, source: n.source, checkedOn: n.checkedOn }));
  return [line.number, line.url, ...notes];
}

/** The sources of a route's reach (for the docs and the tests). */
export function routeSources(id: RouteId): string[] {
  const reach = ROUTES[id].reach;
  const facts: Array<Fact<unknown> | undefined> = [];
  if (reach.from === 'channel') facts.push(CHANNEL_BY_ID[reach.channel].phone, CHANNEL_BY_ID[reach.channel].url, CHANNEL_BY_ID[reach.channel].email);
  if (reach.from === 'line') facts.push(...lineFacts(reach.line));
  const step = reach.from === 'step' ? planStep(reach.step) : undefined;
  if (step) facts.push(step.path ?? { known: true, value: step.text, source: step.source, checkedOn: step.checkedOn });
  const known = facts.filter((f): f is Fact<unknown> & { known: true } => Boolean(f && f.known));
  return known.map((f) => f.source).filter((s, i, all) => all.indexOf(s) === i);
}

// ---- the text -----------------------------------------------------------------------------------

/** The case's problem in words: the concrete problem's label, else the category's. */
export function caseTitle(c: Case, lang: Lang): string {
  const entry = c.concrete ? ENTRIES.find((e) => e.id === c.concrete) : undefined;
  if (entry) return tx(entry.label, lang);
  if (c.problem) return tx(problemById(c.problem).label, lang);
  return lang === 'zh' ? '（没有记下是哪类问题）' : '(the kind of problem was not noted)';
}

/** What the user wants by default: the police route's own, else by the kind of problem. */
export function defaultWish(c: Case, route: RouteId, lang: Lang): string {
  return tx(route === '110' ? POLICE_WISH : DEFAULT_WISH[c.problem ?? 'none'], lang);
}

/** The words of the text, per language (zh with full-width punctuation, en with none). */
const WORDS = {
  zh: {
    to: '致',
    how: '提交方式',
    problem: '问题',
    history: '经过',
    via: (who: string) => `通过「${who}」联系`,
    ticket: (n: string) => `，工单号 ${n}`,
    said: (s: string) => `。对方说：${s}`,
    outcome: (o: string) => `。结果：${o}。`,
    none: '还没有联系记录。',
    wish: '我的诉求',
    contact: '姓名：__________　联系电话：__________（请自己填写）',
    join: '；',
    colon: '：',
  },
  en: {
    to: 'To',
    how: 'How to send it',
    problem: 'Problem',
    history: 'What happened',
    via: (who: string) => ` contacted "${who}"`,
    ticket: (n: string) => `, ticket ${n}`,
    said: (s: string) => `. They said: ${s}`,
    outcome: (o: string) => `. Outcome: ${o}.`,
    none: 'No contacts noted yet.',
    wish: 'What I want',
    contact: 'Name: __________  WeChat ID or phone: __________ (fill in yourself)',
    join: '; ',
    colon: ': ',
  },
} as const;

/** Who a contact reached: the note's kind when it is not the channel's own team, else the channel. */
function whoOf(n: Note, lang: Lang): string {
  const kind = n.kind ? KIND_WHO[n.kind] : undefined;
  return kind ? tx(kind, lang) : tx(CHANNEL_BY_ID[n.channel].name, lang);
}

/** One contact: when (the phone's time, as noted), who, the ticket, what was said, what came of it. Masked. */
function contactLine(n: Note, i: number, lang: Lang): string {
  const w = WORDS[lang];
  const ticket = n.ticket ? w.ticket(maskSensitive(n.ticket, 'ticket')) : '';
  const said = n.said ? w.said(maskSensitive(n.said)) : '';
  const lead = lang === 'zh' ? `${i + 1}. ${n.at}，${w.via(whoOf(n, lang))}` : `${i + 1}. On ${n.at}${w.via(whoOf(n, lang))}`;
  return `${lead}${ticket}${said}${w.outcome(tx(OUTCOME_TEXT[n.outcome ?? 'none'], lang))}`;
}

export interface ComplaintInput {
  case: Case;
  route: RouteId;
  /** The language of the text: zh, or en where the route has it (else zh). */
  lang: Lang;
  /** What the user wants, as typed (masked in the text); empty: the route's default. */
  wish: string;
}

/** The text to copy: addressee, how to send it, the problem, each contact, the wish, the blank name line. */
export function complaintText(input: ComplaintInput): string {
  const route = ROUTES[input.route];
  const lang: Lang = route.langs.indexOf(input.lang) >= 0 ? input.lang : 'zh';
  const w = WORDS[lang];
  const wish = input.wish.trim() ? maskSensitive(input.wish.trim()) : defaultWish(input.case, input.route, lang);
  const history = input.case.notes.length ? input.case.notes.map((n, i) => contactLine(n, i, lang)) : [w.none];
  const lines = [
    lang === 'zh' ? `【${tx(route.heading, 'zh')}】` : tx(route.heading, 'en'),
    `${w.to}${w.colon}${tx(route.to, lang)}`,
    `${w.how}${w.colon}${reachLines(input.route, lang).join(w.join)}`,
    `${w.problem}${w.colon}${caseTitle(input.case, lang)}`,
    `${w.history}${w.colon}`,
    ...history,
    `${w.wish}${w.colon}${wish}`,
  ];
  if (route.needsContact) lines.push(w.contact);
  return lines.join('\n');
}
