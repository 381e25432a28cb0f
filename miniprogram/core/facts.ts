/**
 * One model of a channel's phone numbers, read by the app and the poster
 * alike: which hours belong to a number. Hours sit with what they belong to:
 *  - a number's own hours when its source gives them (+86 571 95017);
 *  - a phone channel's own number has the channel's hours;
 *  - a number another card mentions for a narrower job (95017 on the freeze
 *    card) has the hours of the phone channel whose own number it is, never
 *    the card's (the freeze card's "24 hours" are the in-app freeze's);
 *  - otherwise the hours are not confirmed.
 * And which of the channel's notes are about one number (its caveat).
 */
import { CHANNELS } from './data/channels';
import { CHECKED_ON } from './data/sources';
import { Channel, Fact, Hours, PhoneNumber, Text } from './types';

export type NumberField = 'phone' | 'phoneAbroad';

const NOT_CONFIRMED: Fact<Hours> = { known: false, note: { zh: '服务时间未确认', en: 'Hours not confirmed' }, checkedOn: CHECKED_ON };

function knownNumber(c: Channel, field: NumberField): { number: PhoneNumber; source: string; checkedOn: string } | null {
  const fact = c[field];
  return fact && fact.known ? { number: fact.value, source: fact.source, checkedOn: fact.checkedOn } : null;
}

/** The phone channel whose own (no `purpose`) number this is, other than `c`. */
function ownerOf(c: Channel, field: NumberField, dial: string): Channel | undefined {
  return CHANNELS.find((o) => {
    if (o.id === c.id || o.kind !== 'phone') return false;
    const n = knownNumber(o, field);
    return n !== null && !n.number.purpose && n.number.dial === dial;
  });
}

/** The hours of one of a channel's numbers (see the rules above); null when the channel has no such known number. */
export function numberHours(c: Channel, field: NumberField): Fact<Hours> | null {
  const n = knownNumber(c, field);
  if (!n) return null;
  if (n.number.hours) return { known: true, value: n.number.hours, source: n.source, checkedOn: n.checkedOn };
  if (c.kind === 'phone' && !n.number.purpose && field === 'phone') return c.hours;
  const owner = ownerOf(c, field, n.number.dial);
  if (owner) return numberHours(owner, field);
  return NOT_CONFIRMED;
}

/** Whether the number's hours are the channel's own (so a card shows them once, as the channel's). */
export function hoursAreChannels(c: Channel, field: NumberField): boolean {
  return numberHours(c, field) === c.hours;
}

/**
 * The channel's notes (its limits fact) that name one of its numbers in both
 * languages: the cross-border caveat on +86 571 95017. One fact, one source:
 * the plan's button, the channel card and the poster all show these.
 */
export function numberCaveats(c: Channel, field: NumberField): Text[] {
  const n = knownNumber(c, field);
  if (!n || !c.limits.known) return [];
  const shown = n.number.display;
  return c.limits.value.filter((l) => l.zh.indexOf(shown) >= 0 && l.en.indexOf(shown) >= 0);
}
