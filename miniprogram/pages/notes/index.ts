import { homeWithNotice, parseLink } from '../../core/links';
import { exportText, localStamp, Note, NoteErrors, noteViews, NoteView, validateNote } from '../../core/notes';
import { str, strings } from '../../core/strings';
import { ChannelId, Lang, ProblemId } from '../../core/types';
import { channelOptions, labelWidth } from '../../core/view/notes';
import { copyText } from '../../services/clipboard';
import { confirm } from '../../services/modal';
import { home, setTitle } from '../../services/nav';
import { addNote, deleteNote, loadNotes, LoadResult, SaveResult, updateNote } from '../../services/notes';
import { shareHome } from '../../services/share';
import { pageEnv } from '../../services/system';
import { toast } from '../../services/toast';

const KEYS = [
  'colon',
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
] as const;

/** What the notebook says about storage after a read: damaged entries, a failed read, old notes not copied yet. */
function loadNotice(loaded: LoadResult, lang: Lang): string {
  const parts: string[] = [];
  if (loaded.damaged) parts.push(str('notesDamaged', lang, { n: loaded.damaged }));
  if (loaded.issue) parts.push(str('notesReadFailed', lang));
  if (loaded.pendingOld) parts.push(str('notesOldPending', lang, { n: loaded.pendingOld }));
  return parts.join(lang === 'zh' ? '' : ' ');
}

const EMPTY_TEXT = { ticket: '', said: '', next: '', remind: '' };

interface Form {
  channelIndex: number;
  date: string;
  time: string;
  ticket: string;
  said: string;
  next: string;
  remind: string;
}

type FormField = 'ticket' | 'said' | 'next' | 'date' | 'time' | 'remind';

/** The case notebook: contacts across channels, kept only on this phone. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    channels: [] as Array<{ id: ChannelId; name: string }>,
    notes: [] as NoteView[],
    problem: '' as ProblemId | '',
    form: { channelIndex: -1, date: '', time: '', ticket: '', said: '', next: '', remind: '' } as Form,
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
      const stamp = localStamp(env.now, env.offset);
      const loaded = loadNotes();
      const prefill = parsed.route.channel;
      this.setData({
        lang: env.lang,
        care: env.care,
        t,
        labelWidth: labelWidth([t.noteTicket, t.noteSaid, t.noteNext]),
        channels,
        notes: noteViews(loaded.notes, env.lang, stamp.date),
        problem: parsed.route.problem ?? '',
        today: stamp.date,
        form: { ...this.data.form, channelIndex: prefill ? channels.findIndex((c) => c.id === prefill) : -1, date: stamp.date, time: stamp.time },
        notice: loadNotice(loaded, env.lang),
      });
    },
    onChannel(e: { detail: { value: string | number } }) {
      this.setData({ 'form.channelIndex': Number(e.detail.value), 'errors.channel': '' });
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
      const { note, errors } = validateNote(
        {
          channel: channels[form.channelIndex]?.id ?? '',
          at: form.date && form.time ? `${form.date} ${form.time}` : form.date,
          ticket: form.ticket,
          said: form.said,
          next: form.next,
          remind: form.remind,
          // An edited note keeps the problem it was recorded for.
          problem: editing ? '' : this.data.problem,
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
      this.setData({
        notes: noteViews(loaded.notes, lang, this.data.today),
        errors: {},
        notice: loadNotice(loaded, lang),
        form: { ...form, ...EMPTY_TEXT },
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
      const { channels } = this.data;
      this.setData({
        editing: note.id,
        errors: {},
        form: {
          channelIndex: channels.findIndex((c) => c.id === note.channel),
          date: note.at.slice(0, 10),
          time: note.at.slice(11, 16),
          ticket: note.ticket,
          said: note.said,
          next: note.next,
          remind: note.remind,
        },
        formRound: this.data.formRound + 1,
      });
    },
    onCancelEdit() {
      this.setData({ editing: '', errors: {}, form: { ...this.data.form, ...EMPTY_TEXT }, formRound: this.data.formRound + 1 });
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
      const patch: Record<string, unknown> = { notes: noteViews(loaded.notes, lang, this.data.today), notice: loadNotice(loaded, lang) };
      // The note being edited is gone: the form goes back to adding one.
      if (this.data.editing === id) Object.assign(patch, { editing: '', form: { ...this.data.form, ...EMPTY_TEXT }, formRound: this.data.formRound + 1 });
      this.setData(patch);
    },
    onExport() {
      const { lang, today, t } = this.data;
      return copyText(exportText(loadNotes().notes, lang, today), t.notesExported, t.copyFailed);
    },
    /** Default share: opens home (only channels and results share their own page). */
    onShareAppMessage() {
      return shareHome(this.data.lang);
    },
  },
});
