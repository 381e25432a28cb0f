/**
 * The channel card: what every list of channels shows, with its one-tap actions.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { CHANNEL_BY_ID, CHANNELS } from '../data/channels';
import { channelStatus, ChannelStatus, statusLine, StatusState, UserOffset } from '../hours';
import { numberCaveats } from '../facts';
import { buildPath } from '../links';
import { str } from '../strings';
import { Channel, ChannelId, Fact, Lang, NeedId, PhoneNumber, RegionId, Text } from '../types';
import { factText, isOfficialSource, quoted, t } from './common';

export type ActionType = 'call' | 'copy' | 'open-mp';

export interface ActionView {
  type: ActionType;
  label: string;
  /** Number to dial, text to copy, or appId to open. */
  value: string;
  /** Toast after copying. */
  done: string;
  aria: string;
  primary: boolean;
  /** What to know before tapping, shown under the button: a number's own caveat (+86 571 95017). */
  note?: string;
}

export interface ChannelCardView {
  id: ChannelId;
  name: string;
  summary: string;
  /** A contact (number, URL, account) confirmed by an official or government page. */
  official: boolean;
  /**
   * False for a channel people look for that we found no official way to reach
   * (a Tencent phone line, service counters): its summary says so, and the
   * card shows no hours, wait or difficulty for something that does not exist.
   */
  reachable: boolean;
  sourceBadge: string;
  state: StatusState;
  statusText: string;
  waitText: string;
  difficulty: number;
  difficultyText: string;
  ratingText: string;
  detailPath: string;
  actions: ActionView[];
}

function contactFacts(c: Channel): Array<Fact<unknown>> {
  const all: Array<Fact<unknown> | undefined> = [c.phone, c.phoneAbroad, c.url, c.email, c.accounts, c.miniProgram];
  return all.filter((f): f is Fact<unknown> => f !== undefined);
}

function officialContact(c: Channel): boolean {
  return contactFacts(c).some((f) => f.known && isOfficialSource(f.source));
}

/** A channel can be used unless the data says no official one was found (its steps then point elsewhere). */
function isReachable(c: Channel): boolean {
  return c.notFound !== true;
}

export function badgeFor(fact: Fact<unknown>, lang: Lang): string {
  if (!fact.known) return str('notConfirmed', lang);
  return isOfficialSource(fact.source) ? str('official', lang) : str('thirdParty', lang);
}

/** The value of a contact fact the data confirms; undefined when the channel lacks it or it is unconfirmed. */
function knownValue<T>(fact: Fact<T> | undefined): T | undefined {
  return fact && fact.known ? fact.value : undefined;
}

/** After a number's purpose: 「冻结微信支付：拨打 95017」, "Freeze WeChat Pay: call 95017". */
const PURPOSE_COLON: Record<Lang, string> = { zh: '：', en: ': ' };

/** The card's own number: call it (the main button) or copy it. */
function mainPhoneActions(p: PhoneNumber, lang: Lang): ActionView[] {
  const call = `${str('call', lang)} ${p.dial}`;
  return [
    { type: 'call', label: call, value: p.dial, done: '', aria: `${str('call', lang)} ${p.display}`, primary: true },
    { type: 'copy', label: str('copyNumber', lang), value: p.dial, done: str('copied', lang), aria: `${str('copyNumber', lang)} ${p.dial}`, primary: false },
  ];
}

/** A number with a narrower job than the card's: a secondary action that says what it does. */
function purposeCallAction(p: PhoneNumber, purpose: Text, lang: Lang): ActionView {
  const call = `${str('call', lang)} ${p.dial}`;
  const label = `${t(purpose, lang)}${PURPOSE_COLON[lang]}${lang === 'zh' ? call : call.toLowerCase()}`;
  return { type: 'call', label, value: p.dial, done: '', aria: label, primary: false };
}

/** The mainland number, unless the user is abroad, or asked for text only and it is not the card's own job. */
function phoneActions(c: Channel, lang: Lang, region?: RegionId, need?: NeedId): ActionView[] {
  const p = knownValue(c.phone);
  if (p === undefined || region === 'overseas') return [];
  if (!p.purpose) return mainPhoneActions(p, lang);
  if (need === 'text') return [];
  return [purposeCallAction(p, p.purpose, lang)];
}

/** Between a button's label and its note, and between notes. */
export const NOTE_JOIN: Record<Lang, string> = { zh: '。', en: '. ' };

/** The number to dial from abroad, unless the user is in the mainland, with its caveat under the button. */
function abroadActions(c: Channel, lang: Lang, region?: RegionId): ActionView[] {
  const p = knownValue(c.phoneAbroad);
  if (p === undefined || region === 'mainland') return [];
  const call: ActionView = {
    type: 'call',
    label: str('callAbroad', lang),
    value: p.dial,
    done: '',
    aria: `${str('callAbroad', lang)} ${p.display}`,
    primary: false,
  };
  const caveats = numberCaveats(c, 'phoneAbroad').map((x) => t(x, lang));
  if (!caveats.length) return [call];
  const note = caveats.join(NOTE_JOIN[lang]);
  return [{ ...call, note, aria: `${call.aria}${NOTE_JOIN[lang]}${note}` }];
}

