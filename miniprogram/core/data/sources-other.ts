/**
 * Sources for the catalogue's how-to, report and other problems (and the
 * "reach a human" facts on the channels). From shared/research/catalogue-other.md
 * and facts-audit.md §5/§6, read in stored copies of public pages on
 * RESEARCH_CHECKED_ON; re-check live before a release. "(mirror)" in a note:
 * the text is a press or official text whose stored copy sits on an unrelated
 * domain. Content farms are never cited.
 */
import { Source } from '../types';

export const OTHER_SOURCES: Readonly<Record<string, Source>> = {
  // ---- reaching a human --------------------------------------------------
  // ---- no-response: complaint routes and regulators ------------------------
  'other-kf-complaint-rules': {
    title: {
      zh: '腾讯客服 FAQ：微信支付交易投诉，商家最晚 24 小时内回复、72 小时内处理完',
      en: 'Tencent FAQ: WeChat Pay complaints, the merchant replies within 24 h and resolves within 72 h',
    },
    url: 'https://kf.qq.com/faq/230125a6NbmA230125vMNZnE.html',
    kind: 'official',
  },
  'other-pay-complaint-partner': {
    title: {
      zh: '微信支付服务商文档：消费者投诉，用户对处理结果不满意时可继续协商',
      en: 'WeChat Pay partner docs: consumer complaints, negotiation goes on when the user is unhappy with the result',
    },
    url: 'https://pay.weixin.qq.com/docs/partner/products/consumer-complaint/introduction.html',
    kind: 'official',
  },
  'other-mp-complaint': {
    title: {
      zh: '小程序开发文档：交易投诉（2024-03-25 起商家处理时限 72 小时改为 48 小时，平台可判定商家责任并退款）',
      en: 'Mini-program docs: purchase complaints (from 2024-03-25 the merchant has 48 h instead of 72; the platform can rule against the merchant and refund)',
    },
    url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/complaint.html',
    kind: 'official',
  },
  'other-complaint-path': {
    title: {
      zh: '第三方指南：账单详情 → 对订单有疑惑 → 投诉商家；有异议可“继续投诉”',
      en: 'Third-party guide: bill details → 对订单有疑惑 → complain about the merchant; continue the complaint if unhappy',
    },
    url: 'https://www.diancipan.com/d/254228.html',
    kind: 'third-party',
  },
  'other-miit-12300': {
    title: {
      zh: '湖北省通信管理局：电信用户申诉受理（先向企业投诉，不满意或 15 日内未答复才可申诉；30 日内答复）',
      en: 'Hubei Communications Administration (MIIT): telecom user appeals (complain to the company first; appeal if unhappy or no answer within 15 days; answer within 30 days)',
    },
    url: 'http://hubca.miit.gov.cn/gzcy/dxyhss/index.html',
    kind: 'government',
  },
  'other-pboc-2024': {
    title: {
      zh: '人民网（转载）：2024-06-28 起中国人民银行接收转办对非银行支付机构的投诉',
      en: 'People’s Daily Online (repost): since 2024-06-28 the People’s Bank of China receives complaints about non-bank payment institutions',
    },
    url: 'http://zoeliang.cn/news/12552.html',
    kind: 'press',
    note: 'Mirror of a 人民网 text.',
  },
  // ---- deceased ----------------------------------------------------------
  'other-xinhua-no-reclaim': {
    title: {
      zh: '新华网（转载）2025-10-16：从 9 月开始微信对长时间不使用的账号不再回收，朋友圈也不清理',
      en: 'Xinhua (repost), 2025-10-16: since September WeChat no longer reclaims long-unused accounts, nor clears their Moments',
    },
    url: 'https://wap.jaobe.com/cms/show-85320.html',
    kind: 'press',
    note: 'Mirror; the same text at http://www.gshbcedf.com/html/0d10999890.html says 转自新华网.',
  },
  'other-cnu-no-reclaim': {
    title: {
      zh: '报道：微信派播客称自今年 9 月起长期未登录的账号不再被系统回收；暂无“纪念模式”',
      en: 'Report: the 微信派 podcast says long-unused accounts are no longer reclaimed from September; no memorial mode yet',
    },
    url: 'https://www.cnu.com.cn/net/202510/116642.html',
    kind: 'third-party',
  },
  'other-xjb-money-accounts': {
    title: {
      zh: '新京报贝壳财经（转载）：有零钱的微信号不会被注销；封禁账号可通过临时登录机制提现',
      en: 'Beijing News (repost): accounts holding money are not cancelled; banned accounts can withdraw through a temporary login',
    },
    url: 'http://m.jiangsulong.com/a/2024/0616/4815395.html',
    kind: 'press',
    note: 'Mirror of a 新京报贝壳财经 text.',
  },
  'other-nandu-2023': {
    title: {
      zh: '南方都市报 2023-07-17：微信团队称有零钱的帐号不会被注销；服务协议写明帐号使用权仅属于初始申请注册人',
      en: 'Southern Metropolis Daily, 2023-07-17: the WeChat team says accounts holding money are not cancelled; the service agreement gives the right to use an account only to its first registrant',
    },
    url: 'https://m.mp.oeeee.com/a/BAAFRD000020230717819955.html',
    kind: 'press',
  },
  'other-cnnb-protected': {
    title: {
      zh: '宁波晚报 2018：账号里有财产不会进入回收流程；保护状态不等于被回收，身份确认后客服可帮助恢复',
      en: 'Ningbo Evening News, 2018: accounts with money are not reclaimed; a protected account is not a reclaimed one, and customer service can restore it after an identity check',
    },
    url: 'http://news.cnnb.com.cn/system/2018/11/04/008802211.shtml',
    kind: 'press',
  },
  'other-pipl-49': {
    title: {
      zh: '法治日报（程啸）：个人信息保护法第四十九条，近亲属可为自身合法正当利益查阅、复制、更正、删除死者的相关个人信息',
      en: 'Legal Daily (Cheng Xiao): Personal Information Protection Law art. 49, close relatives may access, copy, correct or delete a deceased person’s information for their own lawful interests',
    },
    url: 'http://www.legaldaily.com.cn/fxjy/content/2023-05/24/content_8857349.html',
    kind: 'press',
  },
  'other-lw-digital-estate': {
    title: {
      zh: '《瞭望》2026-01-05：数字遗产的认定、分割、继承尚无详细操作规范',
      en: 'Outlook Weekly, 2026-01-05: no detailed rules yet for recognising, dividing or inheriting digital estates',
    },
    url: 'http://big5.news.cn/gate/big5/lw.xinhuanet.com/20260105/0f9d6008177542bf8d51740c1bbb40f8/c.html',
    kind: 'press',
  },
  'other-recycled-number': {
    title: {
      zh: '法治日报（转载）：用回收的手机号收到验证码后自动登录上已故歌手的账号',
      en: 'Legal Daily (repost): a recycled phone number’s code logged straight into a late singer’s account',
    },
    url: 'http://www.shangrongsuo.com/index/content/2025-10/15/content_9270664.html',
    kind: 'press',
    note: 'Mirror.',
  },
  'other-gov-unbind': {
    title: {
      zh: '工信部 2025 年一季度通告（商务部网站转载）：“二次号码”可一键解绑历史互联网账号；推广“来电来信免打扰”',
      en: 'MIIT notice for 2025 Q1 (reposted on mofcom.gov.cn): one-tap unbinding of old internet accounts from recycled numbers; promoting call and SMS do-not-disturb',
    },
    url: 'https://dzswgf.mofcom.gov.cn/news/43/2025/4/1745387431668.html',
    kind: 'government',
  },
  'other-cnnb-inherit': {
    title: {
      zh: '宁波晚报 2016：律师称第三方支付账户里的余额属于可继承的财产，提供必要手续即可',
      en: 'Ningbo Evening News, 2016: a lawyer says balances in payment accounts can be inherited with the necessary papers',
    },
    url: 'http://news.cnnb.com.cn/system/2016/10/04/008556014.shtml',
    kind: 'press',
  },
  'other-tj-unfreeze-scam': {
    title: {
      zh: '天津日报：“网上可解冻微信账号”是骗局，不要轻信网上搜到的客服电话',
      en: 'Tianjin Daily: "we can unfreeze your WeChat account online" is a scam; do not trust service numbers found by search',
    },
    url: 'http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20160217/3587145.shtml',
    kind: 'press',
  },
  'other-heir-contact': {
    title: {
      zh: '第三方文章：逝者微信账号问题，联系客服并发送相关材料',
      en: 'Third-party article: for a deceased person’s WeChat account, contact customer service and send the documents',
    },
    url: 'https://ggshuji.net/amp/news/407531.html',
    kind: 'third-party',
  },
  // ---- how-to --------------------------------------------------------------
  'other-help-chats': {
    title: {
      zh: 'WeChat 帮助中心：WeChat 不在服务器上保存聊天记录，请用“聊天记录迁移”或“收藏”备份',
      en: 'WeChat Help Center: WeChat does not store your chats on its servers; use Migrate Chats or Favorites',
    },
    url: 'https://help.wechat.com/cgi-bin/micromsg-bin/oshelpcenter?t=help_center/w_topic_detail&opcode=2&id=150915vvruve15091522e3eu&lang=en&plat=2&Channel=helpcenter',
    kind: 'official',
  },
  'other-pconline-no-store': {
    title: {
      zh: '太平洋电脑网 2019：微信不留存任何用户的聊天记录，只存在手机、电脑等终端上',
      en: 'PConline, 2019: WeChat keeps no chat history; chats are stored only on phones and computers',
    },
    url: 'https://news.pconline.com.cn/1062/10620684.html',
    kind: 'press',
  },
  'other-recovery-scam': {
    title: {
      zh: '安徽商报（转载）：网上“恢复聊天记录”黑科技不可信，记者试 10 款恢复软件成功率为 0',
      en: 'Anhui Business Daily (repost): online "chat recovery" is not to be trusted; 10 recovery apps tested, none worked',
    },
    url: 'http://www.carvedtea.com/news/2023/08/07/c_534658.htm',
    kind: 'press',
    note: 'Mirror.',
  },
  'other-rmrb-close-2017': {
    title: {
      zh: '人民日报公众号 2017（转载）：注销帐号在 我 → 设置 → 帐号与安全 → 微信安全中心；需满足帐号安全、支付已注销等条件',
      en: 'People’s Daily account, 2017 (repost): delete the account under Me → Settings → Account Security → WeChat Security Center, once conditions such as a safe account and closed WeChat Pay are met',
    },
    url: 'http://51haodu.com/t/OUc5Mn!FcWxDcg==',
    kind: 'press',
  },
  'other-indiatoday-close': {
    title: {
      zh: 'India Today 2020：Me > Settings > Account Security > WeChat Security Center > Account Cancellation',
      en: 'India Today, 2020: Me > Settings > Account Security > WeChat Security Center > Account Cancellation',
    },
    url: 'https://www.indiatoday.in/information/story/want-to-delete-your-wechat-account-here-are-the-steps-you-can-follow-1695502-2020-06-30',
    kind: 'press',
  },
  'other-appso-close': {
    title: {
      zh: '第三方文章（AppSo）：注销不可恢复，同号重新注册也是全新账户；被投诉、被调查或诉讼中腾讯可终止注销',
      en: 'Third-party article (AppSo): deletion cannot be undone, re-registering gives a new empty account; Tencent may stop a deletion under complaint, investigation or litigation',
    },
    url: 'http://kankannews.cc/internet/594387a78cceed36e95dda394a04e2fb.html',
    kind: 'third-party',
  },
  'other-pay-close-2018': {
    title: {
      zh: '微信安全中心 2018 说明（转载）：注销微信支付前需提走零钱、无未完成交易、微粒贷已还清',
      en: 'WeChat Security Center statement, 2018 (repost): before closing WeChat Pay, move out the balance, finish pending transactions and repay 微粒贷',
    },
    url: 'http://m.sdfys.cn/c/1574.html',
    kind: 'third-party',
  },
  'other-police-baiwan': {
    title: {
      zh: '郑州市公安局反诈中心 2023：以不关闭“百万保障”会影响征信、按月扣费为由的都是诈骗',
      en: 'Zhengzhou police anti-fraud centre, 2023: calls saying "百万保障" must be closed or your credit suffers are scams',
    },
    url: 'https://zynews.cn/zz/2023/09/19/99228.html',
    kind: 'press',
  },
  'other-thepaper-insurance': {
    title: {
      zh: '澎湃新闻 2025：“关闭微信支付安全险”实为冒充客服诈骗',
      en: 'The Paper, 2025: "close your WeChat Pay security insurance" is an impostor-service scam',
    },
    url: 'https://m.thepaper.cn/newsDetail_forward_30201144',
    kind: 'press',
  },
  'other-minor-2020': {
    title: {
      zh: '岳阳晚报（转载，援引央视网、澎湃）2020：我 → 设置 → 青少年模式；开关需验证微信密码；不满 14 岁需监护人同意',
      en: 'Yueyang Evening News (repost, citing CCTV and The Paper), 2020: Me → Settings → Youth Mode; turning it on or off needs the WeChat password; under-14s need a guardian’s consent',
    },
    url: 'https://nanmuxuan.com/zh-hk/science/fejzzaibxrb.html',
    kind: 'press',
    note: 'Mirror.',
  },
  'other-minor-8015': {
    title: {
      zh: '新华社（转载）2021：8.0.15 起可在 我 → 设置 → 青少年模式 邀请监护人；孩子申请后监护人可同意多看 40 分钟',
      en: 'Xinhua (repost), 2021: from 8.0.15, invite a guardian under Me → Settings → Youth Mode; the guardian can approve 40 more minutes',
    },
    url: 'https://m.yikaochacha.com/shoucang/sichuanzhuanke/HTML/10807418.html',
    kind: 'press',
    note: 'Repost.',
  },
  'other-minor-2024': {
    title: {
      zh: '快科技（转载）2024 微信青少年模式手册：视频号和直播每日 40 分钟、22:00–6:00 不可用，监护人可设消费限额',
      en: 'Mydrivers (repost), 2024 youth-mode manual: Channels and live streams 40 min a day, off 22:00–6:00; the guardian can set spending limits',
    },
    url: 'https://peixunwang.com.cn/2024/gdyw_0602/843587.html',
    kind: 'third-party',
  },
  'other-minor-2025': {
    title: {
      zh: '第三方报道 2025-04-30：微信上线“未成年人模式”，支持随安卓、鸿蒙系统的未成年人模式自动开启',
      en: 'Third-party report, 2025-04-30: WeChat launches a minor mode that follows Android and HarmonyOS minor mode',
    },
    url: 'https://www.vgover.com/news/158502',
    kind: 'third-party',
  },
  'other-minor-reset': {
    title: {
      zh: '第三方指南：忘记青少年模式独立密码，监护人手持身份证合影申请重置',
      en: 'Third-party guide: forgotten youth-mode password, the guardian applies with a photo holding their ID',
    },
    url: 'http://www.studyofnet.com/182829997.html',
    kind: 'third-party',
  },
  'other-pc-backup': {
    title: {
      zh: '开源笔记：备份聊天记录到电脑必须装好微信电脑端，并且手机和电脑在同一网络',
      en: 'Open-source notes: backing chats up to a computer needs WeChat for PC, with phone and computer on the same network',
    },
    url: 'https://github.com/shenweiyan/KGarden',
    kind: 'third-party',
    note: 'File CookBook/hp5ywk.md.',
  },
  'other-wechat-intl-60d': {
    title: {
      zh: 'WeChat 帮助中心的阿拉伯语译文：申请注销后 60 天内登录可撤销，之后数据删除（适用于海外 WeChat 帐号）',
      en: 'Arabic translation of the WeChat Help Center: log in within 60 days of a deletion request to cancel it, then the data is deleted (WeChat accounts outside China)',
    },
    url: 'https://ujeeb.com/كيف-أحذف-حسابي-نهائيا-في-وي-شات',
    kind: 'third-party',
  },
  'other-change-id': {
    title: {
      zh: '新闻转载 2020-06：微信号一年可改一次，入口 我 > 个人信息 > 微信号；需最近一年未改过且帐号无安全风险；好友不会收到提醒',
      en: 'News repost, 2020-06: the WeChat ID can be changed once a year under Me > Profile > WeChat ID, if not changed in the last year and the account is safe; friends are not notified',
    },
    url: 'https://lukongsong.com/NEWS/11594.html',
    kind: 'third-party',
  },
  'other-change-id-en': {
    title: {
      zh: '英文报道 2020：据微信团队，微信号每年只能修改一次',
      en: 'Report, 2020: according to the WeChat team, the WeChat ID can only be changed once per year',
    },
    url: 'https://www.hacos.cn/en/blog/2020/06/05/6627d747a8/',
    kind: 'third-party',
  },
  'other-impostor-police': {
    title: {
      zh: '地方政府网站警情通报：骗子用相同头像昵称冒充熟人，“以前那个微信不用了，请加我”，借钱被骗 500 元',
      en: 'Local government police news: a scammer copies a friend’s avatar and nickname ("my old WeChat is gone, add me") and borrows money',
    },
    url: 'http://bs.wnzfw.gov.cn/c/2020/0508/762667.shtml',
    kind: 'government',
  },
  // ---- report ------------------------------------------------------------
  'other-friend-permissions': {
    title: {
      zh: "第三方指南（8.0.42 截图）：Me > Settings > Friends' Permissions > Methods for Friending Me，关掉用手机号找到我",
      en: "Third-party guide (8.0.42 screenshots): Me > Settings > Friends' Permissions > Methods for Friending Me, turn off finding you by mobile number",
    },
    url: 'https://www.softwarert.com/block-people-wechat-iphone/',
    kind: 'third-party',
  },
  'other-law-harass': {
    title: {
      zh: '法律知识网站（旧条文）：以恐吓等方法威胁他人人身安全、多次发送侮辱恐吓信息干扰他人生活的，属违反治安管理行为',
      en: "Law site (old numbering): threatening someone's safety, or repeatedly sending insulting or threatening messages, breaches public-order law",
    },
    url: 'http://jwbk.com/qita/9f64ce4e4edbd6adb8935c8eed5e0406.html',
    kind: 'third-party',
    note: 'Quotes the law before the 2026 revision: no article numbers are printed.',
  },
  'other-criminal-246': {
    title: {
      zh: '法律文章引用刑法第二百四十六条：侮辱、诽谤告诉的才处理；被害人取证确有困难的，法院可以要求公安机关协助',
      en: 'Law article quoting Criminal Law art. 246: insult and defamation are prosecuted on complaint; where the victim cannot gather evidence, the court may ask the police to help',
    },
    url: 'https://youfanx.com/gonglue/202407/618574.html',
    kind: 'third-party',
  },
  'other-safety-enforcement': {
    title: {
      zh: 'WeChat 安全中心：违规处理措施（警告、删除或限制内容、限制或封禁账号、报警）；已送达的内容仍在对方设备上',
      en: 'WeChat Safety: enforcement (warnings, removing or limiting content, restricting or suspending accounts, reporting to police); delivered content stays on devices',
    },
    url: 'https://safety.wechat.com/en_US/enforcement/policy-enforcement',
    kind: 'official',
  },
  'other-block-guide': {
    title: { zh: '第三方指南：把联系人加入黑名单后，对方发的消息会被拒收', en: 'Third-party guide: after you block a contact, their messages are rejected' },
    url: 'https://www.alphr.com/block-unblock-contact-wechat/',
    kind: 'third-party',
  },
  'other-cac-cyberviolence': {
    title: {
      zh: '中新网（转载）：《网络暴力信息治理规定》2024-08-01 施行，要求平台建立网暴防护功能、完善私信规则',
      en: 'China News (repost): the cyber-violence rules in force from 2024-08-01 require platforms to offer protection and private-message rules',
    },
    url: 'http://tjagri.ac.cn/06292387.html',
    kind: 'press',
    note: 'Mirror.',
  },
  'other-security-law-2026': {
    title: {
      zh: '报道（转载）：修订后的治安管理处罚法 2026 年 1 月 1 日施行，条文从 119 条增至 144 条',
      en: 'Report (repost): the revised Public Security Administration Punishments Law takes effect on 2026-01-01, growing from 119 to 144 articles',
    },
    url: 'http://www.handmsg.com/page/2025/1117/29891338.shtml',
    kind: 'press',
    note: 'Mirror. Old article numbers are not printed.',
  },
  'other-jiemian-2021': {
    title: {
      zh: '界面新闻（转载）2021：微信呼吁在客户端或“腾讯110”小程序投诉，封禁 1570 个售卖违禁品的群',
      en: 'Jiemian (repost), 2021: WeChat asks users to complain in the app or the 腾讯110 mini program; 1,570 groups selling banned goods closed',
    },
    url: 'http://www.hxbike.com/app/content/2021-03/13/content_22618255.htm',
    kind: 'press',
    note: 'Mirror.',
  },
  'other-12321-2022': {
    title: {
      zh: '人民网（转载）：12321 受理中心 2022 年一季度受理骚扰电话投诉 49833 件',
      en: 'People’s Daily Online (repost): the 12321 centre took 49,833 harassing-call complaints in 2022 Q1',
    },
    url: 'http://www.humenpower.com/IT/content/2022-04/29/content_8711887.htm',
    kind: 'press',
    note: 'Mirror.',
  },
  'other-miit-2008': {
    title: {
      zh: '工信部 2008 年通知（镜像）：收到涉黄、诈骗、赌博等违法信息向公安 110 举报',
      en: 'MIIT notice, 2008 (mirror): report porn, fraud or gambling messages to the police on 110',
    },
    url: 'http://www.jiangouhou.com/news/guonei/107416.html',
    kind: 'government',
    note: 'Old text (2008) on a mirror domain.',
  },
  'other-cctv-96110': {
    title: { zh: '央视新闻 2020：96110 的三项功能是劝阻、咨询、举报', en: 'CCTV News, 2020: 96110 has three roles: warning, advice, reports' },
    url: 'https://m.cqcb.com/headline/2020-09-21/3021362_pc.html',
    kind: 'press',
  },
  'other-12110-sms': {
    title: { zh: '北碚报：市民还可以编辑短信发送到 12110 报警', en: 'Beibei News: people can also report to the police by SMS to 12110' },
    url: 'https://bbb.beibeinews.com/Qnews.asp?ID=126139',
    kind: 'press',
    note: 'Local: 12110 SMS reporting is run per province.',
  },
  'other-recovery-second-scam': {
    title: {
      zh: '工人日报 2022：“网上所有说可以追回的都是骗子”',
      en: 'Workers’ Daily, 2022: "everyone online who says they can get your money back is a scammer"',
    },
    url: 'http://xiaofei.hangzhou.com.cn/xfzx/content/2022-02/10/content_9338733.htm',
    kind: 'press',
  },
  'other-tongliao-block': {
    title: {
      zh: '通辽市公安局 2025：关闭国际来电、拦截骚扰电话的运营商指令（广电 QXGLLJ 发 10099、移动 QXGJLH 发 10086、联通 GBGJLH/GBGJDX 发 10010、电信 KTFSR 发 10001）',
      en: 'Tongliao police, 2025: operator codes to block calls from abroad and nuisance calls (CBN QXGLLJ to 10099, Mobile QXGJLH to 10086, Unicom GBGJLH/GBGJDX to 10010, Telecom KTFSR to 10001)',
    },
    url: 'https://gaj.tongliao.gov.cn/xwzx/jftx/202509/t20250912_985898.html',
    kind: 'government',
  },
  'other-rmrb-12381': {
    title: {
      zh: '人民日报（转载）：12381 短信提示可能面临“贷款”“刷单返利”“冒充公检法”等 9 类诈骗',
      en: 'People’s Daily (repost): a 12381 text warns of nine fraud types such as loans, paid-task refunds and fake police',
    },
    url: 'https://scxsls.com/knowledge/detail?id=161520',
    kind: 'press',
    note: 'Repost.',
  },
};
