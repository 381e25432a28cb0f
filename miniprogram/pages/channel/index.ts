import { dataPatch } from '../../core/diff';
import { homeWithNotice, parseLink } from '../../core/links';
import { strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { channelDetail, ChannelDetailView } from '../../core/view';
import { home, setTitle } from '../../services/nav';
import { shareOf, timelineOf } from '../../services/share';
import { pageEnv } from '../../services/system';

const KEYS = ['pageChannel', 'colon', 'steps', 'hours', 'handles', 'materials', 'limits', 'resolution', 'sources', 'checkedOn', 'share', 'safetyShort', 'official'] as const;

/** Characters that fit the navigation bar beside the capsule at 375 px. */
const NAV_TITLE_MAX: Record<Lang, number> = { zh: 9, en: 18 };

/** Everything known about one channel: steps, hours, contacts, sources; shareable. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    view: null as ChannelDetailView | null,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const parsed = parseLink(query, 'channel');
      if (parsed.route.page !== 'channel') {
        home(homeWithNotice(parsed.reason));
        return;
      }
      const env = pageEnv();
      const view = channelDetail(parsed.route.id, env.now, env.lang, env.offset);
      const t = strings(env.lang, KEYS);
      // The navigation bar cuts long titles ("微信支付客服热线 9…"): a long name stays on the card only.
      setTitle(view.name.length <= NAV_TITLE_MAX[env.lang] ? view.name : t.pageChannel);
      this.setData({ lang: env.lang, care: env.care, t, view });
    },
    /** Open/closed changes with the clock: when the page comes back into view, send only what changed. */
    onShow() {
      const view = this.data.view;
      if (!view) return;
      const env = pageEnv();
      const patch = dataPatch('view', view, channelDetail(view.id, env.now, this.data.lang, env.offset));
      if (Object.keys(patch).length) this.setData(patch);
    },
    onShareAppMessage() {
      return shareOf(this.data.view);
    },
    onShareTimeline() {
      return timelineOf(this.data.view);
    },
  },
});
