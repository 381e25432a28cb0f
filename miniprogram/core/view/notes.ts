/**
 * The notes page: the form's channel options and label width.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { CHANNELS } from '../data/channels';
import { ChannelId, Lang } from '../types';
import { t } from './common';

export function channelOptions(lang: Lang): Array<{ id: ChannelId; name: string }> {
  return CHANNELS.map((c) => ({ id: c.id, name: t(c.name, lang) }));
}

/**
 * Width of a form's label column (Vant's `title-width`) so the longest label stays on one line: Chinese and
 * other full-width characters count 1 em, anything else a generous 0.62 em, plus 0.5 em to spare. In em, so
 * it grows with the font in care mode.
 */
export function labelWidth(labels: readonly string[]): string {
  const em = (s: string): number => [...s].reduce((sum, ch) => sum + (/[\u1100-\uffdc]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 1 : 0.62), 0);
  const widest = Math.max(4, ...labels.map((l) => em(l) + 0.5));
  return `${Math.ceil(widest * 10) / 10}em`;
}
