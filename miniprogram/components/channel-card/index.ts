import { strings } from '../../core/strings';
import { Lang } from '../../core/types';
import { ActionView, ChannelCardView } from '../../core/view/card';
import { runAction } from '../../services/actions';
import { open } from '../../services/nav';

const KEYS = ['colon', 'wait', 'difficulty', 'rating', 'detail', 'hours'] as const;

/** A channel at a glance, with its one-tap actions. */
Component({
  properties: {
    card: { type: Object, value: {} as ChannelCardView },
    lang: { type: String, value: 'zh' },
    showDetail: { type: Boolean, value: false },
  },
  data: {
    t: strings('zh', KEYS),
  },
  observers: {
    lang(lang: string) {
      if (lang === 'en' || lang === 'zh') this.setData({ t: strings(lang, KEYS) });
    },
  },
  methods: {
    onAction(e: TapEvent<{ index: number }>) {
      const card = this.data.card as ChannelCardView;
      const action: ActionView | undefined = card.actions ? card.actions[Number(e.currentTarget.dataset.index)] : undefined;
      if (action) return runAction(action, this.data.lang as Lang);
      return Promise.resolve(false);
    },
    onDetail() {
      const card = this.data.card as ChannelCardView;
      if (card.detailPath) open(card.detailPath);
    },
  },
});
