import { dataPatch } from '../../core/diff';
import { Note } from '../../core/notes';
import { strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { ComplaintChoice, ComplaintEnv, complaintView, ComplaintView } from '../../core/view/complaint';
import { copyText } from '../../services/clipboard';
import { open, setTitle } from '../../services/nav';
import { loadNotes } from '../../services/notes';
import { shareHome } from '../../services/share';
import { pageEnv } from '../../services/system';

const KEYS = [
  'complaintTitle',
  'complaintIntro',
  'complaintLoading',
  'complaintRoute',
  'complaintWish',
  'complaintText',
  'complaintCopy',
  'complaintCopied',
  'complaintToNotes',
  'complaintNameHint',
  'complaintLanguage',
  'caseView',
  'copyFailed',
] as const;

/** What the page was opened with and what it read: kept here, not in data (the template does not bind them). */
let query: Record<string, string | undefined> = {};
let notes: Note[] = [];
let env: ComplaintEnv = { now: 0, offset: 480, lang: 'zh' };
let choice: ComplaintChoice = { wish: '' };

/** The complaint page: a case's notes as a text for the chosen route, masked, to copy. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    loading: true,
    t: strings('zh', KEYS),
    view: null as ComplaintView | null,
    wish: '',
  },
  methods: {
    onLoad(q: Record<string, string | undefined>) {
      const e = pageEnv();
      query = { case: q.case, route: q.route };
      env = { now: e.now, offset: e.offsetAt, lang: e.lang };
      choice = { wish: '' };
      notes = loadNotes().notes;
      const t = strings(e.lang, KEYS);
      setTitle(t.complaintTitle);
      this.setData({ lang: e.lang, care: e.care, t, loading: false, wish: '', view: complaintView(query, notes, choice, env) });
    },
    /** Sends only what changed after a choice. */
    refresh() {
      const next = complaintView(query, notes, choice, env);
      const patch = dataPatch('view', this.data.view, next);
      if (Object.keys(patch).length) this.setData(patch);
    },
    onRoute(e: TapEvent<{ id: string }>) {
      const id = e.currentTarget.dataset.id;
      const view = this.data.view;
      const row = view ? view.routes.find((r) => r.id === id) : undefined;
      if (!row) return;
      choice = { ...choice, route: row.id };
      this.refresh();
    },
    onLang(e: TapEvent<{ id: Lang }>) {
      choice = { ...choice, textLang: e.currentTarget.dataset.id === 'en' ? 'en' : 'zh' };
      this.refresh();
    },
    onWish(e: { detail: unknown }) {
      choice = { ...choice, wish: typeof e.detail === 'string' ? e.detail : '' };
      this.refresh();
    },
    onCopy() {
      const view = this.data.view;
      if (!view || !view.text) return Promise.resolve(false);
      return copyText(view.text, this.data.t.complaintCopied, this.data.t.copyFailed);
    },
    go(e: TapEvent<{ path: string }>) {
      if (e.currentTarget.dataset.path) open(e.currentTarget.dataset.path);
    },
    /** Default share: opens home (the case stays on this phone). */
    onShareAppMessage() {
      return shareHome(this.data.lang);
    },
  },
});
