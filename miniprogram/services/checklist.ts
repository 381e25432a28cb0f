/**
 * The ticked materials of one result, kept on this phone only, as `{ v: 2, ids }` (core/checklist.ts).
 *
 * Ticks stored by older releases (a bare array, with positions `m0`, `m1` … on a category plan) are read in
 * the new ids and upgraded on the first read: the new value replaces the old one only once it has been
 * written and read back unchanged; otherwise the old array is put back, so nothing ticked is lost and the
 * upgrade is tried again next time. A value in neither format is left as it is. Nothing here throws.
 */
import { readTicks, StoredTicks, ticksValue } from '../core/checklist';
import { readStored, WriteResult, writeJson } from './storage';

const PREFIX = 'wsn:checklist:';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Writes the upgrade and reads it back; when that fails or shows anything else, the old value goes back. */
function upgrade(key: string, old: unknown, next: StoredTicks): void {
  if (!writeJson(key, next).ok) return; // nothing was written: the old array is still there
  const back = readStored(key);
  if (back.ok && !back.missing && same(back.value, next)) return;
  writeJson(key, old);
}

/**
 * The ticked ids of one result. `v1Layout` is what old positions meant on it (core/checklist.ts
 * `resultV1Layout`); without it, old positions are kept as they are.
 */
export function loadTicks(resultKey: string, v1Layout: readonly string[] = []): string[] {
  const key = PREFIX + resultKey;
  const stored = readStored(key);
  if (!stored.ok || stored.missing || stored.broken) return [];
  const read = readTicks(stored.value, v1Layout);
  if (read.format === 'v1') upgrade(key, stored.value, read.upgrade);
  return read.ids;
}

export function saveTicks(resultKey: string, ids: string[]): WriteResult {
  return writeJson(PREFIX + resultKey, ticksValue(ids));
}
