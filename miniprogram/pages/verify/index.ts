import { parseLink } from '../../core/links';
import { str, strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { MAX_CHARS } from '../../core/verify';
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
  'verifyContactsTitle',
  'whatToDo',
  'safetyShort',
  'callCancelled',
  'callFailed',
] as const;

/** "Is this official?": what is this contact, or is this message a scam. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    limitHint: '',
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
      const limitHint = str('verifyLimit', env.lang, { max: MAX_CHARS });
      this.setData({ lang: env.lang, care: env.care, t, limitHint, input, view: input ? verifyView(input, env.now, env.lang, env.offsetAt) : null });
    },
    onInput(e: { detail: unknown }) {
      // Kept in data without a re-render of the result; the result updates on "check".
      this.data.input = typeof e.detail === 'string' ? e.detail : '';
      if (this.data.error) this.setData({ error: '' });
    },
    check() {
      const input = this.data.input;
      const e = pageEnv();
      const view = input.trim() ? verifyView(input, e.now, e.lang, e.offsetAt) : null;
      if (!view) {
        this.setData({ error: this.data.t.verifyEmpty, view: null });
        return;
      }
      this.setData({ error: '', view });
    },
    act(e: TapEvent<{ index: number }>) {
      const view = this.data.view;
      const action = view ? view.actions[Number(e.currentTarget.dataset.index)] : undefined;
      if (!action) return undefined;
      if (action.kind === 'open') {
        open(action.value);
        return undefined;
      }
      return call(action.value, { cancelled: this.data.t.callCancelled, failed: this.data.t.callFailed });
    },
    /** Default share: opens home (only channels and results share their own page). */
    onShareAppMessage() {
      return shareHome(this.data.lang);
    },
  },
});
