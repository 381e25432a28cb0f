/**
 * The verify page: "Is this official?" for what the user typed.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { buildPath } from '../links';
import { str } from '../strings';
import { UserOffset } from '../hours';
import { Lang } from '../types';
import { classify, Verdict } from '../verify';
import { channelCard, ChannelCardView } from './card';
import { t } from './common';

export interface VerifyView {
  verdict: Verdict;
  title: string;
  body: string;
  patterns: string[];
  /** Why something that looks official is still not confirmed (an unusual port …). */
  notes: string[];
  cards: ChannelCardView[];
  /** Shown when a scam sign comes with an official number or site. */
  officialToo: string;
  advice: Array<{ text: string; path: string }>;
  /** Offer the police line (110) when the input suggests money is involved. */
  showPolice: boolean;
}

export function verifyView(input: string, now: number, lang: Lang, userOffsetMinutes?: UserOffset): VerifyView {
  const c = classify(input);
  const cards = c.channels.map((id) => channelCard(id, now, lang, userOffsetMinutes));
  const advice: VerifyView['advice'] = [];
  if (c.verdict === 'scam') {
    advice.push({ text: str('doFreeze', lang), path: buildPath({ page: 'channel', id: 'emergency-freeze' }) });
    advice.push({ text: str('doReport', lang), path: buildPath({ page: 'channel', id: 'tencent-110' }) });
  }
  if (c.verdict !== 'empty') advice.push({ text: str('doOfficial', lang), path: buildPath({ page: 'channels' }) });
  const heads: Record<Verdict, [string, string]> = {
    empty: ['', ''],
    official: [str('verdictOfficial', lang), str('verdictOfficialBody', lang)],
    'official-domain': [str('verdictOfficialDomain', lang), str('verdictOfficialDomainBody', lang)],
    scam: [str('verdictScam', lang), str('verdictScamBody', lang)],
    unknown: [str('verdictUnknown', lang), str('verdictUnknownBody', lang)],
  };
  return {
    verdict: c.verdict,
    title: heads[c.verdict][0],
    body: heads[c.verdict][1],
    patterns: c.patterns.map((p) => t(p.text, lang)),
    notes: c.notes.map((n) => t(n.text, lang)),
    cards,
    officialToo: c.verdict === 'scam' && cards.length ? str('verdictScamOfficialToo', lang) : '',
    advice,
    showPolice: c.verdict === 'scam',
  };
}