/** Open the mini program when its appId is known, else copy its name to search for; `before` actions come first. */
function miniProgramActions(c: Channel, lang: Lang, before: number): ActionView[] {
  const mp = knownValue(c.miniProgram);
  if (mp === undefined) return [];
  if (mp.appId) {
    return [
      { type: 'open-mp', label: str('openMiniProgram', lang), value: mp.appId, done: '', aria: `${str('openMiniProgram', lang)} ${mp.name}`, primary: true },
    ];
  }
  return [
    {
      type: 'copy',
      label: `${str('copyMiniProgram', lang)}${quoted(mp.name, lang)}`,
      value: mp.name,
      done: str('copiedAccount', lang),
      aria: `${str('copyMiniProgram', lang)} ${mp.name}`,
      primary: before === 0,
    },
  ];
}

/** Copy each official account's name; the first is the main button when nothing came `before` it. */
function accountActions(c: Channel, lang: Lang, before: number): ActionView[] {
  return (knownValue(c.accounts) ?? []).map((name, i) => ({
    type: 'copy',
    label: `${str('copyAccount', lang)}${quoted(name, lang)}`,
    value: name,
    done: str('copiedAccount', lang),
    aria: `${str('copyAccount', lang)} ${name}`,
    primary: before + i === 0,
  }));
}

/** Copy the website's address. */
function linkActions(c: Channel, lang: Lang): ActionView[] {
  const url = knownValue(c.url);
  if (url === undefined) return [];
  return [{ type: 'copy', label: str('copyLink', lang), value: url, done: str('copied', lang), aria: `${str('copyLink', lang)} ${url}`, primary: false }];
}

/** Copy the first email address. */
function emailActions(c: Channel, lang: Lang): ActionView[] {
  const email = knownValue(c.email)?.[0];
  if (email === undefined) return [];
  return [{ type: 'copy', label: str('copyEmail', lang), value: email, done: str('copied', lang), aria: `${str('copyEmail', lang)} ${email}`, primary: false }];
}

/**
 * The one-tap actions a channel offers, most useful first. With a known
 * region only the number that can be dialled from there is offered; for
 * someone who asked for text only, a number that is not the card's own
 * purpose (95017 on the freeze card) is left out.
 */
export function channelActions(c: Channel, lang: Lang, region?: RegionId, need?: NeedId): ActionView[] {
  const actions = [...phoneActions(c, lang, region, need), ...abroadActions(c, lang, region)];
  actions.push(...miniProgramActions(c, lang, actions.length));
  actions.push(...accountActions(c, lang, actions.length));
  return [...actions, ...linkActions(c, lang), ...emailActions(c, lang)];
}

/**
 * The card's status line: self-service channels say they can be used any time
 * (not that people answer around the clock); hours from the seed say "typical".
 */
export function cardStatusText(c: Channel, status: ChannelStatus, lang: Lang): string {
  if (status.state === 'always' && c.hours.known && c.hours.source === 'editorial') {
    return lang === 'zh' ? '自助办理，随时可用' : 'Self-service, any time';
  }
  const line = statusLine(status, lang);
  return c.hours.known && c.hours.typical ? `${line} · ${lang === 'zh' ? '典型时间' : 'typical hours'}` : line;
}

/** Difficulty said in words, not drawn as a rating (one star read as "poorly rated"). */
const DIFFICULTY_WORDS = { 1: 'difficulty1', 2: 'difficulty2', 3: 'difficulty3', 4: 'difficulty4', 5: 'difficulty5' } as const;

export function channelCard(id: ChannelId, now: number, lang: Lang, userOffsetMinutes?: UserOffset, region?: RegionId, need?: NeedId): ChannelCardView {
  const c = CHANNEL_BY_ID[id];
  const status = channelStatus(c, now, userOffsetMinutes);
  const official = officialContact(c);
  return {
    id,
    name: t(c.name, lang),
    summary: t(c.summary, lang),
    official,
    reachable: isReachable(c),
    sourceBadge: official ? str('official', lang) : '',
    state: status.state,
    statusText: cardStatusText(c, status, lang),
    waitText: factText(c.wait, lang),
    difficulty: c.difficulty.known ? c.difficulty.value : 0,
    difficultyText: c.difficulty.known ? str(DIFFICULTY_WORDS[c.difficulty.value], lang) : str('notConfirmed', lang),
    ratingText: c.rating.known ? `${c.rating.value.toFixed(1)}/5` : t(c.rating.note, lang),
    detailPath: buildPath({ page: 'channel', id }),
    actions: channelActions(c, lang, region, need),
  };
}

/** Every channel; those with no official way to reach them come last. */
export function channelCards(now: number, lang: Lang, userOffsetMinutes?: UserOffset): ChannelCardView[] {
  const cards = CHANNELS.map((c) => channelCard(c.id, now, lang, userOffsetMinutes));
  return [...cards.filter((c) => c.reachable), ...cards.filter((c) => !c.reachable)];
}
