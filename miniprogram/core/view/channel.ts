/**
 * The channel page: everything known about one channel, with sources.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { CHANNEL_BY_ID } from '../data/channels';
import { SOURCES } from '../data/sources';
import { channelStatus, hoursText, UserOffset } from '../hours';
import { buildPath } from '../links';
import { str } from '../strings';
import { Channel, ChannelId, Fact, Lang, PhoneNumber, SourceKind } from '../types';
import { badgeFor, channelCard, ChannelCardView } from './card';
import { factList, factText, isOfficialSource, t, unconfirmed } from './common';
import { numberHoursNote } from './facts';
import { hoursAreChannels, numberCaveats, NumberField } from '../facts';

export interface LabelledSource {
  label: string;
  title: string;
  kind: string;
  url: string;
  checkedOn: string;
}

export interface ChannelDetailView extends ChannelCardView {
  /** The channel's name, or "渠道详情" when the navigation bar would cut it ("微信支付客服热线 9…"). */
  navTitle: string;
  /** Open/closed with the next change (Beijing and the user's own time) is worth its own line. */
  showStatus: boolean;
  handles: string[];
  steps: string[];
  hoursText: string;
  resolutionText: string;
  materials: string[];
  limits: string[];
  contacts: Array<{ label: string; value: string; badge: string }>;
  sources: LabelledSource[];
  sharePath: string;
  shareTitle: string;
}

/** Characters that fit the navigation bar beside the capsule at 375 px. */
const NAV_TITLE_MAX: Record<Lang, number> = { zh: 9, en: 18 };
const LABEL_JOIN: Record<Lang, string> = { zh: '、', en: ', ' };

/** The contact fields a channel may have; each is one row on the page and one label in the sources. */
type ContactField = 'phone' | 'phoneAbroad' | 'url' | 'email' | 'accounts' | 'miniProgram';
type Words = Record<Lang, string>;

/** What the sources list calls a contact field ("电话、网址" beside the source it came from). */
const SOURCE_FIELD_LABEL: Record<ContactField, Words> = {
  phone: { zh: '电话', en: 'Phone' },
  phoneAbroad: { zh: '境外电话', en: 'Phone from abroad' },
  url: { zh: '网址', en: 'Website' },
  email: { zh: '邮箱', en: 'Email' },
  accounts: { zh: '公众号', en: 'Official accounts' },
  miniProgram: { zh: '小程序', en: 'Mini program' },
};

/** What the contact rows call a field (shorter than the sources' labels where the row has little room). */
const CONTACT_LABEL: Record<ContactField, Words> = {
  phone: { zh: '电话', en: 'Phone' },
  phoneAbroad: { zh: '境外电话', en: 'From abroad' },
  url: { zh: '网址', en: 'Website' },
  email: { zh: '邮箱', en: 'Email' },
  accounts: { zh: '公众号', en: 'Official account' },
  miniProgram: { zh: '小程序', en: 'Mini program' },
};

/** How a source that is neither official nor third-party is described, by its kind; anything else is editorial. */
const OTHER_KIND_LABEL: Partial<Record<SourceKind, Words>> = {
  press: { zh: '新闻报道', en: 'Press report' },
  seed: { zh: '网络文章', en: 'Online article' },
};
const EDITORIAL_LABEL: Words = { zh: '编辑判断', en: 'Editorial' };

/** Brackets around a number's purpose: 「95017（冻结微信支付）」, "95017 (freeze WeChat Pay)". */
const PARENS: Record<Lang, [string, string]> = { zh: ['（', '）'], en: [' (', ')'] };
const TYPICAL_MARK: Words = { zh: '（典型情况）', en: ' (typical)' };

/** Every sourced fact of a channel with its label, in the order the page shows them. */
function sourcedFields(c: Channel, lang: Lang): Array<[string, Fact<unknown> | undefined]> {
  return [
    [str('handles', lang), c.handles],
    [str('steps', lang), c.steps],
    [str('hours', lang), c.hours],
    [str('wait', lang), c.wait],
    [str('materials', lang), c.materials],
    [SOURCE_FIELD_LABEL.phone[lang], c.phone],
    [SOURCE_FIELD_LABEL.phoneAbroad[lang], c.phoneAbroad],
    [SOURCE_FIELD_LABEL.url[lang], c.url],
    [SOURCE_FIELD_LABEL.email[lang], c.email],
    [SOURCE_FIELD_LABEL.accounts[lang], c.accounts],
    [SOURCE_FIELD_LABEL.miniProgram[lang], c.miniProgram],
  ];
}

/** How much weight a source carries, in words: official, third-party, press, online article or editorial. */
function sourceKindLabel(id: string, kind: SourceKind, lang: Lang): string {
  if (isOfficialSource(id)) return str('official', lang);
  if (kind === 'third-party') return str('thirdParty', lang);
  return (OTHER_KIND_LABEL[kind] ?? EDITORIAL_LABEL)[lang];
}

/** A source seen for the first time, backing the fact called `label`; none for an id not in SOURCES (integrity reports those). */
function labelledSource(id: string, label: string, checkedOn: string, lang: Lang): LabelledSource | null {
  const s = SOURCES[id];
  if (!s) return null;
  return { label, title: t(s.title, lang), kind: sourceKindLabel(id, s.kind, lang), url: s.url ?? '', checkedOn };
}

