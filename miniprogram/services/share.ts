import { buildPath } from '../core/links';
import { str } from '../core/strings';
import { Lang } from '../core/types';

/** The share card for pages that do not share themselves: it opens home. */
export function shareHome(lang: Lang): { title: string; path: string } {
  return { title: str('appName', lang), path: buildPath({ page: 'home' }) };
}

interface Shareable {
  shareTitle: string;
  sharePath: string;
}

/** Share card for a page whose view names its own share path (channel, result). */
export function shareOf(view: Shareable | null): { title: string; path: string } | Record<string, never> {
  return view ? { title: view.shareTitle, path: view.sharePath } : {};
}

/** The same for Moments ("朋友圈"), which takes a query instead of a path. */
export function timelineOf(view: Shareable | null): { title: string; query: string } | Record<string, never> {
  return view ? { title: view.shareTitle, query: view.sharePath.split('?')[1] ?? '' } : {};
}
