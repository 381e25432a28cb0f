/**
 * The ranking rules: small pure functions over `{ order, locked, reasons }`,
 * applied in a fixed order (text only, simplest, abroad, closed now).
 *
 * The guarantee every rule keeps: `order.slice(0, locked)` is never changed,
 * and `locked` never shrinks. A rule that makes a promise (the stop-loss
 * channel first, the only channel that can do the job first, the abroad
 * route next) locks it, so a later rule cannot undo it.
 *
 * Rules emit reason codes with data (which channel moved, and why); the
 * sentences are rendered from the strings table in view/reasons.ts.
 */
import { channelStatus } from '../hours';
import { Channel, ChannelId, ChannelRole, ProblemId } from '../types';

export interface RuleContext {
  urgent: boolean;
  textOnly: boolean;
  simple: boolean;
  abroad: boolean;
  /** Only the plan's first channel can do this job. */
  essential: boolean;
  now: number;
  channel(id: ChannelId): Channel;
  /** The channel with the `abroad-route` role, when the data has one. */
  abroadRoute?: ChannelId;
}

export type Reason =
  | { code: 'plan'; problem: ProblemId }
  | { code: 'text-only-moved'; from: ChannelId; to: ChannelId }
  | { code: 'text-only-last' }
  | { code: 'simple-only-one'; channel: ChannelId }
  | { code: 'simple-moved'; from: ChannelId; to: ChannelId }
  | { code: 'abroad-stop-loss'; first: ChannelId }
  | { code: 'abroad-essential'; first: ChannelId }
  | { code: 'abroad-second'; channel: ChannelId }
  | { code: 'abroad-phone'; from: ChannelId }
  | { code: 'abroad-unavailable'; from: ChannelId }
  | { code: 'closed-moved'; from: ChannelId; to: ChannelId };

export interface Ranking {
  order: readonly ChannelId[];
  /** How many channels at the front no later rule may move. */
  locked: number;
  reasons: readonly Reason[];
}

export type Rule = (ctx: RuleContext, ranking: Ranking) => Ranking;

export function hasRole(c: Channel, role: ChannelRole): boolean {
  return (c.roles ?? []).indexOf(role) >= 0;
}

/** Whether this person can start with the channel: no phone line for text-only users, nothing mainland-only abroad. */
function usableFirst(ctx: RuleContext, id: ChannelId): boolean {
  const c = ctx.channel(id);
  if (ctx.textOnly && c.voiceOnly) return false;
  return !(ctx.abroad && !c.worksAbroad);
}

function isOpen(ctx: RuleContext, id: ChannelId): boolean {
  const state = channelStatus(ctx.channel(id), ctx.now).state;
  return state === 'open' || state === 'always';
}

function head(order: readonly ChannelId[], locked: number): ChannelId[] {
  return order.slice(0, locked);
}

function tail(order: readonly ChannelId[], locked: number): ChannelId[] {
  return order.slice(locked);
}

function withReason(r: Ranking, order: readonly ChannelId[], locked: number, reason: Reason): Ranking {
  return { order, locked: Math.max(r.locked, locked), reasons: [...r.reasons, reason] };
}

/**
 * The starting ranking of a plan. The first channel is locked when it has the
 * stop-loss role, or when only it can do the job; either way only if this
 * person can use it (a lock never keeps a phone line first for a text-only user).
 */
export function initialRanking(ctx: RuleContext, order: readonly ChannelId[], reason: Reason): Ranking {
  const first = order[0];
  const promised = first !== undefined && (hasRole(ctx.channel(first), 'stop-loss') || ctx.essential);
  const locked = promised && first !== undefined && usableFirst(ctx, first) ? 1 : 0;
  return { order: [...order], locked, reasons: [reason] };
}

/** Text only: phone lines go to the end (someone can call for them). */
export const textOnly: Rule = (ctx, r) => {
  if (!ctx.textOnly) return r;
  const rest = tail(r.order, r.locked);
  const voice = rest.filter((id) => ctx.channel(id).voiceOnly);
  if (!voice.length) return r;
  const order = [...head(r.order, r.locked), ...rest.filter((id) => !ctx.channel(id).voiceOnly), ...voice];
  const from = r.order[0];
  const to = order[0];
  const reason: Reason = from !== undefined && to !== undefined && from !== to ? { code: 'text-only-moved', from, to } : { code: 'text-only-last' };
  return withReason(r, order, r.locked, reason);
};

function difficultyOf(ctx: RuleContext, id: ChannelId): number {
  const d = ctx.channel(id).difficulty;
  return d.known ? d.value : 6;
}

