import { buildPath } from '../../core/links';
import { strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { channelCards, ChannelCardView } from '../../core/view';
import { pageEnv } from '../../services/system';

const KEYS = ['channelsIntro', 'safetyShort', 'loading', 'channelsTitle'] as const;

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
      this.setData({ lang: env.lang, care: env.care, t: strings(env.lang, KEYS), cards: channelCards(env.now, env.lang, env.offset) });
    },
    /** Open/closed changes with the clock: refresh when the page comes back into view. */
    onShow() {
      if (!this.data.cards.length) return;
      const env = pageEnv();
      this.setData({ cards: channelCards(env.now, env.lang, env.offset) });
    },
    onShareAppMessage() {
      return { title: this.data.t.channelsTitle, path: buildPath({ page: 'channels' }) };
    },
  },
});
