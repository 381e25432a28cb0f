import { CaseKey, caseKeyOf, CASE_NONE, categoryOf, contactKindOf, dueSchedule, findCase, parseCaseKey } from '../../core/case';
import { followShare } from '../../core/follow';
import { CONTACT_KINDS, ContactKind, Outcome } from '../../core/clock';
import { homeWithNotice, parseLink } from '../../core/links';
import { exportText, localStamp, Note, NoteErrors, validateNote } from '../../core/notes';
import { str, strings } from '../../core/strings';
import { ChannelId, CONCRETE_IDS, ConcreteId, Lang, ProblemId } from '../../core/types';
import {
  CaseView,
  caseOptions,
  channelOptions,
  complaintPath,
  DueView,
  kindName,
  kindOptions,
  labelWidth,
  notebookView,
  NotebookTime,
  Option,
  outcomeOptions,
} from '../../core/view/notes';
import { copyText } from '../../services/clipboard';
import { saveDueSchedule } from '../../services/due';
import { confirm } from '../../services/modal';
import { home, open, scrollTo, setTitle } from '../../services/nav';
import { addNote, deleteNote, loadNotes, LoadResult, SaveResult, updateNote } from '../../services/notes';
import { shareHome } from '../../services/share';
import { pageEnv } from '../../services/system';
import { toast } from '../../services/toast';

const KEYS = [
  'colon',
  'followShareButton',
  'notesTitle',
  'notesIntro',
  'notesEmpty',
  'notesAdd',
  'noteSaidHint',
  'noteRemindClear',
  'noteChannel',
  'noteChannelPick',
  'noteDate',
  'noteTime',
  'noteTicket',
  'noteSaid',
  'noteNext',
  'noteRemind',
  'noteOptional',
  'noteOptionalSuffix',
  'noteSave',
  'noteSaved',
  'noteDelete',
  'noteDeleteConfirm',
  'noteDue',
  'noteMaskHint',
  'notesExport',
  'notesExported',
  'notesFull',
  'notesFixErrors',
  'copyFailed',
  'noteTicketShown',
  'noteSaidShown',
  'noteNextShown',
  'noteRemindShown',
  'notesSaveFailed',
  'notesDeleteFailed',
  'noteEdit',
  'notesEditTitle',
  'noteSaveEdit',
  'noteCancelEdit',
  'noteUpdated',
  'noteCase',
  'noteKind',
  'noteKindFromChannel',
  'noteOutcome',
  'clockTitle',
  'caseComplaint',
  'dueTitle',
] as const;

/** What the notebook says about storage after a read: damaged entries, a failed read, old notes not copied yet. */
function loadNotice(loaded: LoadResult, lang: Lang): string {
  const parts: string[] = [];
  if (loaded.damaged) parts.push(str('notesDamaged', lang, { n: loaded.damaged }));
  if (loaded.issue) parts.push(str('notesReadFailed', lang));
  if (loaded.pendingOld) parts.push(str('notesOldPending', lang, { n: loaded.pendingOld }));
  return parts.join(lang === 'zh' ? '' : ' ');
}

const EMPTY_TEXT = { ticket: '', said: '', next: '', remind: '', kind: '' as const, outcome: 'none' as const };

interface Form {
  channelIndex: number;
  /** Index into the case options; 0 is 「未归类」. */
  caseIndex: number;
  /** Who was reached; '' follows the channel. */
  kind: ContactKind | '';
  outcome: Outcome;
  date: string;
  time: string;
  ticket: string;
  said: string;
  next: string;
  remind: string;
}

type FormField = 'ticket' | 'said' | 'next' | 'date' | 'time' | 'remind';

/** The moment for the clock: now, the user's zone at any instant, the phone's local date. */
function clockTime(): NotebookTime {
  const env = pageEnv();
  return { now: env.now, offset: env.offsetAt, today: localStamp(env.now, env.offset).date };
}

/**
 * The notebook as cases, and the schedule home counts due follow-ups from (core/due.ts). A read that missed
 * notes (a storage error) leaves the stored schedule as it was rather than count too few.
 */
function notebook(loaded: LoadResult, lang: Lang): { cases: CaseView[]; due: DueView[] } {
  const time = clockTime();
  if (!loaded.issue) saveDueSchedule(dueSchedule(loaded.notes, time.now, time.offset));
  return notebookView(loaded.notes, time, lang);
}

/** The case fields of a note from the picked case: a concrete problem with its category, a category, or none. */
function caseFields(key: CaseKey): { problem: ProblemId | ''; concrete: ConcreteId | '' } {
  if (key === CASE_NONE) return { problem: '', concrete: '' };
  if ((CONCRETE_IDS as readonly string[]).indexOf(key) >= 0) return { problem: categoryOf(key as ConcreteId), concrete: key as ConcreteId };
  return { problem: key as ProblemId, concrete: '' };
}

