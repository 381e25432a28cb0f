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

function walk(path: string, before: unknown, after: unknown, out: Record<string, unknown>): void {
  if (before === after) return;
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let i = 0; i < after.length; i += 1) walk(`${path}[${i}]`, before[i], after[i], out);
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const beforeKeys = Object.keys(before).filter((k) => before[k] !== undefined);
    const afterKeys = Object.keys(after).filter((k) => after[k] !== undefined);
    const sameKeys = beforeKeys.length === afterKeys.length && afterKeys.every((k) => before[k] !== undefined);
    // A key that appears or disappears changes the object's shape: replace it whole.
    if (sameKeys && afterKeys.every((k) => /^[A-Za-z_$][\w$]*$/.test(k))) {
      for (const key of afterKeys) walk(`${path}.${key}`, before[key], after[key], out);
      return;
    }
  }
  out[path] = after;
}

export function dataPatch(path: string, before: unknown, after: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  walk(path, before, after, out);
  return out;
}
