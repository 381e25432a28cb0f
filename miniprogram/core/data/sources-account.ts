/**
 * Sources for the catalogue's account problems (stolen / banned / login),
 * from shared/research/catalogue-account.md and facts-audit.md, read in stored
 * copies of public pages on RESEARCH_CHECKED_ON; re-check live before a
 * release. "(repost)" in a note: an official or press text whose only stored
 * copy sits on another site, so the wording could drift. Content farms
 * (nctoro, jxtaichi, grokipedia …) are never cited here.
 */
import { Source } from '../types';

export const ACCOUNT_SOURCES: Readonly<Record<string, Source>> = {
  // ---- freezing and the Security Center ------------------------------------
  'acct-security-phone-lost': {
    title: {
      zh: '微信安全中心文章（转载）：手机丢了怎么办——挂失手机卡，在 weixin110.qq.com 或登录页冻结，好友可帮忙冻结',
      en: 'WeChat Security Center article (repost): lost phone — report the SIM, freeze at weixin110.qq.com or on the sign-in screen, a friend can help freeze',
    },
    url: 'http://rwnh.cn/news/156147.html',
    kind: 'third-party',
    note: 'Repost dated 2022-05-22 of an apparently official article; same text at https://ohdpoec.cn/detail/1306.html. Face freeze and 帮好友冻结 were iOS-only then.',
  },
  'acct-press-rmw-2020': {
    title: {
      zh: '人民网通信频道 2020-11-26（转载）：手机丢了先挂失手机卡，再冻结银行、微信和支付宝；95017 可冻结微信支付',
      en: 'People’s Daily Online, 2020-11-26 (repost): after losing a phone report the SIM first, then freeze bank, WeChat and Alipay; 95017 can freeze WeChat Pay',
    },
    url: 'http://www.58codes.com/view-232664.html',
    kind: 'press',
    note: 'Repost; an English copy is at https://fheadline.com/2020/11/20201126222821360m.html. The article also prints an old 0755 number, which this app does not show.',
  },
  'acct-press-xiamen-police-2017': {
    title: {
      zh: '东南网 2017：厦门警方提示，微信登录异常要及时冻结并通知亲友；“微信安全中心”公众号 → 我需要 → 账号冻结',
      en: 'Fjsen, 2017: Xiamen police advise freezing at once and telling friends; 微信安全中心 account → 我需要 → 账号冻结',
    },
    url: 'http://xm.fjsen.com/2017-10/31/content_20319674_2.htm',
    kind: 'press',
  },
  'acct-shouchuai-2014': {
    title: {
      zh: '2014 年的指南：110.qq.com 冻结入口当时只支持绑定了 QQ 的微信帐号',
      en: 'A 2014 guide: the 110.qq.com freeze page then worked only for accounts linked to QQ',
    },
    url: 'http://m.shouchuai.com/shouji/shoujiApp-4341.html',
    kind: 'third-party',
  },
  'acct-weste-sms-2015': {
    title: {
      zh: '微信安全中心问答（2015 转载）：转发登录短信可能导致帐号被坏人登录',
      en: 'WeChat Security Center Q&A (2015 repost): forwarding a login SMS can let someone else into your account',
    },
    url: 'http://weste.net/2015/12-19/107680.html',
    kind: 'third-party',
  },
  'acct-phishing-kit': {
    title: {
      zh: '公开代码里的钓鱼网页：假“微信安全中心”以 24 小时内不登记就冻结为由，索要身份证、登录密码和支付密码',
      en: 'A phishing kit in public code: a fake “WeChat Security Center” threatens a freeze within 24 hours and asks for ID, login and payment passwords',
    },
    url: 'https://github.com/0dayso/fphptest',
    kind: 'third-party',
    note: 'File app/modules/web/views/index.php; shows the lure, nothing else.',
  },
  'acct-sms-captures': {
    title: {
      zh: '用户转发工具记录的微信真实短信：“Don’t forward the code!”，冻结、解冻各有专用验证码',
      en: 'Real WeChat SMS logged by a user’s forwarding tool: “Don’t forward the code!”, with separate codes for freezing and unfreezing',
    },
    url: 'https://github.com/NeverBehave/tasker-config/issues/51',
    kind: 'third-party',
    note: 'Issues 50, 51, 54, 55 (2018).',
  },
  // ---- police and anti-fraud -----------------------------------------------
  'acct-press-hebei-police-2023': {
    title: {
      zh: '网易河北 2023-02-28 转发警方提示：要求转账时一定打电话或当面核实；保留证据；第一时间拨打 110；下载“国家反诈中心”App',
      en: 'NetEase Hebei, 2023-02-28, police advice: verify by phone or in person before any transfer; keep evidence; call 110 at once; install the 国家反诈中心 app',
    },
    url: 'https://hebei.news.163.com/23/0228/09/HULG638A0415987E.html',
    kind: 'press',
  },
  'acct-police-hijack-story': {
    title: {
      zh: '警方公众号文章（转载）：民警微信被盗后，同事发朋友圈、联系亲属提醒“借钱转账都不可信”，并举报骗子帐号',
      en: 'Police article (repost): when an officer’s WeChat was stolen, colleagues warned friends and relatives that no money request was genuine and reported the account',
    },
    url: 'http://ylptlb.cn/article/850729.html',
    kind: 'third-party',
  },
  'acct-press-gmw-2026': {
    title: {
      zh: '光明网 2026-03-18：警惕 AI 换脸、拟声冒充熟人借钱；只聊钱不露面、只转私人帐户是危险信号',
      en: 'Guangming Online, 2026-03-18: beware AI face-swap and voice clones of people you know; money talk only, no live call, private accounts are red flags',
    },
    url: 'https://m.gmw.cn/2026-03/18/content_1304381768.htm',
    kind: 'press',
  },
  'acct-press-qingdao-code': {
    title: {
      zh: '青岛警方（晚报转载）：骗子冒充好友索要短信验证码，再盗走你的微信号和绑定银行卡里的钱',
      en: 'Qingdao police (via an evening paper, repost): scammers posing as friends ask for your SMS code, then take your account and linked bank money',
    },
    url: 'https://www.360doc.cn/article/41174548_640423303.html',
    kind: 'press',
    note: 'Repost; the same page prints the outdated 110.qq.com, which this app does not use.',
  },
  'acct-press-ithome-2020-doubleban': {
    title: {
      zh: 'IT之家 2020-05-03（转载）：腾讯110辟谣，微信从未推出“双封”，举报骗子不会反被封号',
      en: 'IT Home, 2020-05-03 (repost): Tencent says there is no “double ban”; reporting a scammer does not get you banned',
    },
    url: 'http://m.jiangsulong.com/a/2020/0503/0399316.html',
    kind: 'press',
  },
  'acct-notice-2025-daichat': {
    title: {
      zh: '微信安全中心 2025 年提示（网易号转载）：发现违规可通过微信客户端或腾讯卫士投诉；多次违规可能永久限制登录',
      en: 'WeChat Security Center notice, 2025 (NetEase repost): report in the app or 腾讯卫士; repeat offenders may be barred from login for good',
    },
    url: 'https://www.163.com/dy/article/K9EESGOI0514EA02.html',
    kind: 'third-party',
  },
  // ---- abroad ----------------------------------------------------------------
  'acct-weixin-privacy': {
    title: {
      zh: '微信隐私保护指引（2024-12-17 更新）：用中国大陆手机号注册的是“微信”用户，其余是“WeChat”用户',
      en: 'Weixin privacy guide (updated 2024-12-17): accounts registered with a mainland China number are Weixin users, all others WeChat users',
    },
    url: 'https://weixin.qq.com/cgi-bin/readtemplate?lang=zh_cn&t=weixin_agreement&s=privacy',
    kind: 'official',
  },
  'acct-wechat-help-center': {
    title: {
      zh: 'WeChat 帮助中心的现用地址 cs.help.wechat.com（见于 2026 年多个公开代码仓库的引用）',
      en: 'The current address of the WeChat Help Center, cs.help.wechat.com (as cited by several public repositories in 2026)',
    },
    url: 'https://cs.help.wechat.com/hc/en-us',
    kind: 'third-party',
    note: 'The page itself was not among the stored copies; help.wechat.com (cited by the HK police) may redirect here.',
  },
  // ---- bans, limits and money in a banned account --------------------------
  'acct-klqjb-toolbox': {
    title: {
      zh: '微信团队“自助工具箱”文章（转载）：短期封号可自助解封，永久封号不可；同一手机号一个月内申请解封不超过 5 次',
      en: 'WeChat Team “self-service toolbox” article (repost): short bans can be self-unblocked, permanent ones cannot; at most 5 requests per number a month',
    },
    url: 'https://klqjb.com/11437.html',
    kind: 'third-party',
  },
  'acct-yicai-unblock': {
    title: {
      zh: '第一财经（英文转载）：登录时系统自动匹配解封方式——短信、人脸、好友辅助或非好友辅助验证',
      en: 'Yicai (English repost): at login the system picks the unblock method — SMS, face, friend or non-friend assisted verification',
    },
    url: 'https://www.jqknews.com/news/562950-Who_will_bear_the_loss_caused_by_the_suspension_of_built-in_financial_function_due_to_wechat_account_blocked.html',
    kind: 'press',
  },
  'acct-senqingzn-permanent': {
    title: {
      zh: '网易号评论：“不可解封类型”封号只提供提取资产，有异议可点“联系客服”申请人工复审',
      en: 'NetEase commentary: a ban that cannot be lifted offers only moving money out; “联系客服” asks for a human re-review',
    },
    url: 'http://www.senqingzn.com/dy/article/K42I2F5E0511C93M.html',
    kind: 'third-party',
  },
  'acct-press-minnan-2024': {
    title: {
      zh: '闽南网 2024-07-09（转载）引《微信个人账号使用规范》3.3：第三方解封会再次封号；违规辅助他人解封的帐号会被限制或封号',
      en: 'Minnan Net, 2024-07-09 (repost), quoting the personal-account rules 3.3: third-party unblocking leads to a new ban; accounts that assist unblocking are restricted or banned',
    },
    url: 'https://414w.com/read/853102.html',
    kind: 'press',
  },
  'acct-press-xinhua-2024-plugin': {
    title: {
      zh: '新华社微信号与微信安全中心 2024-03-29（转载）：外挂治理，按违规严重程度阶梯式处理，多次违规加重处罚',
      en: 'Xinhua and WeChat Security Center, 2024-03-29 (repost): plugins; stepped penalties by severity, heavier for repeat offenders',
    },
    url: 'http://www.fkpjhm.cn/html/2024/03/29/7371.html',
    kind: 'press',
    note: 'Stored only on a spam-laden mirror; the wording matches the 2025 notice.',
  },
  'acct-security-statement-2018': {
    title: {
      zh: '微信安全中心 2018-11 声明（转载）：封号不会注销微信支付，帐号里的钱可通过临时登录机制提现（有自助流程，也有客服流程）',
      en: 'WeChat Security Center statement, 2018-11 (repost): a ban does not close WeChat Pay; money can be withdrawn through a temporary login (self-service or via customer service)',
    },
    url: 'http://m.sdfys.cn/c/1574.html',
    kind: 'third-party',
  },
  'acct-press-bbd-2022': {
    title: {
      zh: '北京商报 2022-05-24（英文转载）：常用设备登录 → 处罚说明页 → 提取财产，入口 48 小时内有效；“借微粒贷就不会被封”是谣言',
      en: 'Beijing Business Daily, 2022-05-24 (English repost): usual device → punishment page → withdraw property, valid 48 hours; “a Weilidai loan prevents bans” is a rumour',
    },
    url: 'https://techlife.app/archives/can-micro-loans-prevent-micro-signals-from-being-blocked-customer-service-confirmed-that-this-statement-is-a-rumor.html',
    kind: 'press',
  },
  'acct-user-cowagent': {
    title: {
      zh: '用户在 GitHub 贴出的限制通知原文：被限制的功能和限制原因；先承诺，再犯升级处罚',
      en: 'A restriction notice quoted by a user on GitHub: the functions limited and the reason; a promise first, then heavier penalties',
    },
    url: 'https://github.com/zhayujie/CowAgent/issues/162',
    kind: 'third-party',
  },
  'acct-user-mustang': {
    title: {
      zh: '用户经验（GitHub，2021）：限制提示发到“微信团队”公众号，点消息按提示申请解封，用绑定手机号短信验证',
      en: 'User report (GitHub, 2021): the notice arrives from the 微信团队 account; tap it, follow the prompts, verify by SMS to the bound number',
    },
    url: 'https://github.com/MustangYM/WeChatExtension-ForMac/issues/1148',
    kind: 'third-party',
  },
  'acct-press-afp-2022': {
    title: { zh: '法新社 2022-10（转载）：有用户部分功能被临时限制 24 小时', en: 'AFP, 2022-10 (repost): some users had functions restricted for 24 hours' },
    url: 'https://funnyvot.com/wechat-users-are-begging-to-get-their-accounts-back-using-handwritten-notes',
    kind: 'press',
  },
  // ---- login: password, phone number, codes ----------------------------------
  'acct-findics-password': {
    title: {
      zh: '转载的 WeChat 帮助说明：用短信验证码登录、用绑定邮箱重设密码',
      en: 'Copied WeChat help text: log in with an SMS code, reset the password through the linked email',
    },
    url: 'https://findics.xyz/how-do-i-reset-my-wechat-password/',
    kind: 'third-party',
  },
  'acct-guide-change-phone': {
    title: {
      zh: '第三方指南：我 → 设置 → 帐号与安全 → 手机号 → 更换手机号，先验证旧号码再验证新号码',
      en: 'Third-party guide: Me → Settings → Account Security → Phone → change number, verifying the old number and then the new one',
    },
    url: 'https://uqyw.com/tech/1964072.html',
    kind: 'third-party',
    note: 'Consistent with http://www.twacwnz.cn/news/6982746.html; no official page found.',
  },
  'acct-press-thepaper-2025': {
    title: {
      zh: '澎湃新闻：手机号注销 90 天后可能重新放号，未解绑的帐号可能被新机主登录；先解绑再注销，可用“二次号码焕新”',
      en: 'The Paper: numbers can be re-issued 90 days after cancellation and the new holder may log into accounts still bound; unbind first, use 二次号码焕新',
    },
    url: 'https://www.thepaper.cn/newsDetail_forward_32456904',
    kind: 'press',
  },
  'acct-press-xhby-recycled': {
    title: {
      zh: '新华报业网：二次号码风险，注销手机号前按重要性解绑支付、社交、云存储帐号',
      en: 'Xinhua Daily: recycled-number risks; unbind payment, social and cloud accounts before cancelling a number',
    },
    url: 'https://www.xhby.net/content/s69736255e4b0317791b00c10.html',
    kind: 'press',
  },
  'acct-gov-yzct-2022': {
    title: {
      zh: '中国政府网 2022-07-21：一证通查 2.0，凭手机号和身份证后六位查询名下号码关联的互联网帐号（支持腾讯）',
      en: 'gov.cn, 2022-07-21: 一证通查 2.0, phone number plus last six ID digits shows the internet accounts tied to it (Tencent included)',
    },
    url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2022-07/21/content_5701964.htm',
    kind: 'government',
  },
  'acct-gov-miit-yzct': {
    title: {
      zh: '工信部一证通查说明（转载）：“工信微报”公众号 → 政务服务 → 一证通查；48 小时内由 10699000 短信回复',
      en: 'MIIT text on 一证通查 (repost): 工信微报 account → 政务服务 → 一证通查; reply within 48 hours by SMS from 10699000',
    },
    url: 'http://life.jsnol.com/local/20220722/40900.html',
    kind: 'government',
    note: 'MIIT text reprinted by a news site.',
  },
  'acct-ace-sms': {
    title: {
      zh: '其他公司的帮助页（非微信）：部分运营商的“拒收商业短信”功能会导致收不到验证码',
      en: 'Another company’s help page (not WeChat): some carriers’ “reject business SMS” option blocks verification codes',
    },
    url: 'https://helpcenter.ace.io/hc/en-us/articles/360018350112',
    kind: 'third-party',
  },
  // ---- assisted verification -----------------------------------------------
  'acct-user-riceneeder': {
    title: {
      zh: '用户经验（GitHub，2023）：好友辅助恢复帐号要填姓名、手机号、身份证后 4 位、银行卡后 8 位；有的流程要绑定手机发短信',
      en: 'User report (GitHub, 2023): a friend helping recover an account enters name, phone, last 4 ID digits, last 8 card digits; some flows need an SMS sent from the bound phone',
    },
    url: 'https://github.com/Riceneeder/electronic-wechat/issues/13',
    kind: 'third-party',
  },
  'acct-notice-2020-forum': {
    title: {
      zh: '微信安全中心 2020-04-27 提示（论坛转载）：正常朋友间辅助验证合规；多次为恶意帐号辅助的会被限制或封号',
      en: 'WeChat Security Center notice, 2020-04-27 (forum repost): assisting real friends is fine; repeatedly assisting malicious accounts gets you restricted or banned',
    },
    url: 'http://www.dawuzaixian.com/forum/thread-11195961-1-1.html',
    kind: 'third-party',
  },
  'acct-press-nandu-2020': {
    title: {
      zh: '南方都市报（转载）：微信安全中心打击恶意辅助验证，街头假“微信团队”送礼品诱导扫码',
      en: 'Southern Metropolis Daily (repost): WeChat cracks down on malicious assisted verification; fake “WeChat Team” street stalls hand out gifts for a scan',
    },
    url: 'https://www.noyes88.com/news/2137869.html',
    kind: 'press',
  },
  'acct-press-zhanzhang-2024': {
    title: {
      zh: '站长之家 2024-06-27（转载）：诱导他人和恶意为他人辅助验证都违规；假贷款骗取人脸帮黑产解封，受害人自己被封',
      en: 'Chinaz, 2024-06-27 (repost): inducing others to assist and maliciously assisting are both violations; fake loans harvest faces to unblock accounts and the victim is banned',
    },
    url: 'http://www.xwmpso.com/2024/0627/1626072.shtml',
    kind: 'press',
  },
  'acct-gov-court-2020': {
    title: {
      zh: '九原区人民法院 2020-09-07：首例“微信解封”帮信罪案，解封 3315 个诈骗帐号，主犯获刑一年六个月',
      en: 'Jiuyuan District Court, 2020-09-07: first conviction for “WeChat unblocking”, 3,315 fraud accounts unblocked, the lead defendant got 18 months',
    },
    url: 'http://bt.jyq.nmgzf.gov.cn/flfg/2020-09-07/1365.html',
    kind: 'government',
  },
  'acct-fzn-scan': {
    title: {
      zh: '媒体报道转载：扫陌生人的码后不用点确认就显示“您已完成辅助验证”，一单解封能赚 60 元',
      en: 'Press report (repost): after scanning a stranger’s code, “you have completed assisted verification” appears without any tap; an unblock pays ¥60',
    },
    url: 'https://fzn.cc/weixin-69657.html',
    kind: 'third-party',
  },
  'acct-user-wechaty-2281': {
    title: {
      zh: '网上陌生人请求“帮我的新帐号辅助注册”的实例（GitHub）',
      en: 'A live example of a stranger online asking “help my new account register” (GitHub)',
    },
    url: 'https://github.com/wechaty/wechaty/issues/2281',
    kind: 'third-party',
  },
};