/** A source seen again: it names this fact too, and its check date is the oldest of the facts it backs. */
function mergeSource(seen: LabelledSource, label: string, checkedOn: string, lang: Lang): void {
  if (seen.label.split(LABEL_JOIN[lang]).indexOf(label) < 0) seen.label += `${LABEL_JOIN[lang]}${label}`;
  if (checkedOn < seen.checkedOn) seen.checkedOn = checkedOn;
}

function sourcesOf(c: Channel, lang: Lang): LabelledSource[] {
  // One entry per source, naming every fact it backs ("怎么联系、电话").
  const out: LabelledSource[] = [];
  const byId = new Map<string, LabelledSource>();
  for (const [label, fact] of sourcedFields(c, lang)) {
    if (!fact || !fact.known) continue;
    for (const id of [fact.source, ...(fact.also ?? [])]) {
      const seen = byId.get(id);
      if (seen) {
        mergeSource(seen, label, fact.checkedOn, lang);
        continue;
      }
      const entry = labelledSource(id, label, fact.checkedOn, lang);
      if (!entry) continue;
      byId.set(id, entry);
      out.push(entry);
    }
  }
  return out;
}

/** A number's hours after it, unless they are the channel's own (shown on the card already). */
function numberNote(c: Channel, field: NumberField, lang: Lang): string {
  if (hoursAreChannels(c, field)) return '';
  const note = numberHoursNote(c, field, lang);
  return note ? ` · ${note}` : '';
}

type ContactRow = ChannelDetailView['contacts'][number];

/** The row for one contact field, or none when the channel lacks it; an unconfirmed one shows its note. */
function contactRow<T>(fact: Fact<T> | undefined, field: ContactField, show: (value: T) => string, lang: Lang): ContactRow[] {
  if (!fact) return [];
  return [{ label: CONTACT_LABEL[field][lang], value: fact.known ? show(fact.value) : t(fact.note, lang), badge: badgeFor(fact, lang) }];
}

/** What a number does on this card, in brackets after it, when that is narrower than the card. */
function phonePurpose(phone: PhoneNumber, lang: Lang): string {
  if (!phone.purpose) return '';
  const [open, close] = PARENS[lang];
  return `${open}${t(phone.purpose, lang)}${close}`;
}

/** Phone, number from abroad, website, email, official accounts and mini program, those the channel has. */
function contactsOf(c: Channel, lang: Lang): ContactRow[] {
  return [
    ...contactRow(c.phone, 'phone', (p) => `${p.display}${phonePurpose(p, lang)}${numberNote(c, 'phone', lang)}`, lang),
    ...contactRow(c.phoneAbroad, 'phoneAbroad', (p) => `${p.display}${numberNote(c, 'phoneAbroad', lang)}`, lang),
    ...contactRow(c.url, 'url', (url) => url, lang),
    ...contactRow(c.email, 'email', (emails) => emails.join(' / '), lang),
    ...contactRow(c.accounts, 'accounts', (accounts) => accounts.join('、'), lang),
    ...contactRow(c.miniProgram, 'miniProgram', (mp) => mp.name, lang),
  ];
}

/** The channel's notes, less a number's caveat: the card shows that under the number's own button. */
function limitsOf(c: Channel, lang: Lang): string[] {
  const caveats = numberCaveats(c, 'phoneAbroad');
  if (!c.limits.known || !caveats.length) return factList(c.limits, lang);
  return factList({ ...c.limits, value: c.limits.value.filter((l) => caveats.indexOf(l) < 0) }, lang);
}

/** The opening hours in words, marked when they are what users report rather than what is published. */
function hoursLine(c: Channel, lang: Lang): string {
  if (!c.hours.known) return unconfirmed(c.hours.note, lang);
  const text = hoursText(c.hours.value, lang);
  return c.hours.typical ? `${text}${TYPICAL_MARK[lang]}` : text;
}

/** The channel's name in the navigation bar, or "渠道详情" when the bar would cut it. */
function navTitle(name: string, lang: Lang): string {
  return name.length <= NAV_TITLE_MAX[lang] ? name : str('pageChannel', lang);
}

function shareTitle(c: Channel, lang: Lang): string {
  const name = t(c.name, lang);
  return lang === 'zh' ? `${name}：怎么联系、要准备什么` : `${name}: how to reach it`;
}

export function channelDetail(id: ChannelId, now: number, lang: Lang, userOffsetMinutes?: UserOffset): ChannelDetailView {
  const c = CHANNEL_BY_ID[id];
  const card = channelCard(id, now, lang, userOffsetMinutes);
  const status = channelStatus(c, now, userOffsetMinutes);
  return {
    ...card,
    showStatus: status.state === 'open' || status.state === 'closed',
    handles: factList(c.handles, lang),
    steps: factList(c.steps, lang),
    hoursText: hoursLine(c, lang),
    resolutionText: factText(c.resolution, lang),
    materials: factList(c.materials, lang),
    limits: limitsOf(c, lang),
    contacts: contactsOf(c, lang),
    sources: sourcesOf(c, lang),
    navTitle: navTitle(card.name, lang),
    sharePath: buildPath({ page: 'channel', id }),
    shareTitle: shareTitle(c, lang),
  };
}
