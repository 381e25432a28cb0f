/**
 * Every official channel, as typed data. Each fact names its source (see
 * sources.ts) and the date it was checked. Facts nobody could confirm are
 * `known: false` with a note, so the card says "not confirmed" instead of
 * guessing. Never add a number, URL or appId without a source.
 */
import { Channel, ChannelId, Fact, Material, Text } from '../types';
import { CHECKED_ON, RESEARCH_CHECKED_ON } from './sources';

function known<T>(value: T, source: string, typical = false, also?: readonly string[]): Fact<T> {
  const fact: Fact<T> = { known: true, value, source, checkedOn: CHECKED_ON };
  if (typical) fact.typical = true;
  if (also) fact.also = also;
  return fact;
}

function unknown<T>(zh: string, en: string): Fact<T> {
  return { known: false, note: { zh, en }, checkedOn: CHECKED_ON };
}

const t = (zh: string, en: string): Text => ({ zh, en });
/** A thing to prepare; its id names the channel, so it never collides with a problem's item or another channel's. */
const m = (id: string, zh: string, en: string, key?: Material['key']): Material => (key ? { id, zh, en, key } : { id, zh, en });

/** How to reach a person on a channel (issue 12): from shared/research, so dated RESEARCH_CHECKED_ON. */
function human(zh: string, en: string, source: string, typical: boolean, also?: readonly string[]): Fact<Text> {
  const fact: Fact<Text> = { known: true, value: { zh, en }, source, checkedOn: RESEARCH_CHECKED_ON };
  if (typical) fact.typical = true;
  if (also) fact.also = also;
  return fact;
}
const noHuman = (zh: string, en: string): Fact<Text> => ({ known: false, note: { zh, en }, checkedOn: RESEARCH_CHECKED_ON });

const NO_RATING = (): Fact<number> => unknown('暂无可靠评分', 'No reliable rating');
const NO_WAIT = (): Fact<Text> => unknown('未找到可靠的等待时间', 'No reliable figure for the wait');
const NO_RESOLUTION = (): Fact<Text> => unknown('未找到可靠的处理时长', 'No reliable figure for how long it takes');
const SELF_SERVICE_ALWAYS = (): Fact<{ kind: 'always' }> => known({ kind: 'always' as const }, 'editorial');

