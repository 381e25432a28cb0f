/**
 * Sources for how to reach a human on the channels (the `human` facts in channels.ts). They ship in the main
 * package with the channels; the catalogue cites them too (core/data/catalogue/sources.ts merges both).
 */
import { Source } from '../types';

export const HUMAN_SOURCES: Readonly<Record<string, Source>> = {
  'other-press-it-times-2024': {
    title: { zh: '《IT时报》2024-04-05：实测 30 款 App 的人工客服（含微信）；输入“转人工”无效时改为“找人工”才出现人工入口', en: 'IT Times, 2024-04-05: reaching a human in 30 apps including WeChat; where 转人工 failed, 找人工 brought up the human-service link' },
    url: 'http://epaper.it-times.com.cn/shtml/itsb/20240405/29180.shtml',
    kind: 'press',
    note: 'Quote via facts-audit §5a; the same report (mirror, bdchd.com/news/28.html) names WeChat among the 30 apps tested.',
  },
  'other-press-cqcb-2025': {
    title: { zh: '《重庆晨报》2025-02-27：AI 客服转人工有多难，记者实测 22 款 App（喊三遍“转人工”等方法并不很奏效）', en: 'Chongqing Morning Post, 2025-02-27: how hard it is to reach a human behind AI service; tips such as saying 转人工 three times did not work well' },
    url: 'https://epaper.cqcb.com/html/202502/27/content_485215.html',
    kind: 'press',
  },
};
