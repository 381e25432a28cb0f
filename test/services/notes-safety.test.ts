/**
 * The notebook never loses a note: old-format migration under a nearly full storage, duplicate ids, a broken
 * index, a note whose stored id is not its key, and storage calls that throw anything at all. Ends with a
 * model-based test (fast-check `commands`) of random add / edit / delete / migrate / failure sequences.
 */
import fc from 'fast-check';
import { Note, NoteInput, reviveNote } from '../../miniprogram/core/notes';
import { addNote, deleteNote, loadNotes, updateNote } from '../../miniprogram/services/notes';
import { ChannelId } from '../../miniprogram/core/types';

/** An in-memory wx storage with a byte quota and injectable failures. */
class FakeStorage {
  map = new Map<string, string>();
  limit = Infinity;
  /** Makes every n-th storage call (of any kind) throw `value`. */
  failing: { every: number; phase: number; value: unknown } | null = null;
  calls = 0;
  writes: string[] = [];

  size(): number {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
  private maybeFail(): void {
    this.calls += 1;
    const f = this.failing;
    if (f && this.calls % f.every === f.phase) throw f.value;
  }
  get(key: string): unknown {
    this.maybeFail();
    return this.map.has(key) ? this.map.get(key) : '';
  }
  set(key: string, value: unknown): void {
    this.maybeFail();
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const old = this.map.get(key);
    const next = this.size() - (old === undefined ? 0 : key.length + old.length) + key.length + text.length;
    if (next > this.limit) throw { errMsg: 'setStorageSync:fail exceed storage max size 10MB' };
    this.map.set(key, text);
    this.writes.push(key);
  }
  remove(key: string): void {
    this.maybeFail();
    this.map.delete(key);
  }
  info(): { keys: string[]; currentSize: number; limitSize: number } {
    this.maybeFail();
    return { keys: [...this.map.keys()], currentSize: 0, limitSize: 10240 };
  }
  /** Runs `fn` with no failures (and no quota unless `keepQuota`), then puts storage back exactly as it was. */
  peek<T>(fn: () => T, keepQuota = false): T {
    const saved = { map: new Map(this.map), limit: this.limit, failing: this.failing, calls: this.calls };
    if (!keepQuota) this.limit = Infinity;
    this.failing = null;
    try {
      return fn();
    } finally {
      Object.assign(this, saved);
    }
  }
}

let store: FakeStorage;
beforeEach(() => {
  store = new FakeStorage();
  jest.spyOn(wx, 'getStorageSync').mockImplementation(((k: string) => store.get(k)) as never);
  jest.spyOn(wx, 'setStorageSync').mockImplementation(((k: string, v: unknown) => store.set(k, v)) as never);
  jest.spyOn(wx, 'removeStorageSync').mockImplementation(((k: string) => store.remove(k)) as never);
  jest.spyOn(wx, 'getStorageInfoSync').mockImplementation((() => store.info()) as never);
});
afterEach(() => jest.restoreAllMocks());

const input = (said: string, channel: ChannelId = 'pay-hotline'): NoteInput => ({ channel, at: '2026-11-29 10:30', ticket: '', said, next: '', remind: '' });
const old = (content: string, id?: string | number) => ({ ...(id === undefined ? {} : { id }), channelId: 'phone', time: '2026-01-02T03:04:05Z', content });
const saids = (notes: Note[]): string[] => notes.map((n) => n.said).sort();

describe('migrating old-format notes', () => {
  it('storage nearly full: copies what fits, keeps showing the rest from the old array, finishes later', () => {
    store.map.set('wsn:notes', JSON.stringify(['一', '二', '三', '四', '五'].map((c) => old(c.repeat(40)))));
    // Room for about two more notes.
    store.limit = store.size() + 2 * 420;
    const first = loadNotes();
    expect(saids(first.notes)).toEqual(['一', '二', '三', '四', '五'].map((c) => c.repeat(40)).sort());
    expect(first.issue).toBe('full');
    expect(first.pendingOld).toBeGreaterThan(0);
    expect(first.pendingOld).toBeLessThan(5);
    expect(store.map.has('wsn:notes')).toBe(true);
    // Every note shown has its own id.
    expect(new Set(first.notes.map((n) => n.id)).size).toBe(5);
    // Space again: the copy resumes where it stopped, copying nothing twice, then the old array goes.
    store.limit = Infinity;
    const second = loadNotes();
    expect(second.pendingOld).toBe(0);
    expect(second.issue).toBeUndefined();
    expect(saids(second.notes)).toEqual(saids(first.notes));
    expect(store.map.has('wsn:notes')).toBe(false);
    expect(store.map.has('wsn:notes:migrated')).toBe(false);
    expect(JSON.parse(store.map.get('wsn:notes:index')!)).toHaveLength(5);
  });

  it('a quota error on the very first copy loses nothing and deletes nothing', () => {
    store.map.set('wsn:notes', JSON.stringify([old('甲'), old('乙')]));
    store.limit = store.size();
    const loaded = loadNotes();
    expect(saids(loaded.notes)).toEqual(['乙', '甲']);
    expect(loaded.pendingOld).toBe(2);
    expect(store.map.get('wsn:notes')).toBe(JSON.stringify([old('甲'), old('乙')]));
  });

  it('old notes with the same id (or none) are all kept, under distinct ids', () => {
    store.map.set('wsn:notes', JSON.stringify([old('第一条', 1), old('第二条', 1), old('第三条'), old('第四条')]));
    const loaded = loadNotes();
    expect(saids(loaded.notes)).toEqual(['第一条', '第二条', '第三条', '第四条'].sort());
    expect(new Set(loaded.notes.map((n) => n.id)).size).toBe(4);
    expect(saids(loadNotes().notes)).toHaveLength(4);
  });

  it('an entry that cannot be read is kept aside, not deleted with the old array', () => {
    store.map.set('wsn:notes', JSON.stringify([old('好的'), 'garbage', { channel: 'nope' }]));
    const loaded = loadNotes();
    expect(loaded.damaged).toBe(2);
    expect(store.map.has('wsn:notes')).toBe(false);
    expect(JSON.parse(store.map.get('wsn:notes:unreadable')!)).toEqual(['garbage', { channel: 'nope' }]);
  });

  it('an old note can be edited and deleted while it still lives in the old array', () => {
    store.map.set('wsn:notes', JSON.stringify([old('改我'), old('删我'), old('留着')]));
    store.limit = store.size();
    const notes = loadNotes().notes;
    const edit = notes.find((n) => n.said === '改我')!;
    const drop = notes.find((n) => n.said === '删我')!;
    // Storage is full: even the small "deleted" mark cannot be written, so the note stays, and says so.
    expect(deleteNote(drop.id)).toEqual({ ok: false, full: true });
    expect(saids(loadNotes().notes)).toEqual(['改我', '删我', '留着'].sort());
    store.limit = store.size() + 60;
    expect(deleteNote(drop.id).ok).toBe(true);
    expect(saids(loadNotes().notes)).toEqual(['改我', '留着'].sort());
    expect(store.map.has('wsn:notes')).toBe(true);
    store.limit = Infinity;
    expect(updateNote(edit.id, input('改好了')).ok).toBe(true);
    const after = loadNotes();
    expect(saids(after.notes)).toEqual(['改好了', '留着'].sort());
    expect(store.map.has('wsn:notes')).toBe(false);
  });
});

describe('a damaged index is repaired on read', () => {
  const put = (id: string, said: string, storedId = id) =>
    store.map.set(
      `wsn:note:${id}`,
      JSON.stringify({ v: 1, id: storedId, channel: 'kf-web', at: '2026-11-29 10:30', ticket: '', said, next: '', remind: '', createdAt: 1 }),
    );

  it('a duplicated entry is shown once, and the index is written back without it', () => {
    put('a', '只一次');
    store.map.set('wsn:notes:index', JSON.stringify(['a', 'a', 7, 'a']));
    expect(loadNotes().notes.map((n) => n.said)).toEqual(['只一次']);
    expect(JSON.parse(store.map.get('wsn:notes:index')!)).toEqual(['a']);
    expect(deleteNote('a').ok).toBe(true);
    expect(loadNotes().notes).toEqual([]);
  });

  it('a note whose stored id is not its key can be edited and deleted', () => {
    put('k1', '错位的', 'something-else');
    store.map.set('wsn:notes:index', JSON.stringify(['k1']));
    const note = loadNotes().notes[0]!;
    expect(note.id).toBe('k1');
    expect(updateNote(note.id, input('改过了')).ok).toBe(true);
    expect(loadNotes().notes.map((n) => n.said)).toEqual(['改过了']);
    expect(deleteNote(note.id).ok).toBe(true);
    expect(loadNotes().notes).toEqual([]);
    expect(store.map.has('wsn:note:k1')).toBe(false);
  });
});

describe('every failing storage call becomes a result, never a crash', () => {
  it.each([[null], [undefined], ['boom'], [new Error('disk')], [42], [{ errMsg: 'setStorageSync:fail' }]])('a write that throws %p', (thrown) => {
    const a = addNote(input('已有'), 1000);
    expect(a.ok).toBe(true);
    jest.spyOn(wx, 'setStorageSync').mockImplementation(() => {
      throw thrown;
    });
    expect(addNote(input('新的'), 2000)).toEqual({ ok: false, full: false });
    expect(updateNote(a.note!.id, input('改'))).toEqual({ ok: false, full: false });
    expect(deleteNote(a.note!.id)).toEqual({ ok: false, full: false });
    expect(() => loadNotes()).not.toThrow();
    expect(loadNotes().notes.map((n) => n.said)).toEqual(['已有']);
  });

  it.each([[null], [undefined], [{ errMsg: 'getStorageSync:fail' }]])('a read that throws %p is not taken for an empty notebook', (thrown) => {
    addNote(input('不能丢'), 1000);
    const index = store.map.get('wsn:notes:index');
    jest.spyOn(wx, 'getStorageSync').mockImplementation(() => {
      throw thrown;
    });
    store.writes = [];
    const loaded = loadNotes();
    expect(loaded.issue).toBe('failed');
    expect(addNote(input('x'), 2000).ok).toBe(false);
    expect(store.writes).toEqual([]);
    expect(store.map.get('wsn:notes:index')).toBe(index);
    jest.restoreAllMocks();
    jest.spyOn(wx, 'getStorageSync').mockImplementation(((k: string) => store.get(k)) as never);
    expect(loadNotes().notes.map((n) => n.said)).toEqual(['不能丢']);
  });

  it('a lost index with an unreadable key list is not rebuilt as empty', () => {
    addNote(input('还在'), 1000);
    store.map.delete('wsn:notes:index');
    jest.spyOn(wx, 'getStorageInfoSync').mockImplementation(() => {
      throw undefined;
    });
    expect(loadNotes().issue).toBe('failed');
    expect(store.map.has('wsn:notes:index')).toBe(false);
    jest.spyOn(wx, 'getStorageInfoSync').mockImplementation((() => store.info()) as never);
    expect(loadNotes().notes.map((n) => n.said)).toEqual(['还在']);
  });
});

// ---- model-based: random sequences never lose a note ----------------------------------------------------

/** What the user wrote, as the notebook should give it back. */
const content = (n: Pick<Note, 'channel' | 'at' | 'ticket' | 'said' | 'next' | 'remind'>): string =>
  JSON.stringify([n.channel, n.at, n.ticket, n.said, n.next, n.remind]);

interface Model {
  notes: string[];
}

const sortedContents = (notes: Note[]): string[] => notes.map(content).sort();

/**
 * After every command the notebook, read without changing storage, holds exactly the model's notes: read with
 * storage healthy again, and read as it is now, quota included (a full storage hides nothing).
 */
function check(m: Model): void {
  for (const keepQuota of [false, true]) {
    const loaded = store.peek(() => loadNotes(), keepQuota);
    expect(sortedContents(loaded.notes)).toEqual([...m.notes].sort());
    expect(new Set(loaded.notes.map((n) => n.id)).size).toBe(loaded.notes.length);
  }
}

/** The list the page shows: read before the action, as the page does, under the same storage conditions. */
const shown = (): Note[] => loadNotes().notes;

const inputArb: fc.Arbitrary<NoteInput> = fc.record({
  channel: fc.constantFrom<ChannelId>('pay-hotline', 'kf-web', 'phone'),
  at: fc.constantFrom('2026-11-29 10:30', '2026-12-01 08:00'),
  ticket: fc.constantFrom('', 'T1', '6222021234567890123'),
  said: fc.constantFrom('好', '等回电', '说要三个工作日', '让我提供身份证'.repeat(5)),
  next: fc.constantFrom('', '明天再打'),
  remind: fc.constantFrom('', '2026-12-02'),
});

class Add implements fc.Command<Model, FakeStorage> {
  constructor(
    readonly input: NoteInput,
    readonly now: number,
  ) {}
  check = (): boolean => true;
  run(m: Model): void {
    const r = addNote(this.input, this.now);
    if (r.ok) m.notes.push(content(this.input));
    check(m);
  }
  toString = (): string => `add(${this.input.said})`;
}

class Edit implements fc.Command<Model, FakeStorage> {
  constructor(
    readonly pick: number,
    readonly input: NoteInput,
  ) {}
  check = (m: Readonly<Model>): boolean => m.notes.length > 0;
  run(m: Model): void {
    const list = shown();
    const target = list[this.pick % list.length];
    if (!target) return check(m);
    const r = updateNote(target.id, this.input);
    if (r.ok) m.notes.splice(m.notes.indexOf(content(target)), 1, content(this.input));
    check(m);
  }
  toString = (): string => `edit(${this.pick}, ${this.input.said})`;
}

class Delete implements fc.Command<Model, FakeStorage> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>): boolean => m.notes.length > 0;
  run(m: Model): void {
    const list = shown();
    const target = list[this.pick % list.length];
    if (!target) return check(m);
    if (deleteNote(target.id).ok) m.notes.splice(m.notes.indexOf(content(target)), 1);
    check(m);
  }
  toString = (): string => `delete(${this.pick})`;
}

