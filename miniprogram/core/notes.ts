/**
 * The case notebook: each contact with a channel (when, ticket number, what
 * was said, next step, reminder) so a case can be followed across channels.
 * Pure: storage goes through services/notes.ts. ID-card, bank-card and
 * phone numbers are masked (last 4 kept) whenever a note is shown or exported.
 */
import { CONTACT_KINDS, ContactKind, Outcome, OUTCOMES } from './clock';
import { CHANNEL_BY_ID } from './data/channels';
import { maskSensitive } from './mask';
import { ChannelId, CHANNEL_IDS, ConcreteId, CONCRETE_IDS, Lang, ProblemId, PROBLEM_IDS } from './types';

const MAX_FIELD = 500;

export interface Note {
  v: 1;
  id: string;
  channel: ChannelId;
  problem?: ProblemId;
  /** The concrete problem the contact was about (its case); absent in notes written before cases existed. */
  concrete?: ConcreteId;
  /** Who was contacted when it is not the channel's own team (a merchant, a regulator); see core/case.ts. */
  kind?: ContactKind;
  /** What came of the contact; absent means no answer yet. */
  outcome?: Outcome;
  /** When the contact happened, `YYYY-MM-DD HH:MM` (local time of the phone). */
  at: string;
  ticket: string;
  said: string;
  next: string;
  /** Reminder date `YYYY-MM-DD`, or ''. */
  remind: string;
  createdAt: number;
}

export type NoteInput = Omit<Note, 'v' | 'id' | 'createdAt'>;
export type NoteField = keyof NoteInput;

// ---- masking (core/mask.ts) ------------------------------------------------------

export { isBankCard, isMobile, isResidentId, maskSensitive } from './mask';

// ---- validation --------------------------------------------------------------

export type NoteErrors = Partial<Record<NoteField, string>>;

const ERR = {
  channel: { zh: '请选择联系的渠道', en: 'Choose the channel you contacted' },
  at: { zh: '请填写联系时间', en: 'Enter when you contacted them' },
  atFormat: { zh: '时间格式应为 年-月-日 时:分', en: 'Use the form YYYY-MM-DD HH:MM' },
  said: { zh: '请写下对方说了什么，或者留个简短的备注', en: 'Write down what they said, or a short note' },
  tooLong: { zh: `不能超过 ${MAX_FIELD} 个字`, en: `At most ${MAX_FIELD} characters` },
  remind: { zh: '提醒日期格式应为 年-月-日', en: 'Use the form YYYY-MM-DD' },
};

function validDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
}

/** A form value as text: strings trimmed, numbers written out, anything else empty. */
function formText(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

const isChannelId = (s: string): s is ChannelId => (CHANNEL_IDS as readonly string[]).indexOf(s) >= 0;
const isProblemId = (s: string): s is ProblemId => (PROBLEM_IDS as readonly string[]).indexOf(s) >= 0;

const isConcreteId = (s: string): s is ConcreteId => (CONCRETE_IDS as readonly string[]).indexOf(s) >= 0;
const isContactKind = (s: string): s is ContactKind => (CONTACT_KINDS as readonly string[]).indexOf(s) >= 0;
const isOutcome = (s: string): s is Outcome => (OUTCOMES as readonly string[]).indexOf(s) >= 0;

/** The case fields a form or a stored note may carry; each is kept only when it names a known id. */
interface CaseTexts {
  problem: string;
  concrete: string;
  kind: string;
  outcome: string;
}

/** Sets the note's problem, concrete problem, contact kind and outcome when each names a known id. */
function setCase(note: Pick<Note, 'problem' | 'concrete' | 'kind' | 'outcome'>, t: CaseTexts): void {
  if (isProblemId(t.problem)) note.problem = t.problem;
  if (isConcreteId(t.concrete)) note.concrete = t.concrete;
  if (isContactKind(t.kind)) note.kind = t.kind;
  if (isOutcome(t.outcome)) note.outcome = t.outcome;
}

/** The note's text fields as the form gave them (trimmed). */
type NoteTexts = Record<'channel' | 'at' | 'ticket' | 'said' | 'next' | 'remind', string>;

/** What is wrong with the contact time: missing, or not a real `YYYY-MM-DD HH:MM`. */
function atError(at: string, lang: Lang): string | undefined {
  if (!at) return ERR.at[lang];
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(at) || !validDate(at.slice(0, 10))) return ERR.atFormat[lang];
  return undefined;
}

/** Every field's error, in form order (only the fields that have one). */
function noteErrors(f: NoteTexts, lang: Lang): NoteErrors {
  const errors: NoteErrors = {};
  const set = (field: NoteField, message: string | undefined): void => {
    if (message) errors[field] = message;
  };
  set('channel', isChannelId(f.channel) ? undefined : ERR.channel[lang]);
  set('at', atError(f.at, lang));
  set('said', f.said ? undefined : ERR.said[lang]);
  for (const field of ['ticket', 'said', 'next'] as const) set(field, f[field].length > MAX_FIELD ? ERR.tooLong[lang] : undefined);
  set('remind', f.remind && !validDate(f.remind) ? ERR.remind[lang] : undefined);
  return errors;
}

export function validateNote(input: Partial<Record<NoteField, unknown>>, lang: Lang): { note: NoteInput | null; errors: NoteErrors } {
  const f: NoteTexts = {
    channel: formText(input.channel),
    at: formText(input.at),
    ticket: formText(input.ticket),
    said: formText(input.said),
    next: formText(input.next),
    remind: formText(input.remind),
  };
  const errors = noteErrors(f, lang);
  if (Object.keys(errors).length) return { note: null, errors };
  const note: NoteInput = { channel: f.channel as ChannelId, at: f.at, ticket: f.ticket, said: f.said, next: f.next, remind: f.remind };
  setCase(note, { problem: formText(input.problem), concrete: formText(input.concrete), kind: formText(input.kind), outcome: formText(input.outcome) });
  return { note, errors };
}

