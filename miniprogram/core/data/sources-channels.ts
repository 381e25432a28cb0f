/**
 * Sources the channel data cites (how to reach a human, the Security Center's address, refund arrival …) that
 * the catalogue cites too. They ship in the main package with the channels; core/data/catalogue/sources.ts
 * merges them with the catalogue's own.
 */
import { Source } from '../types';

export const CHANNEL_SOURCES: Readonly<Record<string, Source>> = {
  'other-press-it-times-2024': {
    title: {
      zh: '《IT时报》2024-04-05：实测 30 款 App 的人工客服（含微信）；输入“转人工”无效时改为“找人工”才出现人工入口',
      en: 'IT Times, 2024-04-05: reaching a human in 30 apps including WeChat; where 转人工 failed, 找人工 brought up the human-service link',
    },
    url: 'http://epaper.it-times.com.cn/shtml/itsb/20240405/29180.shtml',
    kind: 'press',
    note: 'Quote via facts-audit §5a; the same report (mirror, bdchd.com/news/28.html) names WeChat among the 30 apps tested.',
  },
  'other-press-cqcb-2025': {
    title: {
      zh: '《重庆晨报》2025-02-27：AI 客服转人工有多难，记者实测 22 款 App（喊三遍“转人工”等方法并不很奏效）',
      en: 'Chongqing Morning Post, 2025-02-27: how hard it is to reach a human behind AI service; tips such as saying 转人工 three times did not work well',
    },
    url: 'https://epaper.cqcb.com/html/202502/27/content_485215.html',
    kind: 'press',
  },
  'pay-3p-refund-arrival': {
    title: {
      zh: '第三方指南：零钱转账实时退回，银行卡 0–3 个工作日退回，并有微信支付通知',
      en: 'Third-party guide: refunds to the balance at once, to a bank card in 0–3 working days, with a WeChat Pay notice',
    },
    url: 'https://n.znds.com/mip/47975.html',
    kind: 'third-party',
  },
  'acct-3dmgame-ban-faq': {
    title: {
      zh: '微信安全中心封号问答（2016，转载）：处罚说明写明帐号、类型、原因和可申请解封的日期；不可自助解封的帐号可提取财产',
      en: 'WeChat Security Center FAQ on bans (2016, repost): the notice gives account, type, reason and the date from which to apply; accounts that cannot self-unblock can move money out',
    },
    url: 'https://shouyou.3dmgame.com/gl/14712.html',
    kind: 'third-party',
  },
  'acct-press-kunming-tv': {
    title: {
      zh: '昆明电视新闻（转载，约 2019）：民警指导在登录页“更多” → 安全中心 → 解冻帐号；要求点链接“解冻”的短信是骗局',
      en: 'Kunming TV news (repost, c. 2019): police show 更多 → 安全中心 → 解冻帐号 on the sign-in screen; SMS with “unfreeze” links are scams',
    },
    url: 'http://www.woshiqian.com/post/192906.html',
    kind: 'press',
  },
  'acct-server-msg-weixin110': {
    title: {
      zh: '微信自己的新设备登录提醒（公开代码记录的原文）：“紧急情况可前往 http://weixin110.qq.com 冻结帐号”',
      en: 'WeChat’s own new-device login message (as recorded in public code): “in an emergency go to http://weixin110.qq.com to freeze the account”',
    },
    url: 'https://github.com/wechaty/wechaty-puppet-padchat',
    kind: 'third-party',
    note: 'File src/padchat-manager.ts records the server message; several other repositories carry the same string.',
  },
};
