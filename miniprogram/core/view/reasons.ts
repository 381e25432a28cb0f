/**
 * Sentences for the decision's reason and warning codes, from the strings
 * table with the data filled in. The app and the poster both render them here.
 */
import { CHANNEL_BY_ID } from '../data/channels';
import { PLANS } from '../data/plans';
import type { Reason, Warning } from '../decide';
import { str, StringKey, STRINGS } from '../strings';
import { ChannelId, Lang, Text } from '../types';

const name = (id: ChannelId, lang: Lang): string => CHANNEL_BY_ID[id].name[lang];

/** The one warning shown on every result and poster. */
export const SAFETY_WARNING: Text = STRINGS.warnSafety;

type Coded<C extends Reason['code']> = Extract<Reason, { code: C }>;

const REASON_TEXT: { [C in Reason['code']]: (r: Coded<C>, lang: Lang) => string } = {
  plan: (r, lang) => PLANS[r.problem].why[lang],
  'text-only-moved': (r, lang) => str('reasonTextOnlyMoved', lang, { from: name(r.from, lang), to: name(r.to, lang) }),
  'text-only-last': (_r, lang) => str('reasonTextOnlyLast', lang),
  'simple-only-one': (r, lang) => str('reasonSimpleOnlyOne', lang, { channel: name(r.channel, lang) }),
  'simple-moved': (r, lang) => str('reasonSimpleMoved', lang, { to: name(r.to, lang) }),
  'abroad-stop-loss': (r, lang) => str('reasonAbroadStopLoss', lang, { first: name(r.first, lang) }),
  'abroad-essential': (r, lang) => str('reasonAbroadEssential', lang, { first: name(r.first, lang) }),
  'abroad-second': (r, lang) => str('reasonAbroadSecond', lang, { channel: name(r.channel, lang) }),
  'abroad-phone': (r, lang) => str('reasonAbroadPhone', lang, { from: name(r.from, lang) }),
  'abroad-unavailable': (r, lang) => str('reasonAbroadUnavailable', lang, { from: name(r.from, lang) }),
  'closed-moved': (r, lang) => str('reasonClosedMoved', lang, { from: name(r.from, lang), to: name(r.to, lang) }),
};

export function reasonText(reason: Reason, lang: Lang): string {
  const render = REASON_TEXT[reason.code] as (r: Reason, lang: Lang) => string;
  return render(reason, lang);
}

const POLICE_KEY: Readonly<Record<Extract<Warning, { code: 'police' }>['via'], StringKey>> = {
  call: 'warnPoliceCall',
  someone: 'warnPoliceSomeone',
  abroad: 'warnPoliceAbroad',
};

export function warningText(w: Warning, lang: Lang): string {
  switch (w.code) {
    case 'safety':
      return str('warnSafety', lang);
    case 'police':
      return str(POLICE_KEY[w.via], lang);
    case 'fake-numbers':
      return str('warnFakeNumbers', lang);
    case 'closed':
      return str('warnClosed', lang, { channel: name(w.channel, lang) });
    case 'peak':
      return str('warnPeak', lang, { peak: w.peak.name[lang] });
  }
}