/** An older version of the app left its one array behind (duplicate ids, missing ids, garbage included). */
class Legacy implements fc.Command<Model, FakeStorage> {
  constructor(readonly entries: unknown[]) {}
  check = (): boolean => !store.map.has('wsn:notes');
  run(m: Model): void {
    store.map.set('wsn:notes', JSON.stringify(this.entries));
    this.entries.forEach((raw) => {
      const note = reviveNote(raw, 'x');
      if (note) m.notes.push(content(note));
    });
    check(m);
  }
  toString = (): string => `legacy(${JSON.stringify(this.entries)})`;
}

class Open implements fc.Command<Model, FakeStorage> {
  check = (): boolean => true;
  run(m: Model): void {
    expect(() => loadNotes()).not.toThrow();
    check(m);
  }
  toString = (): string => 'open';
}

type Fault = { kind: 'none' } | { kind: 'quota'; slack: number } | { kind: 'throw'; every: number; phase: number; value: unknown };

class Faults implements fc.Command<Model, FakeStorage> {
  constructor(readonly fault: Fault) {}
  check = (): boolean => true;
  run(m: Model): void {
    store.failing = null;
    store.limit = Infinity;
    if (this.fault.kind === 'quota') store.limit = store.size() + this.fault.slack;
    if (this.fault.kind === 'throw') store.failing = { every: this.fault.every, phase: this.fault.phase, value: this.fault.value };
    check(m);
  }
  toString = (): string => `faults(${JSON.stringify(this.fault) ?? 'undefined'})`;
}

