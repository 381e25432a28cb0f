/**
 * What each page with WeChat's initial rendering cache ("initialRenderingCache": "dynamic" in its json)
 * records for its first screen (services/render-cache.ts). Pinned in test/audit/rendering-cache.test.ts.
 * - home: the language, care mode, labels and the problem tiles (homeView: the same on every visit in one
 *   language). Not the link notice (per launch) nor the search (per visit).
 * - channels: the language, care mode and labels, so the cached screen is the loading state in the user's
 *   language and size. Not the cards: open/closed depends on the time.
 * The other pages' first screens depend on the link that opened them (a channel, answers, a plan, a note).
 */
export const FIRST_SCREEN = {
  index: ['lang', 'care', 't', 'view'],
  channels: ['lang', 'care', 't'],
} as const;

export type CachedPage = keyof typeof FIRST_SCREEN;

/** The part of a page's data its cached first screen is drawn from. */
export function firstScreen(page: CachedPage, data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FIRST_SCREEN[page]) if (key in data) out[key] = data[key];
  return out;
}
