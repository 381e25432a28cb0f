/**
 * Where each fact in the data comes from. Checked with the project's search
 * tool (stored copies of public pages) on CHECKED_ON; re-check live before a
 * release. A fact that no source confirmed is stored as `known: false`.
 */
import { IsoDate, Source } from '../types';
import { LINE_SOURCES } from './sources-lines';
import { CHANNEL_SOURCES } from './sources-channels';
import { ESCALATION_SOURCES } from './sources-escalation';
import { FACT_SOURCES } from './sources-facts';

export const CHECKED_ON: IsoDate = '2026-11-29';

/** When the research behind the catalogue, the lines and the escalation ladder was checked (shared/research). */
export const RESEARCH_CHECKED_ON: IsoDate = '2026-12-01';

/**
 * The sources the main package's data cites (channels, lines, categories). The catalogue's own sources ship
 * with its plans: `ALL_SOURCES` in core/data/catalogue/sources.ts holds both.
 */
export const SOURCES: Readonly<Record<string, Source>> = {
  ...LINE_SOURCES,
  ...CHANNEL_SOURCES,
  ...ESCALATION_SOURCES,
  ...FACT_SOURCES,
  seed: {
    title: {
      zh: '一篇介绍微信人工客服的网络文章（其中的数字是典型情况，不是承诺）',
      en: 'An online article on reaching WeChat human customer service (its figures are typical, not promises)',
    },
    kind: 'seed',
    note: 'Figures from one article: shown as typical, never as promised.',
  },
  editorial: {
    title: {
      zh: '本小程序编辑判断（按所需步骤数评估，或自助功能本身的性质）',
      en: "This app's editorial judgement (by number of steps, or the nature of a self-service feature)",
    },
    kind: 'editorial',
  },
  'kf-faq-compromised': {
    title: {
      zh: '腾讯客服英文 FAQ：微信账号被盗怎么办（What do I do if my WeChat account is compromised?）',
      en: 'Tencent Customer Service FAQ: What do I do if my WeChat account is compromised?',
    },
    url: 'https://kf.qq.com/touch/wxappfaq/160125BFFFZv160125eAvANf.html?scene_id=kf338&platform=15',
    kind: 'official',
  },
  'pay-help-index': {
    title: { zh: '微信支付商户平台帮助中心（页脚：客服 95017-2，09:00-22:00）', en: 'WeChat Pay merchant help centre (footer: 95017-2, 09:00-22:00)' },
    url: 'https://pay.weixin.qq.com/static/help_guide/help_index.shtml',
    kind: 'official',
  },
  'dev-community-95017': {
    title: {
      zh: '微信开放社区里给商户的回答：拨打 95017；无法接通可关注“腾讯客服”公众号反馈',
      en: 'An answer to merchants in the WeChat developer community: call 95017; if it fails, write to the 腾讯客服 official account',
    },
    url: 'https://developers.weixin.qq.com/community/personal/oCJUsw9CJvLXfoIsy8cDn__JOfUc/answer?page=166',
    // On developers.weixin.qq.com, but the page does not show the author is Tencent staff (FACTS.md): not "official".
    kind: 'third-party',
    note: 'Merchant context (转 2 号键、输入商户号). Evidence that 95017 is WeChat Pay’s number, not of individual-user rules.',
  },
  'pay-global': {
    title: {
      zh: 'WeChat Pay Global 文档页脚：Customer Service Tel +86 571 95017, 9:00-18:00 Mon-Fri GMT+8',
      en: 'WeChat Pay Global docs footer: Customer Service Tel +86 571 95017, 9:00-18:00 Mon-Fri GMT+8',
    },
    url: 'https://pay.weixin.qq.com/doc/global/v3/en/4012357224',
    kind: 'official',
  },
  'repost-95017-freeze': {
    title: {
      zh: '金投网转载（2021）：拨打 95017 按语音提示自助冻结微信支付（当时是 9 号键）；“腾讯客服”小程序“微信冻结”',
      en: 'News repost (2021): call 95017 and follow the voice menu to freeze WeChat Pay (key 9 then); 腾讯客服 mini program "微信冻结"',
    },
    url: 'http://m.chaogb.com/news/caijing/51365.html',
    kind: 'third-party',
  },
  'guide-freeze-path': {
    title: {
      zh: '第三方指南：设置 → 帐号与安全 → 微信安全中心 → 冻结帐号 → 开始冻结',
      en: 'Third-party guide: Settings → Account Security → WeChat Security Center → Freeze Account',
    },
    url: 'https://tangjiusheng.cn/it/1066.html',
    kind: 'third-party',
  },
  'adcc-hk': {
    title: {
      zh: '香港警务处反诈骗协调中心：Beware of Transfer Request from Phone Scammers Impersonating Customer Service Staff of WeChat',
      en: 'Hong Kong Police Anti-Deception Coordination Centre: Beware of Transfer Request from Phone Scammers Impersonating Customer Service Staff of WeChat',
    },
    url: 'https://adcc.gov.hk/en-hk/alerts-detail/alerts-1799017958615650305.html',
    kind: 'government',
  },
  'repost-security-report': {
    title: {
      zh: '微信安全中心提示（山西广电转载）：“腾讯卫士”小程序 → 网络诈骗 → 举报帐号；有金钱损失请马上报警',
      en: 'WeChat Security notice (repost): 腾讯卫士 mini program → online fraud → report account; call the police if money was lost',
    },
    url: 'http://chy56.com/show/28064.html',
    kind: 'third-party',
  },
  'repost-security-2024': {
    title: {
      zh: '微信安全中心提示（杭州发布转载）：可通过微信客户端或腾讯卫士小程序投诉举报',
      en: 'WeChat Security notice (repost): complain in the WeChat app or through the 腾讯卫士 mini program',
    },
    url: 'http://du.jintiankansha.me/t/bkRSb3ZWMHlLaQ==',
    kind: 'third-party',
  },
  'piyao-fake-number': {
    title: {
      zh: '辟谣案例：网上搜“微信客服”电话被骗 13000 元',
      en: 'Rumour-busting case: ¥13,000 lost after calling a "WeChat customer service" number found online',
    },
    url: 'https://piyao.kf.cn/c/2023-03-21/795744.shtml',
    kind: 'third-party',
  },
  'kf-qq-site': {
    title: { zh: '腾讯客服网站（含微信常见问题）', en: 'Tencent Customer Service website (with WeChat FAQs)' },
    url: 'https://kf.qq.com/',
    kind: 'official',
  },
};
