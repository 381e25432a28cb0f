/** Notes for tests: a note with defaults, Beijing instants, and adding a contact through the notebook's form. */
import { Note } from '../../miniprogram/core/notes';
import { OpenPage } from './page';

/** Beijing's offset from UTC, minutes. */
export const BJ = 480;

/** Epoch ms of a Beijing wall time in 2026. */
export const bj = (m: number, d: number, h = 12): number => Date.UTC(2026, m - 1, d, h - 8);

let seq = 0;
/** A stored note with every field filled (a fresh id and creation order each call), changed by `over`. */
export function note(over: Partial<Note>): Note {
  seq += 1;
  return { v: 1, id: `n${seq}`, channel: 'smart-assistant', at: '2026-11-20 10:00', ticket: '', said: '说了', next: '', remind: '', createdAt: seq, ...over };
}

/** Picks the option with id `id` in the picker bound to the page's `list`. */
export async function pick(page: OpenPage, picker: string, id: string, list: 'channels' | 'caseOptions' | 'kinds'): Promise<void> {
  const options = page.data[list] as Array<{ id: string }>;
  const i = options.findIndex((o) => o.id === id);
  if (i < 0) throw new Error(`no ${id} in ${list}`);
  await page.emit(picker, 'change', { value: String(i) });
}

export interface ContactInput {
  channel: string;
  date: string;
  time?: string;
  said: string;
  kind?: string;
  outcome?: string;
  ticket?: string;
  caseKey?: string;
}

/** Adds one contact through the notebook's form, as a user would: pick, type, tap 保存. */
export async function contact(page: OpenPage, o: ContactInput): Promise<void> {
  if (o.caseKey) await pick(page, '#picker-case', o.caseKey, 'caseOptions');
  await pick(page, '#picker-channel', o.channel, 'channels');
  if (o.kind) await pick(page, '#picker-kind', o.kind, 'kinds');
  await page.emit('#picker-date', 'change', { value: o.date });
  await page.emit('#picker-time', 'change', { value: o.time ?? '10:00' });
  if (o.ticket) await page.type('#ticket', o.ticket);
  await page.type('#said', o.said);
  if (o.outcome) await page.tap(`#outcome-${o.outcome}`);
  await page.click('#save');
}
