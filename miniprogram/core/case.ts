/**
 * Cases: the notebook's contacts grouped by the problem they were about, and the follow-up clock of each.
 * Pure (no `wx`): notes come from services/notes.ts, `now` and the user's offset come in as arguments.
 *
 * A case is named by its key: the concrete problem (`wrong-transfer` …) when the note has one, else the
 * category (`payment` …), else `none` (notes written before either was recorded). Keys are ids that may go
 * into page paths; they never carry personal data.
 */
import { CaseContact, CaseInput, ClockStep, ContactKind, followUpClock, instantOf } from './clock';
import { ENTRIES } from './data/catalogue/entries';
import { DueSchedule, DUE_SCHEDULE_VERSION } from './due';
import { UserOffset } from './hours';
import { Note } from './notes';
import { ChannelId, ConcreteId, CONCRETE_IDS, ProblemId, PROBLEM_IDS } from './types';

export const CASE_NONE = 'none';
export type CaseKey = ConcreteId | ProblemId | typeof CASE_NONE;

export interface Case {
  key: CaseKey;
  /** The category: the note's own, or the concrete problem's. */
  problem?: ProblemId;
  concrete?: ConcreteId;
  /** Oldest contact first. */
  notes: Note[];
}

/** The category a concrete problem belongs to. */
export function categoryOf(id: ConcreteId): ProblemId {
  const entry = ENTRIES.find((e) => e.id === id);
  if (!entry) throw new Error(`case.ts: no catalogue entry for ${id}`);
  return entry.category;
}

/** Reads a case key from a page path or a stored value: a known id, or null. */
export function parseCaseKey(value: unknown): CaseKey | null {
  if (typeof value !== 'string') return null;
  if (value === CASE_NONE) return CASE_NONE;
  if ((CONCRETE_IDS as readonly string[]).indexOf(value) >= 0) return value as ConcreteId;
  if ((PROBLEM_IDS as readonly string[]).indexOf(value) >= 0) return value as ProblemId;
  return null;
}

export function caseKeyOf(note: Pick<Note, 'problem' | 'concrete'>): CaseKey {
  return note.concrete ?? note.problem ?? CASE_NONE;
}

/** Oldest first by contact time, then by when the note was written. */
function byContact(a: Note, b: Note): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.createdAt - b.createdAt;
}

/** The notes grouped into cases, the case with the most recent contact first; `none` last. */
export function groupCases(notes: readonly Note[]): Case[] {
  const byKey = new Map<CaseKey, Case>();
  for (const note of notes) {
    const key = caseKeyOf(note);
    let c = byKey.get(key);
    if (!c) {
      c = { key, notes: [] };
      if (note.concrete) {
        c.concrete = note.concrete;
        c.problem = categoryOf(note.concrete);
      } else if (note.problem) c.problem = note.problem;
      byKey.set(key, c);
    }
    c.notes.push(note);
  }
  const cases = [...byKey.values()];
  for (const c of cases) c.notes.sort(byContact);
  const latest = (c: Case): string => c.notes[c.notes.length - 1]?.at ?? '';
  return cases.sort((a, b) => {
    if ((a.key === CASE_NONE) !== (b.key === CASE_NONE)) return a.key === CASE_NONE ? 1 : -1;
    const la = latest(a);
    const lb = latest(b);
    return la === lb ? 0 : la > lb ? -1 : 1;
  });
}

/** The case of one key in a notebook, or null when no note belongs to it. */
export function findCase(notes: readonly Note[], key: CaseKey): Case | null {
  return groupCases(notes).find((c) => c.key === key) ?? null;
}

/** Who a contact on a channel reached when the note does not say: WeChat Pay's line is Tenpay, the rest WeChat. */
const CHANNEL_KIND: Readonly<Record<ChannelId, ContactKind>> = {
  'smart-assistant': 'operator',
  'kf-miniprogram': 'operator',
  'official-accounts': 'operator',
  phone: 'operator',
  'pay-hotline': 'tenpay',
  'emergency-freeze': 'operator',
  'security-center': 'operator',
  'tencent-110': 'operator',
  'kf-web': 'operator',
  'offline-points': 'operator',
  international: 'operator',
};