/** What 「联系的是谁」 shows: the chosen kind, else the channel's own, marked as coming from the channel. */
function kindShown(form: Form, channels: ReadonlyArray<{ id: ChannelId }>, lang: Lang): string {
  if (form.kind) return kindName(form.kind, lang);
  const channel = channels[form.channelIndex];
  return channel ? `${kindName(contactKindOf({ channel: channel.id }), lang)}${str('noteKindFromChannel', lang)}` : str('noteChannelPick', lang);
}

/** 「联系的是谁」 as shown, and where its picker starts (the kind shown). */
function kindState(form: Form, channels: ReadonlyArray<{ id: ChannelId }>, lang: Lang): { kindShown: string; kindIndex: number } {
  const channel = channels[form.channelIndex];
  const kind = form.kind || (channel ? contactKindOf({ channel: channel.id }) : '');
  return { kindShown: kindShown(form, channels, lang), kindIndex: kind ? CONTACT_KINDS.indexOf(kind) : 0 };
}

/** The case notebook: contacts grouped by problem, each case with its follow-up clock, kept only on this phone. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    channels: [] as Array<{ id: ChannelId; name: string }>,
    cases: [] as CaseView[],
    due: [] as DueView[],
    caseOptions: [] as Array<Option<CaseKey>>,
    kinds: [] as Array<Option<ContactKind>>,
    outcomes: [] as Array<Option<Outcome>>,
    kindShown: '',
    kindIndex: 0,
    form: { channelIndex: -1, caseIndex: 0, kind: '', outcome: 'none', date: '', time: '', ticket: '', said: '', next: '', remind: '' } as Form,
    errors: {} as NoteErrors,
    /** The text fields' label column, wide enough for their labels in this language. */
    labelWidth: '6.2em',
    /** Bumped after each save so the text fields are rendered anew (see index.wxml). */
    formRound: 0,
    notice: '',
    today: '',
    /** The id of the note being edited, or '' when the form adds a new one. */
    editing: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const parsed = parseLink(query, 'notes');
      if (parsed.route.page !== 'notes') {
        home(homeWithNotice(parsed.reason));
        return;
      }
      const env = pageEnv();
      const t = strings(env.lang, KEYS);
      setTitle(t.notesTitle);
      const channels = channelOptions(env.lang);
      const options = caseOptions(env.lang);
      const stamp = localStamp(env.now, env.offset);
      const loaded = loadNotes();
      const prefill = parsed.route.channel;
      // `?case=<key>&add=1` (the result page's 「开始记录这个问题」): the form starts on that case.
      const caseKey = query.case === undefined ? null : parseCaseKey(query.case);
      const badCase = query.case !== undefined && caseKey === null;
      const picked = caseKey ?? parsed.route.problem ?? CASE_NONE;
      const form: Form = {
        ...this.data.form,
        channelIndex: prefill ? channels.findIndex((c) => c.id === prefill) : -1,
        caseIndex: Math.max(
          0,
          options.findIndex((o) => o.id === picked),
        ),
        date: stamp.date,
        time: stamp.time,
      };
      const notice = [badCase ? str('notesBadCase', env.lang) : '', loadNotice(loaded, env.lang)].filter(Boolean).join(env.lang === 'zh' ? '' : ' ');
      this.setData({
        lang: env.lang,
        care: env.care,
        t,
        labelWidth: labelWidth([t.noteTicket, t.noteSaid, t.noteNext]),
        channels,
        caseOptions: options,
        kinds: kindOptions(env.lang),
        outcomes: outcomeOptions(env.lang),
        ...kindState(form, channels, env.lang),
        ...notebook(loaded, env.lang),
        today: stamp.date,
        form,
        notice,
      });
      if (caseKey && query.add === '1') scrollTo('#form-title');
    },
    onChannel(e: { detail: { value: string | number } }) {
      const form = { ...this.data.form, channelIndex: Number(e.detail.value) };
      this.setData({ 'form.channelIndex': form.channelIndex, 'errors.channel': '', ...kindState(form, this.data.channels, this.data.lang) });
    },
    onCase(e: { detail: { value: string | number } }) {
      this.setData({ 'form.caseIndex': Number(e.detail.value) });
    },
    onKind(e: { detail: { value: string | number } }) {
      const kind = this.data.kinds[Number(e.detail.value)];
      if (!kind) return;
      const form = { ...this.data.form, kind: kind.id };
      this.setData({ 'form.kind': kind.id, ...kindState(form, this.data.channels, this.data.lang) });
    },
    onOutcome(e: TapEvent<{ id: Outcome }>) {
      const id = e.currentTarget.dataset.id;
      if (id) this.setData({ 'form.outcome': id });
    },
    onPicker(e: { detail: { value: string }; currentTarget: { dataset: { field?: FormField } } }) {
      const field = e.currentTarget.dataset.field;
      if (field) this.setData({ [`form.${field}`]: String(e.detail.value) });
    },
    /** A picked reminder date can be taken back. */
    onClearRemind() {
      this.setData({ 'form.remind': '' });
    },
    onField(e: { detail: unknown; currentTarget: { dataset: { field?: FormField } } }) {
      const field = e.currentTarget.dataset.field;
      // The form follows what is typed; what a save reads is what the field shows.
      if (field) this.setData({ [`form.${field}`]: typeof e.detail === 'string' ? e.detail : '' });
    },
    onSave() {
      const { form, channels, lang, t, editing } = this.data;
      const picked = this.data.caseOptions[form.caseIndex];
      const channel = channels[form.channelIndex];
      const { note, errors } = validateNote(
        {
          channel: channel ? channel.id : '',
          at: form.date && form.time ? `${form.date} ${form.time}` : form.date,
          ticket: form.ticket,
          said: form.said,
          next: form.next,
          remind: form.remind,
          // 「未归类」 on an edited note keeps the problem it was recorded for (services/notes updateNote).
          ...caseFields(picked ? picked.id : CASE_NONE),
          kind: form.kind,
          outcome: form.outcome,
        },
        lang,
      );
      if (!note) {
        this.setData({ errors, form });
        toast(t.notesFixErrors);
        return false;
      }
      const result: SaveResult = editing ? updateNote(editing, note) : addNote(note, pageEnv().now);
      if (!result.ok || !result.note) {
        // Nothing saved; what the user typed stays in the form.
        this.setData({ errors: {}, form, notice: result.full ? t.notesFull : t.notesSaveFailed });
        return false;
      }
      const loaded = loadNotes();
      // The next contact is most likely about the same problem: the case stays picked.
      const next = { ...form, ...EMPTY_TEXT };
      this.setData({
        ...notebook(loaded, lang),
        errors: {},
        notice: loadNotice(loaded, lang),
        form: next,
        ...kindState(next, channels, lang),
        formRound: this.data.formRound + 1,
        editing: '',
      });
      toast(editing ? t.noteUpdated : t.noteSaved);
      return true;
    },
    /** Fills the form with a note as it was typed (unmasked: it is the user's own text, on their phone). */
    onEdit(e: TapEvent<{ id: string }>) {
      const id = e.currentTarget.dataset.id;
      const note: Note | undefined = loadNotes().notes.find((n) => n.id === id);
      if (!note) return;
      const { channels, caseOptions: options, lang } = this.data;
      const key = caseKeyOf(note);
      const form: Form = {
        channelIndex: channels.findIndex((c) => c.id === note.channel),
        caseIndex: Math.max(
          0,
          options.findIndex((o) => o.id === key),
        ),
        kind: note.kind ?? '',
        outcome: note.outcome ?? 'none',
        date: note.at.slice(0, 10),
        time: note.at.slice(11, 16),
        ticket: note.ticket,
        said: note.said,
        next: note.next,
        remind: note.remind,
      };
      this.setData({ editing: note.id, errors: {}, form, ...kindState(form, channels, lang), formRound: this.data.formRound + 1 });
      scrollTo('#form-title');
    },
    onCancelEdit() {
      const form = { ...this.data.form, ...EMPTY_TEXT };
      this.setData({ editing: '', errors: {}, form, ...kindState(form, this.data.channels, this.data.lang), formRound: this.data.formRound + 1 });
    },
    async onDelete(e: TapEvent<{ id: string }>) {
      const id = e.currentTarget.dataset.id;
      const { t, lang } = this.data;
      if (!id || !(await confirm(t.noteDeleteConfirm, t.noteDelete))) return;
      if (!deleteNote(id).ok) {
        this.setData({ notice: t.notesDeleteFailed });
        return;
      }
      const loaded = loadNotes();
      const patch: Record<string, unknown> = { ...notebook(loaded, lang), notice: loadNotice(loaded, lang) };
      // The note being edited is gone: the form goes back to adding one.
      if (this.data.editing === id) Object.assign(patch, { editing: '', form: { ...this.data.form, ...EMPTY_TEXT }, formRound: this.data.formRound + 1 });
      this.setData(patch);
    },
    /** A due follow-up: brings its case into view. */
    onDue(e: TapEvent<{ key: string }>) {
      const key = parseCaseKey(e.currentTarget.dataset.key);
      if (key) scrollTo(`#case-${key}`);
    },
    /** The complaint text for a case (pages/complaint). */
    onComplaint(e: TapEvent<{ key: string }>) {
      const key = parseCaseKey(e.currentTarget.dataset.key);
      if (key) open(complaintPath(key));
    },
    onExport() {
      const { lang, today, t } = this.data;
      return copyText(exportText(loadNotes().notes, lang, today), t.notesExported, t.copyFailed);
    },
    /** Default share: opens home (only channels and results share their own page). */
    /** A case's 「请家人帮忙看看」 button shares its next step (core/follow.ts: ids and a date only); else home. */
    onShareAppMessage(res?: { from?: string; target?: { dataset?: { case?: unknown } } }) {
      const key = res && res.from === 'button' ? parseCaseKey(res.target?.dataset?.case) : null;
      const env = pageEnv();
      const c = key ? findCase(loadNotes().notes, key) : null;
      return (c && followShare(c, env.now, env.offsetAt, this.data.lang)) || shareHome(this.data.lang);
    },
  },
});
