/**
 * The smallest `setData` patch that turns `before` into `after`.
 *
 * Walks plain objects and same-length arrays and names each changed leaf by
 * its data path (`view.statusText`, `cards[3].state`), so a refresh that only
 * moves a clock sends a few bytes instead of the whole view.
 * An empty result means nothing changed and no `setData` is needed.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key a `setData` data path can name after a dot. */
const DATA_PATH_KEY = /^[A-Za-z_$][\w$]*$/;

function definedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

/** The keys to walk into, or null when the object must be replaced whole. */
function walkableKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] | null {
  const beforeKeys = definedKeys(before);
  const afterKeys = definedKeys(after);
  const sameKeys = beforeKeys.length === afterKeys.length && afterKeys.every((k) => before[k] !== undefined);
  // A key that appears or disappears changes the object's shape: replace it whole.
  return sameKeys && afterKeys.every((k) => DATA_PATH_KEY.test(k)) ? afterKeys : null;
}

/** Walks two arrays of the same length item by item; false when they are not such a pair. */
function walkArrays(path: string, before: unknown, after: unknown, out: Record<string, unknown>): boolean {
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return false;
  for (let i = 0; i < after.length; i += 1) walk(`${path}[${i}]`, before[i], after[i], out);
  return true;
}

/** Walks two plain objects of the same shape key by key; false when they are not such a pair. */
function walkObjects(path: string, before: unknown, after: unknown, out: Record<string, unknown>): boolean {
  if (!isPlainObject(before) || !isPlainObject(after)) return false;
  const keys = walkableKeys(before, after);
  if (!keys) return false;
  for (const key of keys) walk(`${path}.${key}`, before[key], after[key], out);
  return true;
}

function walk(path: string, before: unknown, after: unknown, out: Record<string, unknown>): void {
  if (before === after) return;
  if (walkArrays(path, before, after, out) || walkObjects(path, before, after, out)) return;
  out[path] = after;
}

export function dataPatch(path: string, before: unknown, after: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  walk(path, before, after, out);
  return out;
}
