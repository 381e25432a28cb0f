/**
 * Case notes on this phone only. Each note is stored under its own key, with an index of ids, so one damaged
 * entry never takes the others with it. Older storage (one array under `wsn:notes`) is migrated on read.
 *
 * Nothing is lost, whatever storage does:
 * - the old array is copied one note at a time (written, read back, indexed, read back) and deleted only when
 *   every note in it is copied or was deleted by the user; when storage fills up half way, the notes not yet
 *   copied are still read from the old array, and the copy resumes on the next read;
 * - entries of the old array get ids from their position, so duplicate (or missing) old ids never collide;
 * - the index is repaired on read: duplicate entries are shown once, a lost index is rebuilt from the keys;
 * - a note is known by its key, whatever id it stores, so every note shown can be edited and deleted;
 * - a read that fails is never taken for "nothing stored", so a storage error never overwrites the index;
 * - every call that fails (whatever it throws) comes back as `{ ok: false }`, `full` when storage is full.
 */
import { LegacyPlan, legacyPlan, Note, NoteInput, reviveNote } from '../core/notes';
import { readStored, removeKey, storedKeys, WriteResult, writeJson } from './storage';

const INDEX = 'wsn:notes:index';
const LEGACY = 'wsn:notes';
/** Positions of the old array already copied or deleted: `{ hash, done }`. */
const PROGRESS = 'wsn:notes:migrated';
/** Old entries that could not be read as notes, kept rather than deleted with the old array. */
const SET_ASIDE = 'wsn:notes:unreadable';
const PREFIX = 'wsn:note:';
const NOTE = (id: string): string => `${PREFIX}${id}`;

const FAILED: WriteResult = { ok: false, full: false };
const OK: WriteResult = { ok: true, full: false };

export type StorageIssue = 'full' | 'failed';

export interface LoadResult {
  notes: Note[];
  /** Entries that could not be read and were set aside. */
  damaged: number;
  /** A storage call failed while reading: some notes may be missing from this list (none was deleted). */
  issue?: StorageIssue;
  /** Notes still read from the old format because storage was too full to copy them. */
  pendingOld: number;
}

export type SaveResult = WriteResult & { note?: Note };

// ---- reading the pieces ------------------------------------------------------------

interface IndexState {
  ids: string[];
  /** The stored index differs from `ids` (duplicates, damage, lost): write `ids` back. */
  repair: boolean;
}

/** The index, repaired; null when storage could not be read (then nothing may be written from it). */
function readIndex(): IndexState | null {
  const r = readStored(INDEX);
  if (!r.ok) return null;
  if (!r.missing && Array.isArray(r.value)) {
    const strings = r.value.filter((x): x is string => typeof x === 'string' && x.length > 0);
    const ids = [...new Set(strings)];
    return { ids, repair: ids.length !== r.value.length };
  }
  // Lost or damaged: rebuild it from the note keys themselves.
  const keys = storedKeys();
  if (!keys) return null;
  const ids = keys.filter((k) => k.startsWith(PREFIX) && k.length > PREFIX.length).map((k) => k.slice(PREFIX.length));
  return { ids, repair: !r.missing || ids.length > 0 };
}

interface Legacy {
  plan: LegacyPlan;
  /** Positions already copied or deleted. */
  done: Set<number>;
}

/** The old array and the migration's progress; `undefined` when there is none, null when unreadable now. */
function readLegacy(): Legacy | undefined | null {
  const r = readStored(LEGACY);
  if (!r.ok) return null;
  if (r.missing) return undefined;
  const plan = legacyPlan(r.value);
  const p = readStored(PROGRESS);
  if (!p.ok) return null;
  const done = new Set<number>();
  if (!p.missing && p.value && typeof p.value === 'object') {
    const v = p.value as { hash?: unknown; done?: unknown };
    if (v.hash === plan.hash && Array.isArray(v.done)) for (const d of v.done) if (typeof d === 'number') done.add(d);
  }
  return { plan, done };
}

/**
 * Old notes not copied yet (and not deleted). A note counts as copied when it is in the index and, where the
 * caller read the keys, its key holds it.
 */
function pending(legacy: Legacy, ids: readonly string[], stored?: ReadonlySet<string>): Note[] {
  const copied = (id: string): boolean => ids.indexOf(id) >= 0 && (!stored || stored.has(id));
  return legacy.plan.notes.filter((e) => !legacy.done.has(e.pos) && !copied(e.note.id)).map((e) => e.note);
}

