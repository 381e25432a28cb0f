/**
 * Search on the home page over problems, channels and poster short codes.
 */
import { CHANNEL_BY_ID, CHANNELS } from './data/channels';
import { PROBLEMS, problemById } from './data/problems';
import { buildPath, parseLink } from './links';
import { str } from './strings';
import { Lang } from './types';
import { t } from './view/common';

export interface SearchHit {
  kind: 'problem' | 'channel' | 'code';
  title: string;
  subtitle: string;
  path: string;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

/** Plain substring search over problems (labels, hints, keywords) and channels (names, summaries, handles, contacts). */
export function search(query: string, lang: Lang): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  // A short code printed on a help poster (the scene of its QR code).
  const code = parseLink({ scene: query.trim() });
  if (code.reason === 'ok' && code.route.page !== 'home') {
    const r = code.route;
    const what =
      r.page === 'channel'
        ? t(CHANNEL_BY_ID[r.id].name, lang)
        : (r.page === 'flow' || r.page === 'result') && r.answers.problem
          ? t(problemById(r.answers.problem).label, lang)
          : str(r.page === 'verify' ? 'verifyTitle' : r.page === 'notes' ? 'notesTitle' : r.page === 'channels' ? 'channelsTitle' : 'startFlow', lang);
    hits.push({ kind: 'code', title: what, subtitle: query.trim(), path: buildPath(r) });
  }
  for (const p of PROBLEMS) {
    const hay = [p.label.zh, p.label.en, p.hint.zh, p.hint.en, ...p.keywords].map(normalise).join('|');
    if (hay.indexOf(q) >= 0) hits.push({ kind: 'problem', title: t(p.label, lang), subtitle: t(p.hint, lang), path: buildPath({ page: 'flow', answers: { problem: p.id } }) });
  }
  for (const c of CHANNELS) {
    const parts = [c.name.zh, c.name.en, c.summary.zh, c.summary.en];
    if (c.handles.known) for (const h of c.handles.value) parts.push(h.zh, h.en);
    if (c.phone && c.phone.known) parts.push(c.phone.value.dial);
    if (c.url && c.url.known) parts.push(c.url.value);
    if (c.accounts && c.accounts.known) parts.push(...c.accounts.value);
    if (parts.map(normalise).join('|').indexOf(q) >= 0) hits.push({ kind: 'channel', title: t(c.name, lang), subtitle: t(c.summary, lang), path: buildPath({ page: 'channel', id: c.id }) });
  }
  return hits;
}
