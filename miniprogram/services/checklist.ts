/** The ticked materials of one result, kept on this phone only. */
import { readJson, WriteResult, writeJson } from './storage';

const PREFIX = 'wsn:checklist:';

export function loadTicks(resultKey: string): string[] {
  const stored = readJson<unknown>(PREFIX + resultKey);
  return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : [];
}

export function saveTicks(resultKey: string, ids: string[]): WriteResult {
  return writeJson(PREFIX + resultKey, ids);
}
