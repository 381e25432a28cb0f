/**
 * Checklist ticks as stored on the phone, and how ticks stored by older releases are read. Pure: storage
 * itself is services/checklist.ts.
 *
 * - v1 (the releases before stable ids): a bare array of ids. A category plan's items were known by their
 *   position in the list the result page showed (`m0`, `m1` …); a concrete problem's items already had their
 *   own ids from the data.
 * - v2: `{ v: 2, ids: [...] }`, every id a material's own id from the data (core/data/problems.ts,
 *   core/data/channels.ts, the catalogue), which never changes meaning.
 *
 * Reading never throws and never drops a tick: an old position with no item at it now is kept as it was (no
 * v2 id looks like one), and a value that is neither format is left alone.
 */
import { ChannelId, ProblemId } from './types';

export const TICKS_VERSION = 2;

export interface StoredTicks {
  v: typeof TICKS_VERSION;
  ids: string[];
}

function frozen<K extends string, V>(table: Record<K, readonly V[]>): Readonly<Record<K, readonly V[]>> {
  for (const k of Object.keys(table) as K[]) Object.freeze(table[k]);
  return Object.freeze(table);
}

/*
 * The v1 layout: what `m0`, `m1` … meant. FROZEN: it describes ticks already stored on phones, so it never
 * follows the data. Do not edit it when materials are added, reordered, reworded or removed.
 *
 * A v1 category plan listed its problem's own materials in this order, then its primary channel's one item,
 * unless the problem's list already asked for the same thing (V1_LEFT_OUT); position i was `m<i>`.
 */

/** v1: each category problem's own materials, in v1 order, by their v2 ids. */
const V1_OWN: Readonly<Record<ProblemId, readonly string[]>> = frozen({
  payment: ['txn-screenshot', 'id-document', 'linked-phone'],
  fraud: ['chat-transfer-screenshots', 'other-side-accounts', 'txn-ids', 'police-receipt'],
  stolen: ['id-document', 'linked-phone', 'wechat-id-or-qq', 'usual-devices-friends'],
  banned: ['id-document', 'linked-phone', 'block-notice-screenshot'],
  login: ['id-document', 'previous-phone', 'wechat-id-or-qq'],
  howto: ['screen-screenshot'],
  report: ['evidence-screenshots', 'other-side-id'],
  other: ['what-happened', 'screens-involved'],
});

/** v1: the one item each primary channel added after the problem's list, by its v2 id (none for the others). */
const V1_CHANNEL: Readonly<Partial<Record<ChannelId, string>>> = Object.freeze({
  'smart-assistant': 'smart-assistant-screenshot',
  'kf-miniprogram': 'kf-miniprogram-receipts',
  'official-accounts': 'official-accounts-description',
  'pay-hotline': 'pay-hotline-txn',
  'emergency-freeze': 'emergency-freeze-phone',
  'security-center': 'security-center-id',
  'tencent-110': 'tencent-110-evidence',
  'kf-web': 'kf-web-description',
  international: 'international-wechat-id',
});

/** v1: the primaries whose item was left out for a problem, as its own list asked for the same thing. */
const V1_LEFT_OUT: Readonly<Record<ProblemId, readonly ChannelId[]>> = frozen<ProblemId, ChannelId>({
  payment: ['pay-hotline', 'emergency-freeze', 'security-center'],
  fraud: ['pay-hotline', 'tencent-110'],
  stolen: ['emergency-freeze', 'security-center'],
  banned: ['emergency-freeze', 'security-center'],
  login: ['emergency-freeze', 'security-center'],
  howto: ['smart-assistant', 'kf-miniprogram'],
  report: ['tencent-110'],
  other: ['smart-assistant', 'kf-miniprogram'],
});

/** What `m0`, `m1` … meant on a v1 category plan with this primary channel: the v2 id at each position. */
export function v1Layout(problem: ProblemId, primary: ChannelId): readonly string[] {
  const own = V1_OWN[problem];
  const extra = V1_CHANNEL[primary];
  return extra !== undefined && V1_LEFT_OUT[problem].indexOf(primary) < 0 ? [...own, extra] : own;
}

const V1_POSITION = /^m(0|[1-9][0-9]*)$/;

/** Whether an id is a v1 position (`m0`, `m12`); no stable id may look like one. */
export function isV1Position(id: string): boolean {
  return V1_POSITION.test(id);
}

/**
 * A v1 array in v2 ids: each position becomes the id the layout gives it; an id that is not a position, or
 * a position beyond the layout, stays as it is (nothing ticked is lost). Entries that are not strings are
 * left out, and each id is kept once, in the stored order.
 */
export function migrateV1(stored: readonly unknown[], layout: readonly string[]): string[] {
  const ids: string[] = [];
  for (const x of stored) {
    if (typeof x !== 'string') continue;
    const at = isV1Position(x) ? layout[Number(x.slice(1))] : undefined;
    const id = at ?? x;
    if (ids.indexOf(id) < 0) ids.push(id);
  }
  return ids;
}

/** The stored value for these ticks. */
export function ticksValue(ids: readonly string[]): StoredTicks {
  return { v: TICKS_VERSION, ids: [...ids] };
}

export type TicksRead =
  /** A v2 value. */
  | { format: 'v2'; ids: string[] }
  /** A v1 array, in v2 ids; `upgrade` is the v2 value to store in its place. */
  | { format: 'v1'; ids: string[]; upgrade: StoredTicks }
  /** Neither: shown as nothing ticked, and left alone in storage. */
  | { format: 'unknown'; ids: string[] };

function isV2(value: unknown): value is { v: number; ids: unknown[] } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { v?: unknown; ids?: unknown };
  return v.v === TICKS_VERSION && Array.isArray(v.ids);
}

/**
 * The ticks in a stored value (already parsed from JSON), whatever it holds. `layout` is what v1 positions
 * meant on this result (`v1Layout`; empty for a concrete problem, whose v1 ids are its own).
 */
export function readTicks(value: unknown, layout: readonly string[]): TicksRead {
  if (Array.isArray(value)) {
    const ids = migrateV1(value, layout);
    return { format: 'v1', ids, upgrade: ticksValue(ids) };
  }
  if (isV2(value)) return { format: 'v2', ids: [...new Set(value.ids.filter((x): x is string => typeof x === 'string'))] };
  return { format: 'unknown', ids: [] };
}

/**
 * What v1 positions meant on a result page: its category plan's layout for the primary it shows, or nothing
 * for a concrete problem (its v1 ids were its own already). The primary is today's, as v1 itself read them.
 */
export function resultV1Layout(result: { concrete: string; primary: { id: ChannelId } }, problem: ProblemId | undefined): readonly string[] {
  return result.concrete !== '' || problem === undefined ? [] : v1Layout(problem, result.primary.id);
}
