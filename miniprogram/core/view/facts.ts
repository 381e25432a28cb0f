/**
 * The hours line under a phone number, for the channel page and the poster
 * alike (one model: core/facts.ts).
 */
import { numberHours, NumberField } from '../facts';
import { hoursText } from '../hours';
import { str } from '../strings';
import { Channel, Lang } from '../types';

/** "服务时间：周一至周五 09:00–18:00（北京时间）", or "服务时间未确认"; null when the channel has no such known number. */
export function numberHoursNote(c: Channel, field: NumberField, lang: Lang): string | null {
  const hours = numberHours(c, field);
  if (!hours) return null;
  if (!hours.known) return str('hoursNotConfirmed', lang);
  const typical = hours.typical ? str('typicalHoursMark', lang) : '';
  return str('hoursOf', lang, { hours: `${hoursText(hours.value, lang)}${typical}` });
}
