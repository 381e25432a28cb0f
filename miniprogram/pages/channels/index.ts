import { dataPatch } from '../../core/diff';
import { strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { channelCards, ChannelCardView } from '../../core/view/card';
import { shareHome } from '../../services/share';
import { pageEnv } from '../../services/system';
import { setTitle } from '../../services/nav';
import { cacheFirstScreen } from '../../services/render-cache';
import { firstScreen } from '../../core/view/first-screen';

const KEYS = ['channelsIntro', 'safetyShort', 'loading', 'channelsTitle', 'pageChannels'] as const;

/** Every channel as a card, with open/closed now. */
Component({
  data: {
    lang: 'zh' as Lang,
    care: false,
    t: strings('zh', KEYS),
    cards: [] as ChannelCardView[],
  },
  methods: {
    onLoad() {
      const env = pageEnv();
      const t = strings(env.lang, KEYS);
      setTitle(t.pageChannels);
      this.setData({ lang: env.lang, care: env.care, t, cards: channelCards(env.now, env.lang, env.offsetAt) });
    },
    /** WeChat's initial rendering cache: the loading state in this person's language and size (index.json: "dynamic"). */
    onReady() {
      cacheFirstScreen(this, firstScreen('channels', this.data));
    },
    /** Open/closed changes with the clock: when the page comes back into view, send only what changed. */
    onShow() {
      if (!this.data.cards.length) return;
      const env = pageEnv();
      const patch = dataPatch('cards', this.data.cards, channelCards(env.now, this.data.lang, env.offsetAt));
      if (Object.keys(patch).length) this.setData(patch);
    },
    /** Default share: opens home (only channels and results share their own page). */
    onShareAppMessage() {
      return shareHome(this.data.lang);
    },
  },
});
