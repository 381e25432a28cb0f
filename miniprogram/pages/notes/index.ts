import { homeWithNotice, parseLink } from '../../core/links';
import { exportText, localStamp, NoteErrors, noteViews, NoteView, validateNote } from '../../core/notes';
import { str, strings } from '../../core/strings';
import { ChannelId, Lang, ProblemId } from '../../core/types';
import { channelOptions, labelWidth } from '../../core/view/notes';
import { copyText } from '../../services/clipboard';
import { confirm } from '../../services/modal';
import { home, setTitle } from '../../services/nav';
import { addNote, deleteNote, loadNotes } from '../../services/notes';
import { shareHome } from '../../services/share';
import { pageEnv } from '../../services/system';
import { toast } from '../../services/toast';

const KEYS = ['colon', 
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
] as const;

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
      const { notes, damaged } = loadNotes();
      const prefill = parsed.route.channel;
      this.setData({
        lang: env.lang,
        care: env.care,
        t,
        labelWidth: labelWidth([t.noteTicket, t.noteSaid, t.noteNext]),
        channels,
        notes: noteViews(notes, env.lang, stamp.date),
        problem: parsed.route.problem ?? '',
        today: stamp.date,
        form: { ...this.data.form, channelIndex: prefill ? channels.findIndex((c) => c.id === prefill) : -1, date: stamp.date, time: stamp.time },
        notice: damaged ? str('notesDamaged', env.lang, { n: damaged }) : '',
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
      const { form, channels, lang, t } = this.data;
      const { note, errors } = validateNote(
        {
          channel: form.channelIndex >= 0 ? channels[form.channelIndex].id : '',
          at: form.date && form.time ? `${form.date} ${form.time}` : form.date,
          ticket: form.ticket,
          said: form.said,
          next: form.next,
          remind: form.remind,
          problem: this.data.problem,
        },
        lang,
      );
      if (!note) {
        this.setData({ errors, form });
        toast(t.notesFixErrors);
        return false;
      }
      const result = addNote(note, pageEnv().now);
      if (!result.ok || !result.note) {
        // Nothing saved; what the user typed stays in the form.
        this.setData({ errors: {}, form, notice: t.notesFull });
        return false;
      }
      this.setData({
        notes: noteViews(loadNotes().notes, lang, this.data.today),
        errors: {},
        notice: '',
        form: { ...form, ticket: '', said: '', next: '', remind: '' },
        formRound: this.data.formRound + 1,
      });
      toast(t.noteSaved);
      return true;
    },
    async onDelete(e: TapEvent<{ id: string }>) {
      const id = e.currentTarget.dataset.id;
      const { t, lang } = this.data;
      if (!id || !(await confirm(t.noteDeleteConfirm, t.noteDelete))) return;
      if (!deleteNote(id).ok) {
        toast(t.notesFull);
        return;
      }
      this.setData({ notes: noteViews(loadNotes().notes, lang, this.data.today) });
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
