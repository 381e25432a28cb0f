/**
 * Helpers shared by the view models: plain objects of strings that pages bind as they are.
 * Pure: `now`, the user's UTC offset and the language come in as arguments.
 */
import { SOURCES } from '../data/sources';
import { QUESTIONS } from '../flow';
import { str } from '../strings';
import { Fact, Lang, QuestionId, Text } from '../types';

export const t = (text: Text, lang: Lang): string => text[lang];

/** "未确认（why）": the label already follows a colon, so the reason goes in brackets. */
export function unconfirmed(note: Text, lang: Lang): string {
  const head = str('notConfirmed', lang);
  const why = t(note, lang);
  if (why === head) return head;
  return lang === 'zh' ? `${head}（${why}）` : `${head} (${why.charAt(0).toLowerCase()}${why.slice(1)})`;
}

export function factText(fact: Fact<Text>, lang: Lang): string {
  return fact.known ? t(fact.value, lang) : unconfirmed(fact.note, lang);
}

export function factList(fact: Fact<Text[]>, lang: Lang): string[] {
  return fact.known ? fact.value.map((x) => t(x, lang)) : [unconfirmed(fact.note, lang)];
}

export function isOfficialSource(id: string): boolean {
  const s = SOURCES[id];
  return !!s && (s.kind === 'official' || s.kind === 'government');
}

/** A name after a label: 「腾讯客服」 in Chinese, “腾讯客服” after a space in English. */
export function quoted(name: string, lang: Lang): string {
  return lang === 'zh' ? `「${name}」` : ` “${name}”`;
}

export function optionLabel(q: QuestionId, value: string, lang: Lang): string {
  const o = QUESTIONS[q].options.find((x) => x.id === value);
  return o ? t(o.label, lang) : value;
}
