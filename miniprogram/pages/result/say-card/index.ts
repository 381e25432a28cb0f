import { strings } from '../../../core/strings';
import { Lang, SayBlank } from '../../../core/types';
import { blankLabel, fillSay, sayBlanks } from '../../../core/view/plan';
import { copyText } from '../../../services/clipboard';

const KEYS = ['sayTitle', 'sayCopy', 'sayCopied', 'sayMaskNote', 'sayFill', 'sayFillDone', 'copyFailed', 'noteOptional'] as const;

interface BlankField {
  key: SayBlank;
  label: string;
}

const langOf = (lang: string): Lang => (lang === 'en' ? 'en' : 'zh');

/**
 * "Say this": a short text to paste to the agent or the police, with blanks
 * the user fills in. Numbers typed into it are masked on screen and copied as
 * typed (see fillSay in core/view/plan.ts). What is typed stays in this
 * component's memory: nothing is stored or sent anywhere.
 */
Component({
  properties: {
    say: { type: String, value: '' },
    lang: { type: String, value: 'zh' },
  },
  data: {
    t: strings('zh', KEYS),
    blanks: [] as BlankField[],
    /** What was typed, by blank (not rendered: the fields show it themselves). */
    values: {} as Partial<Record<SayBlank, string>>,
    shown: '',
    /** The fields show on request, so a plan with several cards stays short. */
    open: false,
  },
  observers: {
    'say, lang'(say: string, lang: string) {
      const l = langOf(lang);
      this.setData({
        t: strings(l, KEYS),
        blanks: sayBlanks(say).map((key) => ({ key, label: blankLabel(key, l) })),
        values: {},
        shown: fillSay(say, {}, l).shown,
      });
    },
  },
  methods: {
    onField(e: { detail: unknown; currentTarget: { dataset: { key?: SayBlank } } }) {
      const key = e.currentTarget.dataset.key;
      if (!key) return;
      const value = typeof e.detail === 'string' ? e.detail : '';
      const values = { ...this.data.values, [key]: value };
      this.setData({ [`values.${key}`]: value, shown: fillSay(this.data.say, values, langOf(this.data.lang)).shown });
    },
    onToggle() {
      this.setData({ open: !this.data.open });
    },
    onCopy() {
      const { copy } = fillSay(this.data.say, this.data.values, langOf(this.data.lang));
      return copyText(copy, this.data.t.sayCopied, this.data.t.copyFailed);
    },
  },
});
