import { parseFollow, followPath } from '../../core/follow';
import { localStamp } from '../../core/notes';
import { str, strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { followErrorView, followView, FollowView } from '../../core/view/follow';
import { home, open, setTitle } from '../../services/nav';
import { call } from '../../services/phone';
import { pageEnv } from '../../services/system';

const KEYS = ['followTitle', 'followIntro', 'followNextTitle', 'followWaitTitle', 'followPlan', 'followHome', 'callCancelled', 'callFailed'] as const;

/** "Help a parent": a family member's own phone shows the case's next step and date from a shared link. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    view: null as FollowView | null,
    /** The link's own path, shared on as it came (ids and a date only). */
    sharePath: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const env = pageEnv();
      const t = strings(env.lang, KEYS);
      setTitle(t.followTitle);
      const parsed = parseFollow(query);
      const today = localStamp(env.now, env.offset).date;
      const view = 'link' in parsed ? followView(parsed.link, today, env.lang) : followErrorView(parsed.error, env.lang);
      const sharePath = 'link' in parsed ? followPath(parsed.link) : '';
      this.setData({ lang: env.lang, care: env.care, t, view, sharePath });
    },
    dial(e: TapEvent<{ index: number }>) {
      const view = this.data.view;
      const action = view && view.kind === 'ok' ? view.actions[Number(e.currentTarget.dataset.index)] : undefined;
      if (!action) return undefined;
      return call(action.value, { cancelled: this.data.t.callCancelled, failed: this.data.t.callFailed });
    },
    plan() {
      const view = this.data.view;
      if (view && view.kind === 'ok' && view.planPath) open(view.planPath);
    },
    goHome() {
      const view = this.data.view;
      if (view && view.kind === 'error') home(view.homePath);
    },
    /** Passed on as it came: the same follow path, a title without personal data. */
    onShareAppMessage() {
      return this.data.sharePath ? { title: str('followShareTitle', this.data.lang), path: this.data.sharePath } : {};
    },
  },
});
