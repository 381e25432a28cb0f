/**
 * Sources that replace the content farms the channel data used to cite
 * (shared/FACTS.md, "Sources to drop or replace"), from
 * shared/research/facts-audit.md and re-found with the project's search tool:
 * stored copies, not the live web, dated RESEARCH_CHECKED_ON.
 */
import { Source } from '../types';

export const FACT_SOURCES: Readonly<Record<string, Source>> = {
  'fact-chinanews-tencent-110': {
    title: {
      zh: '中国新闻网转载新华社 2020-01-10：“腾讯110”是腾讯旗下集账号安全、支付安全、有害行为打击为一体的综合安全服务平台，2017 年 5 月上线',
      en: 'China News Service, reprinting Xinhua, 2020-01-10: 腾讯110 (Tencent 110) is Tencent’s platform for account security, payment security and fighting harmful behaviour, launched in May 2017',
    },
    url: 'https://www.chinanews.com/gn/2020/01-10/9056616.shtml',
    kind: 'press',
  },
};
