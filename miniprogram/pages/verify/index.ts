import { parseLink } from '../../core/links';
import { strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { verifyView, VerifyView } from '../../core/view/verify';
import { open, setTitle } from '../../services/nav';
import { call } from '../../services/phone';
import { shareHome } from '../../services/share';
import { pageEnv } from '../../services/system';

const KEYS = [
  'verifyTitle',
  'verifyIntro',
  'verifyPlaceholder',
  'verifyButton',
  'verifyEmpty',
  'whatToDo',
  'doPolice',
  'callPolice',
  'safetyShort',
  'callCancelled',
  'callFailed',
] as const;

/** "Is this official?": classify a number, site or name the user was given. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    input: '',
    error: '',
    view: null as VerifyView | null,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const env = pageEnv();
      const t = strings(env.lang, KEYS);
      setTitle(t.verifyTitle);
      // Opened with something to check (a number typed into the home search): filled in and checked at once.
      const route = parseLink(query, 'verify').route;
      const input = route.page === 'verify' && route.text ? route.text : '';
      this.setData({ lang: env.lang, care: env.care, t, input, view: input ? verifyView(input, env.now, env.lang, env.offset) : null });
    },
    onInput(e: { detail: unknown }) {
      // Kept in data without a re-render of the result; the result updates on "check".
      this.data.input = typeof e.detail === 'string' ? e.detail : '';
      if (this.data.error) this.setData({ error: '' });
    },
    check() {
      const input = this.data.input;
      if (!input.trim()) {
        this.setData({ error: this.data.t.verifyEmpty, view: null });
        return;
      }
      const e = pageEnv();
      this.setData({ error: '', view: verifyView(input, e.now, e.lang, e.offset) });
    },
    go(e: TapEvent<{ path: string }>) {
      if (e.currentTarget.dataset.path) open(e.currentTarget.dataset.path);
    },
    callPolice() {
      return call('110', { cancelled: this.data.t.callCancelled, failed: this.data.t.callFailed });
    },
    /** Default share: opens home (only channels and results share their own page). */
    onShareAppMessage() {
      return shareHome(this.data.lang);
    },
  },
});
