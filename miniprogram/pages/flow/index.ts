import { buildPath, homeWithNotice, LINK_REASON_TEXT, parseLink } from '../../core/links';
import { nextQuestion } from '../../core/flow';
import { strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { flowView, FlowView } from '../../core/view/flow';
import { home, replace, setTitle } from '../../services/nav';
import { shareHome } from '../../services/share';
import { pageEnv } from '../../services/system';

const KEYS = ['restart', 'yourAnswers', 'change', 'pageFlow', 'recommended'] as const;

/** One question per step; the answers so far live in the page query. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    view: null as FlowView | null,
    notice: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const parsed = parseLink(query, 'flow');
      const route = parsed.route;
      if (route.page !== 'flow') {
        home(homeWithNotice(parsed.reason));
        return;
      }
      // Complete answers and nothing to change: straight to the result.
      if (!route.edit && nextQuestion(route.answers) === null) {
        replace(buildPath({ page: 'result', answers: route.answers }));
        return;
      }
      const env = pageEnv();
      const t = strings(env.lang, KEYS);
      setTitle(t.pageFlow);
      this.setData({
        lang: env.lang,
        care: env.care,
        t,
        view: flowView(route.answers, env.lang, route.edit, env.care),
        notice: parsed.reason === 'ok' ? '' : LINK_REASON_TEXT[parsed.reason][env.lang],
      });
    },
    choose(e: TapEvent<{ path: string }>) {
      const path = e.currentTarget.dataset.path;
      if (path) replace(path);
    },
    back(e: TapEvent<{ path: string }>) {
      const path = e.currentTarget.dataset.path;
      if (!path) return;
      if (path === buildPath({ page: 'home' })) home(path);
      else replace(path);
    },
    /** Default share: opens home (only channels and results share their own page). */
    onShareAppMessage() {
      return shareHome(this.data.lang);
    },
  },
});