// ---- stored form: reading what storage holds, whatever it holds ----------------

/** A stored value as text (not trimmed): strings as they are, numbers written out, anything else empty. */
function storedText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The stored object (a JSON string is parsed first), or null when it is not a plain object. */
function storedRecord(raw: unknown): Record<string, unknown> | null {
  const value = typeof raw === 'string' ? parseJson(raw) : raw;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The contact time, an ISO `YYYY-MM-DDTHH:MM…` read as `YYYY-MM-DD HH:MM`. */
function storedAt(r: Record<string, unknown>): string {
  const at = storedText(r.at ?? r.time);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? at.slice(0, 16).replace('T', ' ') : at;
}

function storedCreatedAt(r: Record<string, unknown>): number {
  return typeof r.createdAt === 'number' && Number.isFinite(r.createdAt) ? r.createdAt : 0;
}

function storedRemind(r: Record<string, unknown>): string {
  const remind = storedText(r.remind);
  return validDate(remind) ? remind : '';
}

/**
 * Reads one stored note. Accepts the current format and the older one
 * (`time`, `channelId`, `content` fields, no version), coerces wrong types,
 * and returns null for what cannot be recovered.
 */
export function reviveNote(raw: unknown, fallbackId: string): Note | null {
  const r = storedRecord(raw);
  if (!r) return null;
  const channel = storedText(r.channel ?? r.channelId);
  if (!isChannelId(channel)) return null;
  const at = storedAt(r);
  const createdAt = storedCreatedAt(r);
  const note: Note = {
    v: 1,
    id: storedText(r.id) || fallbackId,
    channel,
    at,
    ticket: storedText(r.ticket).slice(0, MAX_FIELD),
    said: storedText(r.said ?? r.content).slice(0, MAX_FIELD),
    next: storedText(r.next).slice(0, MAX_FIELD),
    remind: storedRemind(r),
    createdAt,
  };
  setCase(note, { problem: storedText(r.problem), concrete: storedText(r.concrete), kind: storedText(r.kind), outcome: storedText(r.outcome) });
  return note;
}

/** FNV-1a over a string, in base 36: a short, stable name for one stored old-format array. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** An entry of the old one-array format, read and given its own id. */
export interface LegacyEntry {
  /** Position in the old array. */
  pos: number;
  note: Note;
}

export interface LegacyPlan {
  /** Names this old array (its content), so a migration that was interrupted resumes where it stopped. */
  hash: string;
  notes: LegacyEntry[];
  /** Entries that cannot be read as a note (kept aside, never silently deleted). */
  unreadable: unknown[];
}

/**
 * How an old-format array (one array under one key) becomes notes. Each entry gets the id
 * `old-<hash>-<position>`, whatever id it had: old notes with duplicate ids (or none) become distinct notes,
 * and the same array always gives the same ids, so a migration that stopped half way never copies a note twice.
 * A value that is not an array is read as an array of one.
 */
export function legacyPlan(value: unknown): LegacyPlan {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  const hash = fingerprint(text);
  const notes: LegacyEntry[] = [];
  const unreadable: unknown[] = [];
  list.forEach((raw, pos) => {
    const id = legacyId(hash, pos);
    const note = reviveNote(raw, id);
    if (note) notes.push({ pos, note: { ...note, id } });
    else unreadable.push(raw);
  });
  return { hash, notes, unreadable };
}

function legacyId(hash: string, pos: number): string {
  return `old-${hash}-${pos}`;
}

// ---- showing and exporting ------------------------------------------------------

export interface NoteView {
  id: string;
  title: string;
  at: string;
  ticket: string;
  said: string;
  next: string;
  remind: string;
  due: boolean;
}

function labels(lang: Lang) {
  return lang === 'zh'
    ? { ticket: '工单号', said: '对方说', next: '下一步', remind: '提醒', header: '我的微信客服联系记录' }
    : { ticket: 'Ticket', said: 'They said', next: 'Next step', remind: 'Reminder', header: 'My WeChat customer-service case notes' };
}

/** Notes as shown: newest first, sensitive numbers masked, due reminders flagged. */
export function noteViews(notes: Note[], lang: Lang, today: string): NoteView[] {
  return [...notes]
    .sort((a, b) => (b.at === a.at ? b.createdAt - a.createdAt : b.at < a.at ? -1 : 1))
    .map((n) => ({
      id: n.id,
      title: CHANNEL_BY_ID[n.channel].name[lang],
      at: n.at,
      ticket: maskSensitive(n.ticket, 'ticket'),
      said: maskSensitive(n.said),
      next: maskSensitive(n.next),
      remind: n.remind,
      due: !!n.remind && n.remind <= today,
    }));
}

/** Plain text for the clipboard, masked the same way. */
export function exportText(notes: Note[], lang: Lang, today: string): string {
  const l = labels(lang);
  const lines = [l.header, ''];
  for (const n of noteViews(notes, lang, today)) {
    lines.push(`【${n.at}】${n.title}`);
    if (n.ticket) lines.push(`${l.ticket}：${n.ticket}`);
    lines.push(`${l.said}：${n.said}`);
    if (n.next) lines.push(`${l.next}：${n.next}`);
    if (n.remind) lines.push(`${l.remind}：${n.remind}`);
    lines.push('');
  }
  return lines.join('\n').trim();
}

/** The phone's local date and time for a moment: `{ date: 'YYYY-MM-DD', time: 'HH:MM' }`. */
export function localStamp(now: number, offsetMinutes: number): { date: string; time: string } {
  const iso = new Date(now + offsetMinutes * 60 * 1000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
