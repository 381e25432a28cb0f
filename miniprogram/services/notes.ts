/**
 * Case notes on this phone only. Each note is stored under its own key, with
 * an index of ids, so one damaged entry never takes the others with it.
 * Older storage (one array under `wsn:notes`) is migrated on first read.
 */
import { Note, NoteInput, reviveNote } from '../core/notes';
import { readJson, remove, WriteResult, writeJson } from './storage';

const INDEX = 'wsn:notes:index';
const LEGACY = 'wsn:notes';
const NOTE = (id: string): string => `wsn:note:${id}`;

export interface LoadResult {
  notes: Note[];
  /** Entries that could not be read and were set aside. */
  damaged: number;
}

function storedKeys(): string[] {
  try {
    return wx.getStorageInfoSync().keys;
  } catch {
    return [];
  }
}

function readIndex(): string[] | null {
  const index = readJson<unknown>(INDEX);
  if (!Array.isArray(index)) return null;
  return index.filter((x): x is string => typeof x === 'string');
}

function migrateLegacy(): number {
  const legacy = readJson<unknown>(LEGACY);
  if (legacy === undefined) return 0;
  const list = Array.isArray(legacy) ? legacy : [];
  let damaged = Array.isArray(legacy) ? 0 : 1;
  const ids = readIndex() ?? [];
  list.forEach((raw, i) => {
    const note = reviveNote(raw, `legacy-${i}`);
    if (!note) {
      damaged += 1;
      return;
    }
    if (writeJson(NOTE(note.id), note).ok && ids.indexOf(note.id) < 0) ids.push(note.id);
  });
  if (writeJson(INDEX, ids).ok) remove(LEGACY);
  return damaged;
}

export function loadNotes(): LoadResult {
  let damaged = migrateLegacy();
  let ids = readIndex();
  if (!ids) {
    // Index lost or damaged: rebuild it from the note keys themselves.
    ids = storedKeys()
      .filter((k) => k.startsWith('wsn:note:'))
      .map((k) => k.slice('wsn:note:'.length));
    writeJson(INDEX, ids);
  }
  const notes: Note[] = [];
  for (const id of ids) {
    const note = reviveNote(readJson<unknown>(NOTE(id)), id);
    if (note) notes.push(note);
    else damaged += 1;
  }
  return { notes, damaged };
}

/** Adds a note. On failure (storage full) nothing already saved is touched. */
export function addNote(input: NoteInput, now: number): WriteResult & { note?: Note } {
  const id = `${now.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const note: Note = { v: 1, id, createdAt: now, ...input };
  const ids = readIndex() ?? [];
  const saved = writeJson(NOTE(id), note);
  if (!saved.ok) return saved;
  const indexed = writeJson(INDEX, [...ids, id]);
  if (!indexed.ok) {
    remove(NOTE(id));
    return indexed;
  }
  return { ...indexed, note };
}

export function deleteNote(id: string): WriteResult {
  const ids = (readIndex() ?? []).filter((x) => x !== id);
  const result = writeJson(INDEX, ids);
  if (result.ok) remove(NOTE(id));
  return result;
}
