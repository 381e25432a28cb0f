/**
 * The channel page: everything known about one channel, with sources.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { CHANNEL_BY_ID } from '../data/channels';
import { SOURCES } from '../data/sources';
import { channelStatus, hoursText, UserOffset } from '../hours';
import { buildPath } from '../links';
import { str } from '../strings';
import { Channel, ChannelId, Fact, Lang } from '../types';
import { badgeFor, channelCard, ChannelCardView } from './card';
import { factList, factText, isOfficialSource, t, unconfirmed } from './common';
import { numberHoursNote } from './facts';
import { hoursAreChannels, NumberField } from '../facts';

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

function sourcesOf(c: Channel, lang: Lang): LabelledSource[] {
  const fields: Array<[string, Fact<unknown> | undefined]> = [
    [str('handles', lang), c.handles],
    [str('steps', lang), c.steps],
    [str('hours', lang), c.hours],
    [str('wait', lang), c.wait],
    [str('materials', lang), c.materials],
    [lang === 'zh' ? '电话' : 'Phone', c.phone],
    [lang === 'zh' ? '境外电话' : 'Phone from abroad', c.phoneAbroad],
    [lang === 'zh' ? '网址' : 'Website', c.url],
    [lang === 'zh' ? '邮箱' : 'Email', c.email],
    [lang === 'zh' ? '公众号' : 'Official accounts', c.accounts],
    [lang === 'zh' ? '小程序' : 'Mini program', c.miniProgram],
  ];
  // One entry per source, naming every fact it backs ("怎么联系、电话").
  const out: LabelledSource[] = [];
  const byId = new Map<string, LabelledSource>();
  for (const [label, fact] of fields) {
    if (!fact || !fact.known) continue;
    for (const id of [fact.source, ...(fact.also ?? [])]) {
      const s = SOURCES[id];
      const seen = byId.get(id);
      if (seen) {
        if (seen.label.split(LABEL_JOIN[lang]).indexOf(label) < 0) seen.label += `${LABEL_JOIN[lang]}${label}`;
        if (fact.checkedOn < seen.checkedOn) seen.checkedOn = fact.checkedOn;
        continue;
      }
      const entry: LabelledSource = {
        label,
        title: t(s.title, lang),
        kind: isOfficialSource(id)
          ? str('official', lang)
          : s.kind === 'third-party'
            ? str('thirdParty', lang)
            : s.kind === 'press'
              ? lang === 'zh'
                ? '新闻报道'
                : 'Press report'
              : s.kind === 'seed'
                ? lang === 'zh'
                  ? '网络文章'
                  : 'Online article'
                : lang === 'zh'
                  ? '编辑判断'
                  : 'Editorial',
        url: s.url ?? '',
        checkedOn: fact.checkedOn,
      };
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

export function channelDetail(id: ChannelId, now: number, lang: Lang, userOffsetMinutes?: UserOffset): ChannelDetailView {
  const c = CHANNEL_BY_ID[id];
  const card = channelCard(id, now, lang, userOffsetMinutes);
  const contacts: ChannelDetailView['contacts'] = [];
  if (c.phone) {
    const purpose =
      c.phone.known && c.phone.value.purpose ? `${lang === 'zh' ? '（' : ' ('}${t(c.phone.value.purpose, lang)}${lang === 'zh' ? '）' : ')'}` : '';
    contacts.push({
      label: lang === 'zh' ? '电话' : 'Phone',
      value: c.phone.known ? `${c.phone.value.display}${purpose}${numberNote(c, 'phone', lang)}` : t(c.phone.note, lang),
      badge: badgeFor(c.phone, lang),
    });
  }
  if (c.phoneAbroad)
    contacts.push({
      label: lang === 'zh' ? '境外电话' : 'From abroad',
      value: c.phoneAbroad.known ? `${c.phoneAbroad.value.display}${numberNote(c, 'phoneAbroad', lang)}` : t(c.phoneAbroad.note, lang),
      badge: badgeFor(c.phoneAbroad, lang),
    });
  if (c.url) contacts.push({ label: lang === 'zh' ? '网址' : 'Website', value: c.url.known ? c.url.value : t(c.url.note, lang), badge: badgeFor(c.url, lang) });
  if (c.email)
    contacts.push({
      label: lang === 'zh' ? '邮箱' : 'Email',
      value: c.email.known ? c.email.value.join(' / ') : t(c.email.note, lang),
      badge: badgeFor(c.email, lang),
    });
  if (c.accounts)
    contacts.push({
      label: lang === 'zh' ? '公众号' : 'Official account',
      value: c.accounts.known ? c.accounts.value.join('、') : t(c.accounts.note, lang),
      badge: badgeFor(c.accounts, lang),
    });
  if (c.miniProgram)
    contacts.push({
      label: lang === 'zh' ? '小程序' : 'Mini program',
      value: c.miniProgram.known ? c.miniProgram.value.name : t(c.miniProgram.note, lang),
      badge: badgeFor(c.miniProgram, lang),
    });
  const status = channelStatus(c, now, userOffsetMinutes);
  let hours = c.hours.known ? hoursText(c.hours.value, lang) : unconfirmed(c.hours.note, lang);
  if (c.hours.known && c.hours.typical) hours += lang === 'zh' ? '（典型情况）' : ' (typical)';

  return {
    ...card,
    showStatus: status.state === 'open' || status.state === 'closed',
    handles: factList(c.handles, lang),
    steps: factList(c.steps, lang),
    hoursText: hours,
    resolutionText: factText(c.resolution, lang),
    materials: factList(c.materials, lang),
    limits: factList(c.limits, lang),
    contacts,
    sources: sourcesOf(c, lang),
    navTitle: card.name.length <= NAV_TITLE_MAX[lang] ? card.name : str('pageChannel', lang),
    sharePath: buildPath({ page: 'channel', id }),
    shareTitle: lang === 'zh' ? `${t(c.name, lang)}：怎么联系、要准备什么` : `${t(c.name, lang)}: how to reach it`,
  };
}