/** The easiest usable channel among `ids`; the earlier one wins a tie. */
function easiest(ctx: RuleContext, ids: readonly ChannelId[]): ChannelId | undefined {
  let best: ChannelId | undefined;
  for (const id of ids) {
    if (!usableFirst(ctx, id)) continue;
    if (best === undefined || difficultyOf(ctx, id) < difficultyOf(ctx, best)) best = id;
  }
  return best;
}

/**
 * Simplest path, when nothing is at risk: the channel with the fewest steps
 * comes first, unless only one channel can do the job (then it says so).
 */
export const simplest: Rule = (ctx, r) => {
  if (!ctx.simple || ctx.urgent) return r;
  const first = r.order[0];
  if (ctx.essential && first !== undefined && r.locked > 0) return withReason(r, r.order, r.locked, { code: 'simple-only-one', channel: first });
  const rest = tail(r.order, r.locked);
  const from = rest[0];
  const to = easiest(ctx, rest);
  if (from === undefined || to === undefined || to === from) return r;
  const order = [...head(r.order, r.locked), to, ...rest.filter((id) => id !== to)];
  return withReason(r, order, r.locked, { code: 'simple-moved', from, to });
};

/** Stop the loss first (or keep the locked channels), then the abroad route: both locked. */
function abroadKeepFirst(ctx: RuleContext, r: Ranking, route: ChannelId, order: readonly ChannelId[]): Ranking {
  const stopLossFirst = order.find((id) => ctx.channel(id).worksAbroad && id !== route);
  const kept = r.locked > 0 ? head(r.order, r.locked) : stopLossFirst === undefined ? [] : [stopLossFirst];
  const first = kept[0] ?? route;
  const front = kept.indexOf(route) >= 0 ? kept : [...kept, route];
  const rest = order.filter((id) => front.indexOf(id) < 0);
  const stopLoss = ctx.urgent || hasRole(ctx.channel(first), 'stop-loss') || !ctx.essential;
  return withReason(r, [...front, ...rest], front.length, stopLoss ? { code: 'abroad-stop-loss', first } : { code: 'abroad-essential', first });
}

/** The abroad route first; the channel planned first goes second when it works abroad too. */
function abroadRouteFirst(ctx: RuleContext, r: Ranking, route: ChannelId, order: readonly ChannelId[]): Ranking {
  const planned = r.order[0] ?? route;
  const others = order.filter((id) => id !== planned && id !== route);
  if (planned !== route && ctx.channel(planned).worksAbroad) {
    return withReason(r, [route, planned, ...others], 1, { code: 'abroad-second', channel: planned });
  }
  const reason: Reason = ctx.channel(planned).kind === 'phone' ? { code: 'abroad-phone', from: planned } : { code: 'abroad-unavailable', from: planned };
  return withReason(r, [route, ...order.filter((id) => id !== route)], 1, reason);
}

/**
 * Abroad: what works abroad comes before what does not, and the abroad route
 * is added. At risk (or with a locked first channel) the loss is stopped first
 * with what works abroad and the abroad route comes next; otherwise the
 * abroad route comes first.
 */
export const abroad: Rule = (ctx, r) => {
  const route = ctx.abroadRoute;
  if (!ctx.abroad || route === undefined) return r;
  const rest = tail(r.order, r.locked);
  const sorted = [...head(r.order, r.locked), ...rest.filter((id) => ctx.channel(id).worksAbroad), ...rest.filter((id) => !ctx.channel(id).worksAbroad)];
  const order = sorted.indexOf(route) < 0 ? [...sorted, route] : sorted;
  if (ctx.urgent || r.locked > 0) return abroadKeepFirst(ctx, r, route, order);
  return abroadRouteFirst(ctx, r, route, order);
};

/** Closed now: an open channel this person can use goes ahead of a closed first channel, unless that one is locked. */
export const closedNow: Rule = (ctx, r) => {
  const first = r.order[0];
  if (r.locked > 0 || first === undefined) return r;
  if (channelStatus(ctx.channel(first), ctx.now).state !== 'closed') return r;
  const open = r.order.find((id) => isOpen(ctx, id) && !(ctx.textOnly && ctx.channel(id).voiceOnly));
  if (open === undefined) return r;
  return withReason(r, [open, ...r.order.filter((id) => id !== open)], 0, { code: 'closed-moved', from: first, to: open });
};

/** In this order: each rule sees what the one before it decided, and keeps what it locked. */
export const RULES: readonly Rule[] = [textOnly, simplest, abroad, closedNow];

export function applyRules(ctx: RuleContext, start: Ranking, rules: readonly Rule[] = RULES): Ranking {
  return rules.reduce((r, rule) => rule(ctx, r), start);
}
