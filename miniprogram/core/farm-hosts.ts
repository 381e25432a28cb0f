/**
 * Content farms and AI-written pages that must never be cited: HELPERS.md,
 * shared/FACTS.md and the FARM labels of shared/research (catalogue-*.md,
 * facts-audit.md, anchors.md). The integrity check (core/integrity.ts and
 * core/catalogue-check.ts) fails on a fact citing a source on one of them,
 * and the tests check every source against the same list.
 */

/** Farm domains, as the research names them; a subdomain is on the farm too. */
export const FARM_HOSTS: readonly string[] = [
  'nctoro.com',
  'grokipedia.com',
  'badongedu.com',
  'my399.com',
  'jixiztb.com',
  'fsnews.com.cn',
  'jjsx.com.cn',
  '51dongshi.com',
  '51dongshi.net',
  'sboyo.com',
  'gzjll.com',
  'fudaoke.com',
  'path411.com',
  'qinbaol.com',
  'drbdp.com',
  'kfkhr.com',
  'crecexpo.com.cn',
  'jxtaichi.com',
  'tangniaobingw.cn',
  'hkyyi.com',
  'zhanuu.com',
  'divizg.com',
  '909279.com',
  'jxshyzhx.com',
  'australiadatabase.store',
  'qq959.com',
  'robotxin.com',
  'help-w.com',
  'xycity.cn',
  'mogufr.com',
  'aivtp.com',
  'yeequu.com',
  // catalogue-account.md's list of farms met during the search
  'xytest.com',
  'jiusongjiankang.com',
  'seridoat.com',
  // catalogue-other.md and anchors.md (the 神卡网 pages)
  '9m8m.com',
  '70070.cn',
  'inping.com',
  '9969.net',
  // catalogue-payment-fraud.md: pages labelled FARM, FARM-grade or a farm mirror
  '96ll0.com.cn',
  'phpkaifa.cn',
  'huanbaole.com',
  'rlut.cn',
  '9ly.com.cn',
  '2wbiao.com',
  'pdpei.com',
  'shuyang.tv',
  'whmytz.com',
  'basebiance.com',
  'saludtequilabar.com',
  'fayouxi.com',
  'bfsbc.com',
  'sjbzj168.com',
  'xout.cn',
  'haosanshui.com',
  'snsqw.com',
  'my-ivf.com',
  'simu001.cn',
  'nbntn.com',
  'laweer.com',
];

/**
 * Farms the research names without their domain: a host with one of these as
 * a whole label (`futurio` in `www.futurio.xx`) is on the farm. Matching the
 * label, not guessing the top-level domain.
 */
export const FARM_NAMES: readonly string[] = [
  'futurio',
  '08gf',
  'whdslt',
  'fayqh',
  'henyumen8',
  '8767351',
  'cooboys',
  'hua-shang',
  'yxjjdz',
  'lasalu',
  'qbnews',
];

/** The farm a URL is on (its domain, or its name from FARM_NAMES), if any. */
export function farmHost(url: string): string | null {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  const host = m?.[1]?.toLowerCase();
  if (!host) return null;
  const domain = FARM_HOSTS.find((f) => host === f || host.endsWith(`.${f}`));
  if (domain) return domain;
  const labels = host.split('.');
  return FARM_NAMES.find((n) => labels.indexOf(n) >= 0) ?? null;
}
