import { strings } from '../../../core/strings';
import { Lang } from '../../../core/types';
import { PlanView, StepView } from '../../../core/view/plan';
import { runAction } from '../../../services/actions';

const KEYS = ['colon', 'planInOrder', 'planInstead', 'stepAfter', 'stepPath', 'stepWho', 'stepHuman', 'hours'] as const;

type ListName = 'inOrder' | 'instead';

/** A concrete problem's plan: the numbered steps to do in order, then the ones to try instead. */
Component({
  properties: {
    plan: { type: Object, value: { inOrder: [], instead: [] } as PlanView },
    lang: { type: String, value: 'zh' },
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
    onAction(e: TapEvent<{ list: ListName; step: number; index: number }>) {
      const { list, step, index } = e.currentTarget.dataset;
      const plan = this.data.plan as PlanView;
      const steps: StepView[] | undefined = plan && (list === 'inOrder' || list === 'instead') ? plan[list] : undefined;
      const action = steps?.[Number(step)]?.actions[Number(index)];
      if (action) return runAction(action, this.data.lang as Lang);
      return Promise.resolve(false);
    },
  },
});