export const CHANNELS: readonly Channel[] = [
  {
    id: 'smart-assistant',
    kind: 'in-app',
    name: t('帮助与反馈（智能助手）', 'Help & Feedback (smart assistant)'),
    summary: t('微信里自带的帮助中心：先自助查答案，再转在线客服。', 'The help centre inside WeChat: self-help answers first, then online service.'),
    // The only sources for the menu path and the topics were content farms (FACTS.md), so both stay unconfirmed.
    handles: unknown('没有找到可靠来源列出它处理哪些问题', 'No reliable source lists what it handles'),
    steps: unknown(
      '菜单路径没有找到可靠来源：一般在“我 → 设置 → 帮助与反馈”，不同版本可能略有不同',
      'No reliable source for the menu path: usually Me → Settings → Help & Feedback; it may differ between versions',
    ),
    hours: SELF_SERVICE_ALWAYS(),
    wait: known(t('自助答案即时可见；转人工需排队', 'Self-help answers are instant; a human takes a queue'), 'editorial'),
    resolution: NO_RESOLUTION(),
    difficulty: known(2, 'editorial'),
    rating: NO_RATING(),
    materials: known([m('smart-assistant-screenshot', '出问题页面的截图', 'A screenshot of the screen in question', 'screenshot')], 'editorial'),
    limits: known(
      [
        t('人工客服开放时间未确认', 'Hours of the human service are not confirmed'),
        t('菜单路径没有找到可靠来源，不同版本的微信可能略有不同', 'No reliable source for the menu path, and it may differ between WeChat versions'),
      ],
      'editorial',
    ),
    human: human(
      '在客服对话框里输入“人工客服”或“转人工”；不行就换成“找人工”再试。这是用户的经验，不是官方承诺；人工服务时间未确认',
      "In the service chat type 人工客服 or 转人工; if that fails, try 找人工. This is users' experience, not an official promise; hours of the human service are not confirmed",
      'other-press-it-times-2024',
      true,
      ['other-press-cqcb-2025'],
    ),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: true,
  },
  {
    id: 'kf-miniprogram',
    kind: 'mini-program',
    name: t('“腾讯客服”小程序', 'Tencent Customer Service mini program'),
    summary: t(
      '腾讯官方客服小程序，汇集各产品的自助服务，含“微信冻结”。',
      "Tencent's customer-service mini program, with self-service for its products including freezing WeChat.",
    ),
    handles: known([t('微信冻结等自助服务', 'Self-service such as freezing WeChat'), t('常见问题查询', 'Common questions')], 'repost-95017-freeze'),
    steps: known(
      [
        t('在微信顶部搜索框搜索“腾讯客服”', 'Search "腾讯客服" (Tencent Customer Service) in WeChat'),
        t('选择小程序“腾讯客服”（认准腾讯官方主体）', 'Open the mini program "腾讯客服" (check it is run by Tencent)'),
        t('选择“微信”相关服务，如“微信冻结”', 'Choose the WeChat service you need, such as "微信冻结" (freeze)'),
      ],
      'repost-95017-freeze',
    ),
    hours: SELF_SERVICE_ALWAYS(),
    wait: NO_WAIT(),
    resolution: NO_RESOLUTION(),
    difficulty: known(3, 'editorial'),
    rating: NO_RATING(),
    materials: known([m('kf-miniprogram-receipts', '相关截图或凭证', 'Screenshots or receipts', 'screenshot')], 'editorial'),
    limits: known([t('它的 AppID 没有公开，只能按名称搜索打开', 'Its AppID is not public, so open it by searching its name')], 'editorial'),
    miniProgram: known({ name: '腾讯客服' }, 'repost-95017-freeze'),
    aliases: known(['Tencent Customer Service'], 'editorial'),
    human: noHuman('未找到可靠来源说明在“腾讯客服”小程序里怎样转到人工', 'No reliable source says how to reach a person in the 腾讯客服 mini program'),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: true,
  },
  {
    id: 'official-accounts',
    kind: 'official-account',
    name: t('官方公众号客服', 'Official accounts'),
    summary: t(
      '关注“腾讯客服”“微信支付”等官方公众号，在对话里留言反馈。',
      'Follow official accounts such as 腾讯客服 (Tencent Customer Service) and 微信支付 (WeChat Pay) and write to them.',
    ),
    handles: known(
      [t('各类问题留言反馈', 'Written reports of any problem'), t('95017 打不通时的替代渠道', 'A fallback when 95017 cannot be reached')],
      'dev-community-95017',
    ),
    steps: known(
      [
        t('在微信顶部搜索官方公众号名称（见下方，可一键复制）', 'Search the official account name in WeChat (copy it below)'),
        t('认准蓝色认证标志，点“关注”', 'Check the verified badge, then follow it'),
        t('在对话框里描述问题，或点菜单里的客服入口', 'Describe your problem in the chat, or use the service menu'),
      ],
      'dev-community-95017',
    ),
    hours: known({ kind: 'weekly', slots: [{ days: [0, 1, 2, 3, 4, 5, 6], from: 8 * 60, to: 24 * 60 }] }, 'seed', true),
    wait: NO_WAIT(),
    resolution: NO_RESOLUTION(),
    difficulty: known(2, 'editorial'),
    rating: NO_RATING(),
    materials: known([m('official-accounts-description', '问题描述和截图', 'A description and screenshots')], 'editorial'),
    limits: known(
      [
        t('人工服务时间 8:00–24:00 为典型情况（种子资料），未经官方确认', 'Human service 8:00–24:00 is typical (seed article), not officially confirmed'),
        t('需要把问题写清楚，否则可能只收到自动回复', 'Describe the problem clearly, or you may only get automatic replies'),
      ],
      'seed',
      false,
      ['other-press-it-times-2024'],
    ),
    accounts: known(['腾讯客服'], 'dev-community-95017'),
    // 微信支付 is the other account the summary names (a guide says it sends refund notices); the English names are this app's renderings.
    aliases: known(['微信支付', 'Tencent Customer Service', 'WeChat Pay'], 'pay-3p-refund-arrival', false, ['editorial']),
    human: human(
      '在对话框里写清问题，再输入“人工客服”或“转人工”；人工服务一般 8:00–24:00（典型情况，未经官方确认）',
      'Describe the problem in the chat, then type 人工客服 or 转人工; people usually answer 8:00–24:00 (typical, not officially confirmed)',
      'seed',
      true,
      ['other-press-it-times-2024'],
    ),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: true,
  },
  {
    // 400 670 0700 exactly as the lines data gives it (lines.ts 'wechat-400', same sources; a test keeps the two equal):
    // printed as 客服电话 on WeChat's own About screen, medium confidence. Not imported: plan tests mock lines.ts.
    id: 'phone',
    kind: 'phone',
    name: t('微信客服电话', 'WeChat customer service phone line'),
    summary: t(
      '微信“关于微信”页面上印的客服电话 400 670 0700。没有找到腾讯网页上的原文，请先在自己手机上核对。',
      "The customer service number printed on WeChat's own About WeChat screen, 400 670 0700. No Tencent web page says it, so check it on your own phone first.",
    ),
    handles: known(
      [
        t(
          '微信“关于微信”页面上印的客服电话（全国统一服务热线）',
          "The customer service number printed on WeChat's own About WeChat screen (a nationwide line)",
        ),
      ],
      'line-wechat-about-clone',
      false,
      ['line-wechat-400-notice'],
    ),
    steps: known(
      [
        t(
          '先在自己手机上核对：我 → 设置 → 关于微信，看页面上印的客服电话',
          'Check it on your phone first: Me → Settings → About WeChat, and read the customer service number there',
        ),
        t('只拨你在手机上看到的号码，不拨网上搜到的“客服电话”', 'Dial only the number you see on your phone, never a "service number" found by web search'),
        t('支付、转账、被骗问题：拨打微信支付客服 95017', 'Payments, transfers, scams: call WeChat Pay on 95017'),
      ],
      'line-wechat-about-clone',
      false,
      ['pay-help-index'],
    ),
    hours: unknown('服务时间未确认', 'Hours not confirmed'),
    wait: NO_WAIT(),
    resolution: NO_RESOLUTION(),
    difficulty: known(2, 'editorial'),
    rating: NO_RATING(),
    materials: unknown('未确认', 'Not confirmed'),
    limits: known(
      [
        t(
          '请在自己手机上核对：我 → 设置 → 关于微信（可信度中等：没有找到腾讯网页上的原文）',
          'Check it on your phone: Me → Settings → About WeChat (medium confidence: no Tencent web page was found)',
        ),
        t(
          '这条热线从不打国际电话，也绝不会要你提供密码、验证码或转账；骗子会伪造来电显示 +864006700700',
          'This line never calls abroad and never asks for passwords, codes or transfers; scammers spoof the caller ID +864006700700',
        ),
        t('搜索到的“客服电话”可能是骗子留的，有人因此被骗 13000 元', 'Numbers found by web search may be scammers’; one person lost ¥13,000 this way'),
      ],
      'line-wechat-400-notice',
      false,
      ['line-wechat-about-clone', 'piyao-fake-number'],
    ),
    phone: known({ display: '400 670 0700', dial: '4006700700' }, 'line-wechat-about-clone', false, ['line-wechat-400-notice']),
    human: noHuman('未找到可靠来源说明拨通后怎样转到人工', 'No reliable source says how to reach a person after dialling'),
    textOnly: false,
    voiceOnly: true,
    worksAbroad: false,
  },
  {
    id: 'pay-hotline',
    kind: 'phone',
    name: t('微信支付客服热线 95017', 'WeChat Pay hotline 95017'),
    summary: t(
      '微信支付（财付通）官方客服电话，支付、转账、退款、被骗止损。',
      'The official WeChat Pay (Tenpay) line: payments, transfers, refunds, stopping a scam.',
    ),
    handles: known(
      [
        t('支付、转账、零钱、退款问题', 'Payments, transfers, balance, refunds'),
        t('按语音提示选择冻结，自助冻结微信支付', 'Follow the voice menu to freeze WeChat Pay yourself'),
      ],
      'repost-95017-freeze',
    ),
    steps: known(
      [
        t('拨打 95017', 'Call 95017'),
        t(
          '按语音提示选择业务；手机丢失或被盗要冻结支付，按语音提示选择冻结',
          'Follow the voice menu; to freeze WeChat Pay after losing your phone, choose the freeze option it offers',
        ),
        t('准备好交易单号，向人工客服说明情况', 'Have the transaction ID ready and explain to the agent'),
      ],
      'repost-95017-freeze',
    ),
    hours: unknown(
      '个人用户的人工服务时间没有公布；商户专线 95017-2 为 09:00–22:00',
      'No published hours for individual users; the merchant option 95017-2 is 09:00–22:00',
    ),
    wait: known(
      t('高峰期（如春节）排队可能约 47 分钟（典型情况）', 'At peaks such as Spring Festival the queue can be about 47 minutes (typical)'),
      'seed',
      true,
    ),
    resolution: NO_RESOLUTION(),
    difficulty: known(2, 'editorial'),
    rating: NO_RATING(),
    materials: known([m('pay-hotline-txn', '交易记录截图（含交易单号）', 'Screenshot of the transaction (with the transaction ID)', 'txn')], 'seed'),
    limits: known(
      [
        t('95017 是境内号码，境外通常拨不通', '95017 is a mainland number and usually cannot be dialled from abroad'),
        t('只能通话，不方便接打电话的人请用打字渠道', 'Voice only; if you cannot phone, use a text channel'),
        t(
          '境外号码 +86 571 95017 刊登在 WeChat Pay Global（面向跨境商户）的页面上，工作日 9:00–18:00（北京时间）；是否受理个人用户未确认',
          'The number from abroad, +86 571 95017, is printed on WeChat Pay Global pages (for cross-border merchants), weekdays 9:00–18:00 Beijing time; whether it serves individual users is not confirmed',
        ),
      ],
      'editorial',
      false,
      ['pay-global'],
    ),
    // pay.weixin.qq.com prints 95017 as WeChat Pay's service line.
    phone: known({ display: '95017', dial: '95017' }, 'pay-help-index', false, ['dev-community-95017']),
    // Hours from the same WeChat Pay Global footer: 9:00-18:00 Mon-Fri GMT+8.
    phoneAbroad: known(
      { display: '+86 571 95017', dial: '+8657195017', hours: { kind: 'weekly', slots: [{ days: [1, 2, 3, 4, 5], from: 9 * 60, to: 18 * 60 }] } },
      'pay-global',
    ),
    human: human(
      '拨通后按语音提示选择人工服务；个人用户按哪个键、人工几点在线都未确认（商户是按 2 号键并输入商户号，09:00–22:00）',
      'After dialling, follow the voice menu to a person; which key individual users press and when people are on are not confirmed (merchants press 2 and enter their merchant ID, 09:00–22:00)',
      'pay-help-index',
      false,
      ['dev-community-95017'],
    ),
    textOnly: false,
    voiceOnly: true,
    worksAbroad: false,
  },
  {
    id: 'emergency-freeze',
    kind: 'in-app',
    name: t('紧急冻结账号', 'Emergency account freeze'),
    summary: t(
      '账号被盗或手机丢失时，立刻冻结，阻止别人用你的号借钱、转账。',
      'When your account is stolen or your phone lost, freeze it now so nobody can use it to ask for money.',
    ),
    handles: known(
      [t('账号被盗', 'Stolen account'), t('手机丢失', 'Lost phone'), t('冻结后可在安全中心解冻', 'Unfreeze later in the Security Center')],
      'kf-faq-compromised',
    ),
    steps: known(
      [
        t(
          '还能登录：我 → 设置 → 帐号与安全 → 微信安全中心 → 冻结帐号 → 开始冻结',
          'If you can sign in: Me → Settings → Account Security → WeChat Security Center → Freeze Account',
        ),
        t(
          '已登不上：在登录界面点“更多” → “微信安全中心” → “冻结帐号” → “冻结”，按提示操作',
          'If you cannot sign in: on the sign-in screen tap More Options → WeChat Security Center → Freeze Account → Freeze, and follow the prompts',
        ),
        t('按提示完成验证（可能需要人脸验证）', 'Complete the checks (face verification may be needed)'),
        { ...t('同时冻结支付：拨打 95017，按语音提示选择冻结', 'Freeze payments too: call 95017 and choose the freeze option in the voice menu'), call: true },
      ],
      'kf-faq-compromised',
      false,
      ['guide-freeze-path', 'repost-95017-freeze'],
    ),
    hours: SELF_SERVICE_ALWAYS(),
    wait: unknown('未找到可靠来源说明冻结多久生效', 'No reliable source says how soon a freeze takes effect'),
    resolution: unknown(
      '冻结之后找回账号要另行申诉，审核时长没有可靠来源',
      'Getting the account back after a freeze needs an appeal; no reliable figure for how long the review takes',
    ),
    difficulty: known(1, 'editorial'),
    rating: NO_RATING(),
    materials: known([m('emergency-freeze-phone', '绑定的手机号', 'The phone number linked to the account', 'phone')], 'guide-freeze-path'),
    limits: known(
      [
        t(
          '冻结不会删除账号，只是暂时停止使用；找回要另行申诉',
          'Freezing does not delete the account, it only stops it being used; getting it back needs an appeal',
        ),
      ],
      'kf-faq-compromised',
    ),
    // 95017 is WeChat Pay's official line (pay.weixin.qq.com); that it can freeze payments comes from a repost.
    phone: known({ display: '95017', dial: '95017', purpose: t('冻结微信支付', 'Freeze WeChat Pay') }, 'pay-help-index', false, [
      'repost-95017-freeze',
      'dev-community-95017',
    ]),
    human: noHuman(
      '冻结是自助操作，没有人工环节；要找人请用“帮助与反馈”或 95017',
      'Freezing is self-service with no person involved; to reach one use Help & Feedback or 95017',
    ),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: true,
    roles: ['stop-loss'],
  },
  {
    id: 'security-center',
    kind: 'web',
    name: t('微信安全中心（解冻、申诉、找回）', 'WeChat Security Center (unfreeze, appeal, recover)'),
    summary: t('账号解冻、解封申诉、找回密码都在这里办理。', 'Unfreezing, appeals against blocks and password recovery.'),
    handles: known(
      [t('解冻账号', 'Unfreeze an account'), t('封号/限制申诉', 'Appeal a block or restriction'), t('找回密码', 'Recover a password')],
      'kf-faq-compromised',
      false,
      ['acct-3dmgame-ban-faq'],
    ),
    steps: known(
      [
        t('在微信登录界面点“更多” → “微信安全中心”', 'On the WeChat sign-in screen tap More Options → WeChat Security Center'),
        t(
          '按你的情况选择解冻帐号、申请解封或找回密码（选项名称不同版本可能略有不同）',
          'Choose unfreeze, appeal a block or password recovery (the names may differ between versions)',
        ),
        t('按提示提交身份信息，等待审核结果', 'Submit your identity details as asked and wait for the review'),
      ],
      'kf-faq-compromised',
      false,
      ['acct-press-kunming-tv', 'acct-3dmgame-ban-faq'],
    ),
    hours: SELF_SERVICE_ALWAYS(),
    wait: NO_WAIT(),
    resolution: NO_RESOLUTION(),
    difficulty: known(4, 'editorial'),
    rating: NO_RATING(),
    materials: known([m('security-center-id', '本人身份证件', 'Your ID document', 'id')], 'seed'),
    limits: known([t('申诉需要本人身份证明，审核时间不确定', 'Appeals need proof of identity; review time is not certain')], 'seed'),
    // WeChat's own login message names http://weixin110.qq.com; the https address is the same host.
    url: known('https://weixin110.qq.com', 'acct-server-msg-weixin110'),
    accounts: known(['微信安全中心'], 'repost-95017-freeze'),
    aliases: known(['WeChat Security Center'], 'editorial'),
    human: noHuman(
      '未找到可靠来源说明在微信安全中心怎样转到人工；申诉由审核处理',
      'No reliable source says how to reach a person in the Security Center; appeals go to a review',
    ),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: true,
  },
  {
    id: 'tencent-110',
    kind: 'mini-program',
    name: t('举报：腾讯卫士 / 腾讯110', 'Report: Tencent Guard / Tencent 110'),
    summary: t(
      '举报诈骗、骚扰、广告账号。微信安全中心近年的提示指向“腾讯卫士”小程序和微信内投诉。',
      'Report fraud, harassment and ad accounts. Recent WeChat Security notices point to the 腾讯卫士 mini program and in-app complaints.',
    ),
    handles: known([t('诈骗账号举报', 'Fraud accounts'), t('骚扰、广告、色情赌博信息', 'Harassment, ads, gambling and porn')], 'repost-security-report'),
    steps: known(
      [
        t('在对方聊天页点右上角“…”，选择“投诉”，附上截图', 'In the chat, tap "…" at the top right, choose "Complain" and attach screenshots'),
        t('或搜索“腾讯卫士”小程序 → “网络诈骗” → “举报帐号”', 'Or search the mini program 腾讯卫士 → Online fraud → Report account'),
        { ...t('有金钱损失的，马上拨打 110 报警', 'If you lost money, call the police on 110 at once'), call: true },
      ],
      'repost-security-report',
    ),
    hours: SELF_SERVICE_ALWAYS(),
    wait: NO_WAIT(),
    resolution: NO_RESOLUTION(),
    difficulty: known(2, 'editorial'),
    rating: NO_RATING(),
    materials: known([m('tencent-110-evidence', '证据截图（聊天、转账、广告页面）', 'Evidence screenshots (chat, transfers, ad pages)', 'evidence')], 'seed'),
    limits: known(
      [
        t(
          '“腾讯110”平台和 110.qq.com 只见于旧资料和第三方页面，现行入口以微信内投诉和“腾讯卫士”为准',
          'Tencent 110 and 110.qq.com appear only in old or third-party pages; use in-app complaints and 腾讯卫士',
        ),
        t('举报不能追回钱款，追款请报警', 'A report does not get money back; call the police for that'),
      ],
      'repost-security-2024',
    ),
    url: unknown('110.qq.com 未能在官方页面确认', '110.qq.com could not be confirmed on an official page'),
    miniProgram: known({ name: '腾讯卫士' }, 'repost-security-report'),
    // 腾讯110 is the platform's older name (Xinhua, 2020); the English ones are this app's renderings.
    aliases: known(['腾讯110', 'Tencent 110', 'Tencent Guard'], 'fact-chinanews-tencent-110', false, ['editorial']),
    human: noHuman(
      '举报是提交后由平台处理，未找到可以转人工的入口',
      'Reports are handled by the platform after you submit them; no way to reach a person was found',
    ),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: true,
  },
  {
    id: 'kf-web',
    kind: 'web',
    name: t('腾讯客服网站 kf.qq.com', 'Tencent customer service website kf.qq.com'),
    summary: t('腾讯官方客服网站，有微信常见问题和联系入口。', "Tencent's official customer-service website, with WeChat FAQs and a contact entry."),
    handles: known([t('微信常见问题', 'WeChat FAQs'), t('账号被盗处理指引', 'Help for compromised accounts')], 'kf-faq-compromised'),
    steps: known(
      [
        t('复制网址 kf.qq.com，在手机或电脑浏览器打开', 'Copy kf.qq.com and open it in a browser'),
        t('进入微信专区，搜索你的问题', 'Go to the WeChat section and search your question'),
        t('页面底部可找到联系入口', 'The contact entry is at the bottom of the answer pages'),
      ],
      'kf-faq-compromised',
    ),
    hours: SELF_SERVICE_ALWAYS(),
    wait: NO_WAIT(),
    resolution: NO_RESOLUTION(),
    difficulty: known(3, 'editorial'),
    rating: NO_RATING(),
    materials: known([m('kf-web-description', '问题描述和截图', 'A description and screenshots')], 'editorial'),
    limits: known(
      [t('不要把 kf.weixin.qq.com 当成用户客服网站，那是企业客服后台', 'kf.weixin.qq.com is a back end for businesses, not help for users')],
      'editorial',
    ),
    url: known('https://kf.qq.com/', 'kf-qq-site'),
    human: human(
      '在问题答案页底部点联系入口（英文页写作“tap here to contact us”）提交问题；由谁回复、多久回复未确认',
      'At the bottom of an answer page, use the contact entry ("tap here to contact us"); who answers and how soon are not confirmed',
      'kf-faq-compromised',
      false,
    ),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: true,
  },
  {
    id: 'offline-points',
    kind: 'offline',
    name: t('线下服务网点', 'Offline service points'),
    summary: t('没有找到腾讯或微信官方的线下客服网点。', 'No official Tencent or WeChat service counters were found.'),
    handles: unknown('未找到官方线下网点', 'No official service points found'),
    steps: known(
      [
        t('微信问题请用线上渠道办理；自称“微信线下客服点”的要警惕', 'Use the online channels; be wary of anyone claiming to be a WeChat service counter'),
        t(
          '手机号丢失、收不到验证码时，可到手机运营商营业厅补办手机卡',
          'If you lost your number and cannot get codes, your mobile operator’s shop can replace the SIM',
        ),
      ],
      'editorial',
    ),
    hours: unknown('不适用', 'Not applicable'),
    wait: NO_WAIT(),
    resolution: NO_RESOLUTION(),
    difficulty: unknown('不适用', 'Not applicable'),
    rating: NO_RATING(),
    materials: unknown('不适用', 'Not applicable'),
    limits: known(
      [t('运营商营业厅只能补办手机卡，不能处理微信账号问题', 'Operator shops can only replace SIM cards, not handle WeChat accounts')],
      'editorial',
    ),
    human: noHuman('没有找到官方线下网点', 'No official service counters were found'),
    textOnly: false,
    voiceOnly: false,
    worksAbroad: false,
    notFound: true,
  },
  {
    id: 'international',
    kind: 'web',
    name: t('海外用户：WeChat 帮助中心与客服邮箱', 'Outside China: WeChat Help Center and support email'),
    summary: t('境外用户可用 help.wechat.com 和官方客服邮箱。', 'Users abroad can use help.wechat.com and the official support email.'),
    handles: known([t('海外用户的账号与使用问题', 'Account and usage questions from users abroad'), t('申请客服回电', 'Asking for a call back')], 'adcc-hk'),
    steps: known(
      [
        t('打开 help.wechat.com，或在 WeChat App 的帮助入口提交问题', 'Open help.wechat.com, or submit your question through the help entry in the WeChat app'),
        t(
          '写邮件到 support@wechat.com 或 support@help.wechat.com，说明微信号和问题',
          'Email support@wechat.com or support@help.wechat.com with your WeChat ID and problem',
        ),
        t('WeChat 只会在你通过 App 或 help.wechat.com 申请后才回电', 'WeChat only calls you back after you ask through the app or help.wechat.com'),
      ],
      'adcc-hk',
    ),
    hours: SELF_SERVICE_ALWAYS(),
    wait: NO_WAIT(),
    resolution: NO_RESOLUTION(),
    difficulty: known(3, 'editorial'),
    rating: NO_RATING(),
    materials: known([m('international-wechat-id', '微信号和问题截图', 'Your WeChat ID and screenshots')], 'editorial'),
    limits: known([t('回复时间未确认', 'Reply times are not confirmed')], 'editorial'),
    url: known('https://help.wechat.com', 'adcc-hk'),
    email: known(['support@wechat.com', 'support@help.wechat.com'], 'adcc-hk'),
    human: human(
      '在 WeChat App 或 help.wechat.com 提交问题，或写邮件到 support@wechat.com；想通电话要先在 App 或 help.wechat.com 申请回电，WeChat 不会主动打给你',
      'Submit your question in the WeChat app or at help.wechat.com, or email support@wechat.com; for a phone call, ask for a call back there first: WeChat never calls you unasked',
      'adcc-hk',
      false,
    ),
    textOnly: true,
    voiceOnly: false,
    worksAbroad: true,
    roles: ['abroad-route'],
  },
];

export const CHANNEL_BY_ID: Readonly<Record<ChannelId, Channel>> = CHANNELS.reduce(
  (acc, c) => {
    acc[c.id] = c;
    return acc;
  },
  {} as Record<ChannelId, Channel>,
);
