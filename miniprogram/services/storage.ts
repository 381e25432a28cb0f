/**
 * Local storage (wx.*StorageSync) with the failures made explicit: a read
 * never throws (corrupt or missing data reads as undefined), and a write
 * reports whether storage was full so the page can say so.
 */
export interface WriteResult {
  ok: boolean;
  /** Storage is full (the 10 MB quota, or the device itself). */
  full: boolean;
}

export function readJson<T>(key: string): T | undefined {
  try {
    const raw: unknown = wx.getStorageSync(key);
    if (raw === '' || raw === undefined || raw === null) return undefined;
    if (typeof raw === 'string') {
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    }
    return raw as T;
  } catch {
    return undefined;
  }
}

export function writeJson(key: string, value: unknown): WriteResult {
  try {
    wx.setStorageSync(key, JSON.stringify(value));
    return { ok: true, full: false };
  } catch (err) {
    return { ok: false, full: isQuotaError(err) };
  }
}

/** What a thrown value says, whatever was thrown (`null` and `undefined` too). */
function errorText(err: unknown): string {
  if (err === null || err === undefined) return '';
  if (typeof err === 'object') {
    const e = err as { errMsg?: unknown; message?: unknown };
    if (typeof e.errMsg === 'string') return e.errMsg;
    if (typeof e.message === 'string') return e.message;
  }
  try {
    return String(err);
  } catch {
    return '';
  }
}

function isQuotaError(err: unknown): boolean {
  return /exceed|quota|full|storage limit/i.test(errorText(err));
}

/** One read with its failure kept apart from "nothing stored": a read that throws is not an empty key. */
export type ReadResult =
  | { ok: true; missing: true }
  | { ok: true; missing: false; value: unknown; /** Stored, but not readable JSON (`value` is the raw text). */ broken: boolean }
  | { ok: false };

export function readStored(key: string): ReadResult {
  let raw: unknown;
  try {
    raw = wx.getStorageSync(key);
  } catch {
    return { ok: false };
  }
  if (raw === '' || raw === undefined || raw === null) return { ok: true, missing: true };
  if (typeof raw !== 'string') return { ok: true, missing: false, value: raw, broken: false };
  try {
    return { ok: true, missing: false, value: JSON.parse(raw) as unknown, broken: false };
  } catch {
    return { ok: true, missing: false, value: raw, broken: true };
  }
}

/** Removes a key and says whether that worked. */
export function removeKey(key: string): WriteResult {
  try {
    wx.removeStorageSync(key);
    return { ok: true, full: false };
  } catch (err) {
    return { ok: false, full: isQuotaError(err) };
  }
}

/** Every stored key, or null when storage cannot say. */
export function storedKeys(): string[] | null {
  try {
    const keys: unknown = wx.getStorageInfoSync().keys;
    return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : null;
  } catch {
    return null;
  }
}

export function remove(key: string): void {
  try {
    wx.removeStorageSync(key);
  } catch {
    // Nothing to do: a value that cannot be removed is read back as before.
  }
}