const legacyEntryArb = fc.oneof(
  fc.record({
    id: fc.constantFrom<string | number | undefined>('1', 1, 'a', undefined),
    channelId: fc.constantFrom('phone', 'kf-web'),
    time: fc.constantFrom('2026-01-02T03:04:05Z', '2026-01-03 08:00'),
    content: fc.constantFrom('旧的', '旧的二', '很长的旧记录'.repeat(10)),
  }),
  fc.constantFrom<unknown>('garbage', 12, null, { channel: 'nope' }),
);

const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  fc.constant<Fault>({ kind: 'none' }),
  fc.integer({ min: 0, max: 900 }).map((slack): Fault => ({ kind: 'quota', slack })),
  fc
    .tuple(
      fc.integer({ min: 2, max: 7 }),
      fc.integer({ min: 0, max: 6 }),
      fc.constantFrom<unknown>(null, undefined, 'boom', new Error('io'), 0, { errMsg: 'setStorageSync:fail' }),
    )
    .map(([every, phase, value]): Fault => ({ kind: 'throw', every, phase: phase % every, value })),
);

describe('model-based: random add / edit / delete / migrate / failure sequences', () => {
  it('never lose a note, never show one twice, and do what they said they did', () => {
    let clock = 1_764_500_000_000;
    fc.assert(
      fc.property(
        fc.commands(
          [
            fc.tuple(inputArb, fc.integer({ min: 1, max: 1000 })).map(([i, dt]) => new Add(i, (clock += dt))),
            fc.tuple(fc.nat(20), inputArb).map(([p, i]) => new Edit(p, i)),
            fc.nat(20).map((p) => new Delete(p)),
            fc.array(legacyEntryArb, { minLength: 0, maxLength: 6 }).map((e) => new Legacy(e)),
            fc.constant(new Open()),
            faultArb.map((f) => new Faults(f)),
          ],
          { maxCommands: 40 },
        ),
        (cmds) => {
          store.map.clear();
          store.limit = Infinity;
          store.failing = null;
          fc.modelRun(() => ({ model: { notes: [] }, real: store }), cmds);
          // And with storage healthy again, everything left in the old array is copied, nothing twice.
          store.limit = Infinity;
          store.failing = null;
          const before = sortedContents(loadNotes().notes);
          const after = loadNotes();
          expect(sortedContents(after.notes)).toEqual(before);
          expect(after.pendingOld).toBe(0);
          expect(store.map.has('wsn:notes')).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
