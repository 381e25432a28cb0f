import { buildPath } from '../core/links';
import { str } from '../core/strings';
import { Lang } from '../core/types';

/** The share card for pages that do not share themselves: it opens home. */
export function shareHome(lang: Lang): { title: string; path: string } {
  return { title: str('pageHome', lang), path: buildPath({ page: 'home' }) };
}
