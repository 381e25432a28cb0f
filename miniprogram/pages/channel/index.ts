import { dataPatch } from '../../core/diff';
import { homeWithNotice, parseLink } from '../../core/links';
import { strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { channelDetail, ChannelDetailView } from '../../core/view/channel';
import { home, setTitle } from '../../services/nav';
import { shareOf, timelineOf } from '../../services/share';
import { pageEnv } from '../../services/system';

const KEYS = ['colon', 'steps', 'hours', 'handles', 'materials', 'limits', 'resolution', 'sources', 'checkedOn', 'share', 'safetyShort', 'official'] as const;

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
      const view = channelDetail(parsed.route.id, env.now, env.lang, env.offsetAt);
      setTitle(view.navTitle);
      this.setData({ lang: env.lang, care: env.care, t: strings(env.lang, KEYS), view });
    },
    /** Open/closed changes with the clock: when the page comes back into view, send only what changed. */
    onShow() {
      const view = this.data.view;
      if (!view) return;
      const env = pageEnv();
      const patch = dataPatch('view', view, channelDetail(view.id, env.now, this.data.lang, env.offsetAt));
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