function saveProgress(legacy: Legacy, pos: number): WriteResult {
  const done = new Set(legacy.done).add(pos);
  const result = writeJson(PROGRESS, { hash: legacy.plan.hash, done: [...done].sort((a, b) => a - b) });
  if (result.ok) legacy.done = done;
  return result;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What reading a value back after writing it says: `ok` (it is there), `wrong` (something else is there) or
 * `unknown` (the read failed: the write, which did not fail, most likely worked).
 */
type Check = 'ok' | 'wrong' | 'unknown';

function readBack(key: string, value: unknown): Check {
  const back = readStored(key);
  if (!back.ok) return 'unknown';
  return !back.missing && same(back.value, value) ? 'ok' : 'wrong';
}

/** Writes a value; `check` is set when the write went through. */
function writeChecked(key: string, value: unknown): WriteResult & { check?: Check } {
  const w = writeJson(key, value);
  return w.ok ? { ...w, check: readBack(key, value) } : w;
}

/** Writes a note: fine unless storage refused it or reading it back shows something else. */
function writeNote(note: Note): WriteResult {
  const w = writeChecked(NOTE(note.id), note);
  return w.ok && w.check === 'wrong' ? FAILED : w;
}

function writeIndex(ids: string[]): WriteResult {
  const w = writeChecked(INDEX, ids);
  return w.ok && w.check === 'wrong' ? FAILED : w;
}

/**
 * Stores a note of the old array under its own key, reads it back, and indexes it; `index.ids` follows. Once
 * the index write went through the note key is never removed again (the index may name it).
 */
function copyLegacy(legacy: Legacy, index: IndexState, note: Note, pos: number): WriteResult {
  const written = writeChecked(NOTE(note.id), note);
  if (!written.ok || written.check !== 'ok') {
    // Not indexed yet: the copy can go; the original is still in the old array.
    removeKey(NOTE(note.id));
    return written.ok ? FAILED : written;
  }
  if (index.ids.indexOf(note.id) >= 0) return OK;
  const ids = [...index.ids, note.id];
  const indexed = writeChecked(INDEX, ids);
  if (!indexed.ok) {
    removeKey(NOTE(note.id));
    return indexed;
  }
  if (indexed.check === 'wrong') return FAILED;
  index.ids = ids;
  index.repair = false;
  // Being in the index already marks it copied; the progress record only matters once it is deleted.
  saveProgress(legacy, pos);
  return OK;
}

/**
 * Deletes the old array once nothing in it is left to copy: every note in it was deleted by the user, or is in
 * the index and its own key reads back. Its unreadable entries are kept aside first.
 */
function finishLegacy(legacy: Legacy, ids: readonly string[]): WriteResult {
  for (const e of legacy.plan.notes) {
    if (legacy.done.has(e.pos)) continue;
    if (ids.indexOf(e.note.id) < 0) return OK;
    const r = readStored(NOTE(e.note.id));
    if (!r.ok || r.missing || r.broken) return FAILED;
  }
  if (legacy.plan.unreadable.length) {
    const before = readStored(SET_ASIDE);
    if (!before.ok) return FAILED;
    const kept = !before.missing && Array.isArray(before.value) ? before.value : [];
    const all = [...kept, ...legacy.plan.unreadable];
    const w = writeJson(SET_ASIDE, all);
    if (!w.ok) return w;
    const back = readStored(SET_ASIDE);
    if (!back.ok || back.missing || !same(back.value, all)) return FAILED;
  }
  const removed = removeKey(LEGACY);
  if (removed.ok) removeKey(PROGRESS);
  return removed;
}

/** Copies what is left of the old array, stopping at the first failure (nothing is lost: the rest stays there). */
function migrate(legacy: Legacy, index: IndexState): WriteResult {
  for (const e of legacy.plan.notes) {
    if (legacy.done.has(e.pos)) continue;
    if (index.ids.indexOf(e.note.id) >= 0) {
      // Indexed; copy it again only if its key was lost.
      const r = readStored(NOTE(e.note.id));
      if (!r.ok) return FAILED;
      if (!r.missing) continue;
    }
    const copied = copyLegacy(legacy, index, e.note, e.pos);
    if (!copied.ok) return copied;
  }
  return finishLegacy(legacy, index.ids);
}

// ---- the notebook ------------------------------------------------------------

export function loadNotes(): LoadResult {
  let issue: StorageIssue | undefined;
  const flag = (r: WriteResult): void => {
    if (!r.ok && issue !== 'full') issue = r.full ? 'full' : 'failed';
  };
  const index = readIndex();
  const legacy = readLegacy();
  if (!index || legacy === null) issue = 'failed';
  if (index && index.repair) {
    // Best effort: the repaired list is used now either way, and repaired again next time if this fails.
    if (writeIndex(index.ids).ok) index.repair = false;
  }
  if (index && legacy) flag(migrate(legacy, index));
  const notes: Note[] = [];
  /** Index entries whose key holds something (a note, or a damaged one). */
  const stored = new Set<string>();
  let damaged = 0;
  for (const id of index ? index.ids : []) {
    const r = readStored(NOTE(id));
    if (!r.ok) {
      issue = issue ?? 'failed';
      stored.add(id);
      continue;
    }
    // An id in the index without a note (a deletion interrupted between its two steps) has nothing to show.
    if (r.missing) continue;
    stored.add(id);
    const note = r.broken ? null : reviveNote(r.value, id);
    // The key names the note, whatever id it stores, so it can always be edited and deleted.
    if (note) notes.push({ ...note, id });
    else damaged += 1;
  }
  const old = legacy ? pending(legacy, index ? index.ids : [], stored) : [];
  if (legacy) damaged += legacy.plan.unreadable.length;
  const result: LoadResult = { notes: [...notes, ...old], damaged, pendingOld: old.length };
  if (issue) result.issue = issue;
  return result;
}

function newId(now: number, taken: readonly string[]): string {
  for (;;) {
    const id = `${Math.max(0, Math.floor(now)).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    if (taken.indexOf(id) >= 0) continue;
    const r = readStored(NOTE(id));
    if (r.ok && r.missing) return id;
    if (!r.ok) return id;
  }
}

/** Adds a note. On failure nothing already saved is touched. */
export function addNote(input: NoteInput, now: number): SaveResult {
  const index = readIndex();
  if (!index) return FAILED;
  const id = newId(now, index.ids);
  const note: Note = { v: 1, id, createdAt: now, ...input };
  const saved = writeNote(note);
  if (!saved.ok) {
    removeKey(NOTE(id));
    return saved;
  }
  const indexed = writeChecked(INDEX, [...index.ids, id]);
  if (!indexed.ok) {
    removeKey(NOTE(id));
    return indexed;
  }
  // Written but something else reads back: not saved (the key stays, in case the index does name it).
  if (indexed.check === 'wrong') return FAILED;
  return { ...OK, note };
}

/**
 * Changes a note in place (same id, same creation time; the problem and concrete problem it belongs to are kept unless
 * new ones are given). On failure the note stays as it was.
 */
export function updateNote(id: string, input: NoteInput): SaveResult {
  const index = readIndex();
  if (!index) return FAILED;
  if (index.ids.indexOf(id) >= 0) {
    const r = readStored(NOTE(id));
    if (!r.ok) return FAILED;
    const old = !r.missing && !r.broken ? reviveNote(r.value, id) : null;
    const note: Note = { v: 1, id, createdAt: old ? old.createdAt : 0, ...input };
    if (!input.problem && old && old.problem) note.problem = old.problem;
    if (!input.concrete && old && old.concrete) note.concrete = old.concrete;
    const saved = writeNote(note);
    return saved.ok ? { ...OK, note } : saved;
  }
  const legacy = readLegacy();
  if (!legacy) return FAILED;
  const entry = legacy.plan.notes.find((e) => e.note.id === id && !legacy.done.has(e.pos));
  if (!entry) return FAILED;
  const note: Note = { v: 1, id, createdAt: entry.note.createdAt, ...input };
  if (!input.problem && entry.note.problem) note.problem = entry.note.problem;
  if (!input.concrete && entry.note.concrete) note.concrete = entry.note.concrete;
  // Editing an old note copies it, edited, out of the old array.
  const copied = copyLegacy(legacy, index, note, entry.pos);
  if (!copied.ok) return copied;
  finishLegacy(legacy, index.ids);
  return { ...OK, note };
}

/** Deletes a note. On failure the note stays. */
export function deleteNote(id: string): WriteResult {
  const index = readIndex();
  if (!index) return FAILED;
  const legacy = readLegacy();
  if (legacy === null) return FAILED;
  const entry = legacy ? legacy.plan.notes.find((e) => e.note.id === id) : undefined;
  // A note from the old array is first marked deleted there, so it is not copied back later.
  if (legacy && entry && !legacy.done.has(entry.pos)) {
    const marked = saveProgress(legacy, entry.pos);
    if (!marked.ok) return marked;
  }
  if (index.ids.indexOf(id) >= 0) {
    const ids = index.ids.filter((x) => x !== id);
    const written = writeIndex(ids);
    if (!written.ok) return written;
    index.ids = ids;
    removeKey(NOTE(id));
  }
  if (legacy) finishLegacy(legacy, index.ids);
  return OK;
}
