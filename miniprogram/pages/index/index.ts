import { buildPath, LINK_REASON_TEXT, parseLink } from '../../core/links';
import { str, strings } from '../../core/strings';
import { searchView, SearchHit, SearchView } from '../../core/search';
import { homeView, HomeView } from '../../core/view/home';
import { home, open, replace, setTitle } from '../../services/nav';
import { shareHome } from '../../services/share';
import { readDueCount } from '../../services/due';
import { pageEnv, setCareMode, setLanguage } from '../../services/system';
import { Lang } from '../../core/types';

const KEYS = [
  'colon',
  'urgentTitle',
  'urgentFreeze',
  'urgentFraud',
  'problemsTitle',
  'startFlow',
  'allChannels',
  'searchPlaceholder',
  'searchEmpty',
  'safetyTitle',
  'safetyShort',
  'searchCode',
  'searchProblem',
  'searchChannel',
  'searchCategory',
  'verifyEntry',
  'notesEntry',
  'settings',
  'careMode',
  'careModeHint',
  'language',
  'pageHome',
] as const;

type Hit = SearchHit & { kindLabel: string };

/** 「有 N 件事该跟进了」 and its label for screen readers; empty when nothing is due. */
function dueBanner(n: number, lang: Lang): { due: string; dueAria: string } {
  if (n <= 0) return { due: '', dueAria: '' };
  const due = n === 1 ? str('homeDueOne', lang) : str('homeDue', lang, { n });
  return { due, dueAria: str('homeDueAria', lang, { what: due }) };
}

/** Home: urgent entry, problem grid, search; also the router for QR codes (scene / q). */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    view: null as HomeView | null,
    notice: '',
    query: '',
    hits: [] as Hit[],
    empty: false,
    verifyOffer: null as SearchView['verify'],
    emptyActions: [] as SearchView['emptyActions'],
    /** 「有 N 件事该跟进了」, or '' when nothing is due (or the notebook cannot be read). */
    due: '',
    dueAria: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const env = pageEnv();
      const parsed = parseLink(query, 'home');
      if (parsed.route.page !== 'home') {
        replace(buildPath(parsed.route));
        return;
      }
      const t = strings(env.lang, KEYS);
      setTitle(t.pageHome);
      this.setData({
        lang: env.lang,
        care: env.care,
        t,
        view: homeView(env.lang),
        emptyActions: searchView('', env.lang).emptyActions,
        notice: parsed.reason === 'ok' ? '' : LINK_REASON_TEXT[parsed.reason][env.lang],
        ...dueBanner(readDueCount(env.now, env.offset), env.lang),
      });
    },
    /** Back from the notebook: the count may have changed. */
    onShow() {
      if (!this.data.view) return;
      const env = pageEnv();
      const banner = dueBanner(readDueCount(env.now, env.offset), this.data.lang);
      if (banner.due !== this.data.due) this.setData(banner);
    },
    onSearch(e: { detail: unknown }) {
      const query = typeof e.detail === 'string' ? e.detail : '';
      const t = this.data.t;
      const label: Record<SearchHit['kind'], string> = { code: t.searchCode, problem: t.searchProblem, category: t.searchCategory, channel: t.searchChannel };
      const view = searchView(query, this.data.lang);
      const hits = view.hits.map((h) => ({ ...h, kindLabel: label[h.kind] }));
      this.setData({ query, hits, empty: view.empty, verifyOffer: view.verify });
    },
    onClear() {
      this.setData({ query: '', hits: [], empty: false, verifyOffer: null });
    },
    /** A tap around the care switch (its 60 px target); one on the switch itself is the switch's (onCare). */
    onCareRow(e: { target?: { dataset?: { box?: string } } }) {
      if (e.target && e.target.dataset && e.target.dataset.box) return;
      this.onCare({ detail: !this.data.care });
    },
    onCare(e: { detail: unknown }) {
      const on = e.detail === true;
      setCareMode(on);
      this.setData({ care: on });
    },
    onLanguage() {
      setLanguage(this.data.lang === 'zh' ? 'en' : 'zh');
      home(buildPath({ page: 'home' }));
    },
    go(e: TapEvent<{ path: string }>) {
      const path = e.currentTarget.dataset.path;
      if (path) open(path);
    },
    onShareAppMessage() {
      return shareHome(this.data.lang);
    },
  },
});