export function contactKindOf(note: Pick<Note, 'channel' | 'kind'>): ContactKind {
  return note.kind ?? CHANNEL_KIND[note.channel];
}

/** Problems where money is already gone to a scammer: the clock offers 110 and 96110 first. */
const MONEY_LOST: readonly ConcreteId[] = ['scam-paid'];

/**
 * The clock's input for a case. A note whose time cannot be read (an old note with a bad date) is left out of
 * the clock, not guessed.
 */
export function caseInput(c: Case, offset: UserOffset): CaseInput {
  const contacts: CaseContact[] = [];
  for (const n of c.notes) {
    const at = instantOf(n.at, offset);
    if (at === null) continue;
    const contact: CaseContact = { kind: contactKindOf(n), at, outcome: n.outcome ?? 'none' };
    if (n.ticket) contact.ticket = n.ticket;
    contacts.push(contact);
  }
  return { contacts, moneyLost: c.concrete !== undefined && MONEY_LOST.indexOf(c.concrete) >= 0 };
}

/** The follow-up clock of a case at `now`. */
export function caseClock(c: Case, now: number, offset: UserOffset): ClockStep[] {
  return followUpClock(caseInput(c, offset), now, offset);
}

/** Something to follow up now: a step the user can take (or that is overdue), or a reminder that has come. */
export type DueItem = { key: CaseKey; kind: 'step'; step: ClockStep } | { key: CaseKey; kind: 'remind'; note: Note };

const actionable = (s: ClockStep): boolean => s.state === 'available' || s.state === 'overdue';

/**
 * Everything due at `now`: per case, its steps the user can take or that are overdue, and its notes whose
 * reminder date (the phone's local date `today`) has come. Cases in `groupCases` order.
 */
export function dueFollowUps(notes: readonly Note[], now: number, offset: UserOffset, today: string): DueItem[] {
  const due: DueItem[] = [];
  for (const c of groupCases(notes)) {
    for (const step of caseClock(c, now, offset)) if (actionable(step)) due.push({ key: c.key, kind: 'step', step });
    for (const note of c.notes) if (note.remind && note.remind <= today) due.push({ key: c.key, kind: 'remind', note });
  }
  return due;
}

/** Every instant at which one of these steps changes state (a deadline, an opening, a closing). */
function stepInstants(steps: readonly ClockStep[]): number[] {
  const out: number[] = [];
  for (const s of steps) for (const d of [s.opensAt, s.closesAt, s.dueAt]) if (d) out.push(d.at);
  return out;
}

const countActionable = (cases: readonly Case[], at: number, offset: UserOffset): number =>
  cases.reduce((n, c) => n + caseClock(c, at, offset).filter(actionable).length, 0);

/**
 * The schedule home counts due follow-ups from (core/due.ts): from `now` on, at each instant a step changes
 * state, how many steps are due; and every reminder date. A step's instants come from its contacts, never
 * from `now`, so evaluating the clock at each instant found (until no new one turns up) finds them all.
 */
export function dueSchedule(notes: readonly Note[], now: number, offset: UserOffset): DueSchedule {
  const cases = groupCases(notes);
  const seen = new Set<number>();
  const queue = [now];
  for (let i = 0; i < queue.length && i < 1000; i++) {
    const at = queue[i] as number;
    for (const c of cases)
      for (const x of stepInstants(caseClock(c, at, offset)))
        if (x > now && !seen.has(x)) {
          seen.add(x);
          queue.push(x);
        }
  }
  const steps: Array<[number, number]> = [];
  for (const at of [now, ...[...seen].sort((a, b) => a - b)]) {
    const n = countActionable(cases, at, offset);
    const last = steps[steps.length - 1];
    if (!last || last[1] !== n) steps.push([at, n]);
  }
  const remind = notes.filter((n) => n.remind).map((n) => n.remind);
  return { v: DUE_SCHEDULE_VERSION, steps, remind };
}
