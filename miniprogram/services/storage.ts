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
    const msg = String((err as { errMsg?: string; message?: string }).errMsg || (err as Error).message || err);
    return { ok: false, full: /exceed|quota|full|storage limit/i.test(msg) };
  }
}

export function remove(key: string): void {
  try {
    wx.removeStorageSync(key);
  } catch {
    // Nothing to do: a value that cannot be removed is read back as before.
  }
}
