/**
 * Sources for the payment and fraud catalogue (catalogue/payment.ts, catalogue/fraud.ts).
 * Leads from shared/research/catalogue-payment-fraud.md (stored copies of public pages,
 * checked RESEARCH_CHECKED_ON). Kinds follow the research labels: OFFICIAL → official
 * (only on qq.com / wechat.com hosts), GOV → government, PRESS → press, 3P → third-party.
 * WeChat Security Center texts read only on reposts are third-party: the wording is
 * probably genuine, the host is not. No content-farm page is cited here. Pages another
 * area already cites (other-*, line-*) are cited by their ids instead.
 */
import { Source } from '../types';

export const PAYMENT_SOURCES: Readonly<Record<string, Source>> = {
  // ---- WeChat Pay and Tencent pages ----------------------------------------
  'pay-doc-complaint-feedback': {
    title: {
      zh: '微信支付商户文档：投诉处理完成后用户可继续投诉',
      en: 'WeChat Pay merchant docs: after the merchant marks a complaint done, the user can continue it',
    },
    url: 'https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter10_2_6.shtml',
    kind: 'official',
  },
  'pay-doc-complaint-changelog': {
    title: {
      zh: '微信支付商户文档更新日志：用户可在投诉中申请平台协助',
      en: 'WeChat Pay merchant changelog: users can ask for platform assistance inside a complaint',
    },
    url: 'https://pay.weixin.qq.com/docs/merchant/changelog/consumer-complaint.html',
    kind: 'official',
    note: 'Merchant-side status names; the user-side button label is not shown.',
  },
  'pay-doc-entrust-terminate': {
    title: {
      zh: '微信支付委托代扣文档：用户可以通过微信客户端发起解约',
      en: 'WeChat Pay recurring-deduction docs: users can end the agreement in the WeChat app',
    },
    url: 'https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/entrust/chapter3_4.shtml',
    kind: 'official',
  },
  'pay-doc-transfer-codes': {
    title: {
      zh: '微信支付商家转账错误码：用户收款受限，请引导用户在微信支付查看详情',
      en: 'WeChat Pay merchant transfer error codes: the user’s receiving is restricted, guide them to the details in WeChat Pay',
    },
    url: 'https://pay.weixin.qq.com/doc/v3/merchant/4013774966',
    kind: 'official',
  },
  'pay-safety-wechat-scams': {
    title: {
      zh: '微信安全网站：微信支付免费，要求续费、开通费或取消费的都是诈骗',
      en: 'WeChat safety site: Weixin Pay is free; any renewal, activation or cancellation fee request is fraud',
    },
    url: 'https://safety.wechat.com/en_US/article/J547ivyud8xp8L53',
    kind: 'official',
  },
  'pay-skills-deduction': {
    title: {
      zh: '微信支付官方 GitHub（wechatpay-apiv3）扣费服务产品介绍：扣费前须通知、每天最多扣 1 次、用户可联系客服解约',
      en: 'WeChat Pay’s GitHub org (wechatpay-apiv3), deduction service: notice before each charge, at most one a day, users can end it through customer service',
    },
    url: 'https://github.com/wechatpay-apiv3/wechatpay-skills/blob/25a50317f82c852bce6b2e7264b6cc3b4d0c30c7/wechatpay-deduction-service/references/1-商户/产品选型/产品介绍.md',
    kind: 'third-party',
    note: 'Published by WeChat Pay’s own GitHub organisation, but not on a qq.com or wechat.com host, so not labelled official here.',
  },
  'pay-dev-txn-id': {
    title: {
      zh: '微信开放社区回答：交易单号和商户单号不是一回事，以交易单号为准',
      en: 'WeChat developer community answer: the transaction number and the merchant order number differ; the transaction number counts',
    },
    url: 'https://developers.weixin.qq.com/community/develop/doc/000cea85e08fd8f32fd4146f667000',
    kind: 'third-party',
    note: 'A community answer on an official domain; whether the author is staff is not shown.',
  },
  'pay-dev-apple-iap': {
    title: { zh: '微信开放社区回答：苹果内购不是微信支付的订单', en: 'WeChat developer community answer: Apple in-app purchases are not WeChat Pay orders' },
    url: 'https://developers.weixin.qq.com/community/develop/doc/0004c6102ac210c43ed4cef7c6b800',
    kind: 'third-party',
  },
  'pay-complaint-rules-dev': {
    title: {
      zh: '微信开放社区文章（引用《交易投诉运营规范2.0》）：商家须 1 天内回复、3 天内处理完',
      en: 'WeChat developer community article quoting WeChat Pay’s complaint rules 2.0: reply within 1 day, resolve within 3',
    },
    url: 'https://developers.weixin.qq.com/community/personal/oCJUsw6UrbRg0-hKblzv2NV4hlN0/fav',
    kind: 'third-party',
    note: 'Article on an official domain citing the official PDF (older wording of the 24 h / 72 h rule).',
  },

  // ---- WeChat Security Center texts read on reposts --------------------------
  'pay-security-2024-baozhang': {
    title: {
      zh: '微信安全中心 2024 年提示（转载）：百万保障永久免费，提“到期续保”“客服协助取消”的都是诈骗；微信团队不会通过 FaceTime 联系用户',
      en: 'WeChat Security Center notice, 2024 (repost): the million-yuan guarantee is free for ever, "renew" or "cancel it" calls are scams; WeChat never contacts users by FaceTime',
    },
    url: 'https://www.zaihuangshi.com/68524',
    kind: 'third-party',
    note: 'Official wording read on a repost; the same path is given by the Hong Kong Police (adcc-hk).',
  },
  'pay-readhub-nopwd-free': {
    title: {
      zh: '新闻聚合（转述微信安全中心）：免密支付不收费，勿与陌生人开启屏幕共享',
      en: 'News aggregator quoting the WeChat Security Center: password-free payment costs nothing; never share your screen with strangers',
    },
    url: 'https://beta.readhub.cn/topic/8p8a61xtsED',
    kind: 'press',
  },
  'pay-security-assist-2020': {
    title: {
      zh: '微信安全中心 2020-04-27 提示（转载）：诱导他人或为他人辅助验证注册、解封都属违规；街头“扫码送礼”可能是骗你辅助验证',
      en: 'WeChat Security Center notice, 2020-04-27 (repost): getting others to verify a registration or unblock, or doing it for strangers, breaks the rules; street "scan for a gift" stands may be after that',
    },
    url: 'https://freewechat.com/a/MzA4NTczOTMzMQ==/2651075723/2',
    kind: 'third-party',
    note: 'Official wording read on a repost.',
  },
  'pay-security-redpacket-apps': {
    title: {
      zh: '微信安全中心提示（英文转载）：抢红包软件可能是病毒软件',
      en: 'WeChat Security Center post (English repost): red-packet grabbing software can be a virus',
    },
    url: 'https://www.drawfleurdelis.com/2020/beware-this-line-appears-during-wechat-transfer-dont-pay/',
    kind: 'third-party',
  },

  // ---- government ------------------------------------------------------------
  'pay-court-susong-2025': {
    title: {
      zh: '宿松县人民法院 2025：转错账可提起不当得利之诉，可申请调查令',
      en: 'Susong County Court, 2025: a wrong transfer can be reclaimed in an unjust-enrichment suit; the court can help identify the payee',
    },
    url: 'http://www.ahssnews.com/hot/bm/202509/t20250926_8811173.html',
    kind: 'government',
    note: 'Court advice published on the county news site.',
  },
  'pay-cca-2025-nopwd': {
    title: {
      zh: '中国消费者协会 2025-03-25 提醒：关闭免密支付（转载）',
      en: 'China Consumers Association warning, 2025-03-25: turn off password-free payment (repost)',
    },
    url: 'http://lsm201051.com/article/detail/1607044.html',
    kind: 'government',
    note: 'Quasi-official body; repost marked 來源:中國消費者協會.',
  },
  'pay-police-yantai-autodeduct': {
    title: {
      zh: '烟台网警提示（转载）：我 → 支付 → 右上角 … → 自动扣费；关不掉就联系服务提供方',
      en: 'Yantai cyber-police advice (repost): Me → Pay → … → auto-deduction; if it will not close, contact the provider',
    },
    url: 'https://m.tftnews.com/news3822097',
    kind: 'government',
    note: 'Police text read on a third-party repost (traditional script).',
  },
  'pay-pboc-12363': {
    title: {
      zh: '人民银行分支机构说明（转载）：原则上先向金融机构投诉，不满意再拨打 12363（工作日）',
      en: 'People’s Bank of China branch notice (repost): complain to the institution first, then call 12363 on working days',
    },
    url: 'http://www.yixingjingji.com/news/guonei/426807.html',
    kind: 'government',
    note: 'PBoC text read on a press repost; see also qinghai.gov.cn on 12363.',
  },
  'pay-gov-changzhou-police': {
    title: {
      zh: '常州市公安局：资金被转走要改密码、联系微信等客服并拨打 110；“客服”主动来电办退款要警惕',
      en: 'Changzhou Public Security Bureau: if money is taken, change passwords, contact WeChat’s service and call 110; be wary of "customer service" calling about refunds',
    },
    url: 'https://gaj.changzhou.gov.cn/content/suitable/show?catid=34222&id=86186',
    kind: 'government',
  },
  'pay-gov-yuncheng-refund': {
    title: {
      zh: '稷山县公安局 2021：正规商家退货退款无需事先支付任何费用',
      en: 'Jishan County police, 2021: genuine shops never charge a fee before a refund',
    },
    url: 'http://gaj.yuncheng.gov.cn/site/public/showinfo.aspx?id=2021111809264442840108',
    kind: 'government',
  },
  'pay-police-kunming-remote': {
    title: {
      zh: '昆明警方提示（转载）：手机疑被远程控制，先强制重启、拔出电话卡、断网',
      en: 'Kunming police advice (repost): if the phone seems remote-controlled, force-restart it, take out the SIM and go offline',
    },
    url: 'https://jc.meishishwang.com/808750084063.html',
    kind: 'government',
    note: 'Police text read on a third-party mirror.',
  },
  'pay-gov-student-loan': {
    title: {
      zh: '全国学生资助管理中心 2021 预警（转载）：要求注销“校园贷/学生账号”并转账的都是诈骗',
      en: 'National Student Financial Aid Centre warning, 2021 (repost): anyone asking you to "close a student loan account" and transfer money is a scammer',
    },
    url: 'https://freewechat.com/a/Mjk0MzQ2OTE4MA==/2652529901/1',
    kind: 'government',
    note: 'Quasi-official warning read on a repost.',
  },

  // ---- press -----------------------------------------------------------------
  'pay-hsb-2017-transfer': {
    title: {
      zh: '华商报 2017（转载）：转账无法撤回，24 小时未领取原路退回；客服无权操控资金、无法查询对方联系方式',
      en: 'Huashang Daily, 2017 (repost): a transfer cannot be recalled, returns if not accepted in 24 h; customer service cannot move funds or reveal the payee',
    },
    url: 'https://feifmx.com/socialgd/10000169/20170625/30824045.html',
    kind: 'press',
  },
  'pay-press-sina-nopwd': {
    title: {
      zh: '新浪财经 2025-03-25：关闭微信免密支付的步骤（我 → 服务 → 钱包 → 支付设置 → 免密支付）',
      en: 'Sina Finance, 2025-03-25: how to turn off WeChat password-free payment (Me → Services → Wallet → Payment settings)',
    },
    url: 'https://finance.sina.com.cn/jjxw/2025-03-25/doc-ineqwsqh5618527.shtml',
    kind: 'press',
  },
  'pay-press-price-rules-2025': {
    title: {
      zh: '人民网报道《互联网平台价格行为规则》：每次扣款前提醒时间、金额、取消途径，允许随时取消',
      en: 'People’s Daily report on the internet platform pricing rules: notify time, amount and how to cancel before each charge; cancel any time',
    },
    url: 'http://www.huashangw.com/shangye/show-889069.html',
    kind: 'press',
  },
  'pay-press-withdraw-fee-2016': {
    title: {
      zh: '中国日报 2016（双语转载）：提现免费额度累计 1000 元，超出部分 0.1%，每笔最少 0.1 元',
      en: 'China Daily, 2016 (bilingual repost): 1,000 yuan free withdrawals in total, then 0.1%, at least 0.1 yuan each',
    },
    url: 'http://tingroom.com/listen/read/345695.html',
    kind: 'press',
  },
  'pay-press-id-expired-2022': {
    title: {
      zh: '中新财经 2022-03-11 微信官方回应（转载）：身份信息缺失或证件过期会限制提现、收付款',
      en: 'China News finance, 2022-03-11, WeChat’s reply (repost): missing or expired ID details restrict withdrawals, receiving and paying',
    },
    url: 'http://yyrenti.com/cf/2022/0311/19888.html',
    kind: 'press',
    note: 'Press text on a spam-styled mirror (traditional script).',
  },
  'pay-cpd-antifraud-art31': {
    title: {
      zh: '中国警察网 2024-11-26：反电信网络诈骗法第三十一条，出租出借支付账户可被限制功能',
      en: 'China Police Net, 2024-11-26: Anti-Telecom Fraud Law art. 31, renting or lending payment accounts can get them restricted',
    },
    url: 'https://special.cpd.com.cn/wzzb/20241126/1124/t_1160922.html',
    kind: 'press',
  },
  'pay-press-court-minor-2020': {
    title: {
      zh: '南方都市报 2020-05-21：最高法指导意见，未成年人超出年龄智力的充值打赏，监护人可请求返还',
      en: 'Southern Metropolis Daily, 2020-05-21: Supreme People’s Court guidance, guardians can reclaim a minor’s spending that does not fit the child’s age',
    },
    url: 'https://epaper.oeeee.com/epaper/A/html/2020-05/21/content_13773.htm',
    kind: 'press',
  },
  'pay-press-minor-limits-2019': {
    title: {
      zh: '北京青年报 2019（转载）：国家新闻出版署规定未成年人网游充值限额',
      en: 'Beijing Youth Daily, 2019 (repost): the press authority’s top-up limits for minors in online games',
    },
    url: 'http://qingdaonews.com/content/2019-11/05/content_20866723.htm',
    kind: 'press',
  },
  'pay-press-refund-agent-scam': {
    title: {
      zh: '东南网 2024-08-22（厦门警方）：“代退费”诈骗以退费为由收取手续费、保证金',
      en: 'Fjsen, 2024-08-22 (Xiamen police): "refund agents" charge handling fees and deposits, then vanish',
    },
    url: 'http://xm.fjsen.com/2024-08/22/content_31718926_2.htm',
    kind: 'press',
  },
  'pay-press-douyin-minor': {
    title: {
      zh: '中新财经 2022-01-26（转载）：平台自有的未成年人退款渠道（以抖音为例）',
      en: 'China News finance, 2022-01-26 (repost): a platform’s own refund route for minors (Douyin as an example)',
    },
    url: 'http://www.ffpps.com/keji/2022/0126/25219.html',
    kind: 'press',
  },
  'pay-mps-2016-stoppay': {
    title: {
      zh: '公安部 2016-10-17 提示（新华社，转载）：记录骗子账号和户名，尽快拨打 110，由公安机关紧急止付',
      en: 'Ministry of Public Security, 2016-10-17 (Xinhua, repost): note the scammer’s account and name, call 110 at once, police make an emergency stop-payment',
    },
    url: 'https://yz.rednet.cn/c/2016/10/18/210441.htm',
    kind: 'press',
  },
  'pay-press-stoppay-speed': {
    title: {
      zh: '荆楚网 2016：发现受骗立即拨打 110，时间没过太久就可成功止付',
      en: 'Jingchu Net, 2016: call 110 as soon as you find you were cheated; if not too much time has passed, payment can be stopped',
    },
    url: 'https://edu.qianlong.com/2016/0418/543688_3.shtml',
    kind: 'press',
  },
  'pay-press-frozen-return': {
    title: {
      zh: '京华时报 2016-09-21（转载）：冻结的诈骗资金由公安机关按规定返还',
      en: 'Jinghua Times, 2016-09-21 (repost): frozen scam money is returned to victims by the police',
    },
    url: 'http://m.gupiaobar.cn/xwzx/PoliticsNews/201609/t20160921_11574696.htm',
    kind: 'press',
  },
  'pay-press-cooling-15min': {
    title: {
      zh: '网易号转载济南时报 2022（微信安全中心）：转账风险拦截后 15 分钟保护限制',
      en: 'Jinan Times, 2022, via NetEase (WeChat Security Center): a 15-minute hold after a risky transfer is flagged',
    },
    url: 'https://m.163.com/dy/article/HC3I43Q405118DFD.html',
    kind: 'press',
  },
  'pay-press-96110': {
    title: {
      zh: '宜都融媒：96110 是预警劝阻咨询电话，不是报警电话，被骗要打 110',
      en: 'Yidu media: 96110 is a warning and advice line, not the emergency number; if cheated, call 110',
    },
    url: 'http://yidushi.cjyun.org/p/23533.html',
    kind: 'press',
  },
  'pay-press-cctv-screenshare': {
    title: {
      zh: '央视新闻 2023-06-02（转载）：屏幕共享让对方看到验证码和密码，要在共享 App 里点“结束共享”',
      en: 'CCTV News, 2023-06-02 (repost): screen sharing shows codes and passwords; stop it with "end sharing" in the sharing app',
    },
    url: 'http://sc.gqsoso.com/sc/20230602/1080451.html',
    kind: 'press',
  },
  'pay-press-zol-baozhang': {
    title: {
      zh: '中关村在线 2024-08-09（引微信安全中心）：冒充客服称百万保障每月扣 800 元，骗走 6129 元',
      en: 'ZOL, 2024-08-09 (citing the WeChat Security Center): fake service said the guarantee would cost 800 yuan a month; 6,129 yuan lost',
    },
    url: 'https://news.zol.com.cn/890/8906527.html',
    kind: 'press',
  },

  // ---- third party -----------------------------------------------------------
  'pay-ui-transfer-pending': {
    title: {
      zh: '记账 App 读取微信转账页面的代码（界面文字：“1天内对方未收款，将退还给你。提醒对方收款”）',
      en: 'Accounting app code reading WeChat’s transfer screen (text: "returned to you if not accepted within 1 day")',
    },
    url: 'https://github.com/Auto-Accounting/Qianji_auto/blob/847ed4ee21cd0a2e375e0099f14add0358176fdd/app/src/main/java/cn/dreamn/qianji_auto/core/helper/Inner/wechat/Transerfer.java',
    kind: 'third-party',
    note: 'UI capture: shows what the screen said at some point, not current rules.',
  },
  'pay-ui-bill-detail': {
    title: {
      zh: '记账 App 识别账单截图的代码（账单页文字含“联系收款方”“交易单号”“商户全称”）',
      en: 'Accounting app code reading bill screenshots (bill-page text includes 联系收款方, 交易单号, 商户全称)',
    },
    url: 'https://github.com/fyyy19951126/OnlyMoneyNote/blob/3a1a8f5b788864f8718fe2658e7d9c32f54fc50f/app/src/main/java/com/dafeng/onlymoneynote/data/ocr/ReceiptParser.kt',
    kind: 'third-party',
    note: 'UI capture of WeChat and Alipay bill pages; shows labels, not rules.',
  },
  'pay-3p-unknown-charge': {
    title: { zh: '第三方指南：很多“莫名扣款”其实是开启了自动续费', en: 'Third-party guide: many "mystery charges" are auto-renewals' },
    url: 'https://bjyifei.cn/yxzx/119643.html',
    kind: 'third-party',
  },
  'pay-3p-apple-sub': {
    title: {
      zh: '第三方指南：苹果订阅在 设置 → Apple ID → 订阅 取消；关闭后已付费周期仍有效',
      en: 'Third-party guide: Apple subscriptions are cancelled in Settings → Apple ID → Subscriptions; the paid period still runs',
    },
    url: 'https://jufengneat.com/21ac2479e96db966/7f6116946a6768e7.html',
    kind: 'third-party',
  },
  'pay-3p-autorenew-2023': {
    title: {
      zh: '第三方指南 2023（带截图）：支付设置 → 自动续费 → 关闭扣费服务',
      en: 'Third-party guide, 2023 (screenshots): Payment settings → auto-renewal → turn off the deduction service',
    },
    url: 'https://dnzp.com/jy/202303/115024.html',
    kind: 'third-party',
  },
  'pay-3p-deduct-service': {
    title: {
      zh: '第三方指南：服务页右上角 … → 扣费服务，可查一年内扣费记录',
      en: 'Third-party guide: Services → … → deduction services, with a year of deduction records',
    },
    url: 'https://www.hbjsjyw.com/h/39135.html',
    kind: 'third-party',
  },
  'pay-3p-judicial-freeze': {
    title: { zh: '律师问答：司法冻结需联系相关司法机关', en: 'Lawyer Q&A: a judicial freeze is lifted through the authority that ordered it' },
    url: 'https://www.lawparks.com/ask/how-to-unfreeze-change',
    kind: 'third-party',
  },
  'pay-3p-minor-platform': {
    title: {
      zh: '第三方报道：未成年人消费退款可在“腾讯未成年人家长服务平台”小程序进行，只能由监护人发起，需身份证和人脸验证',
      en: 'Third-party report: minors’ refunds go through the 腾讯未成年人家长服务平台 mini program, guardian only, with ID and face check',
    },
    url: 'http://news.91zixun.com/xinwen/2023/0224/17963.html',
    kind: 'third-party',
  },
  'pay-3p-paypw-path': {
    title: {
      zh: '第三方指南：钱包 → 支付设置 → 修改支付密码 / 忘记支付密码',
      en: 'Third-party guide: Wallet → Payment settings → change / forgot payment password',
    },
    url: 'https://php.cn/faq/1796496705.html',
    kind: 'third-party',
  },
  'pay-3p-paypw-verify': {
    title: {
      zh: '第三方指南：忘记支付密码可选刷脸或银行卡验证',
      en: 'Third-party guide: a forgotten payment password is reset by face or bank-card verification',
    },
    url: 'http://www.178955.com/kongbu/91888.html',
    kind: 'third-party',
  },
  'pay-3p-redpacket-cs': {
    title: {
      zh: '微信客服红包答复的韩文译本：除面对面红包外不能撤回，24 小时后按红包退款方式退回',
      en: 'Korean translation of a WeChat service answer on red packets: only face-to-face ones can be taken back; others return after 24 h by the refund setting',
    },
    url: 'http://158392.com/caijingxinwen/cilq403jy5k8.html',
    kind: 'third-party',
    note: 'Translated copy of what is probably WeChat’s own help text.',
  },
  'pay-3p-devices': {
    title: {
      zh: '第三方指南：我 → 设置 → 帐号与安全 → 登录设备管理；检查绑定的手机号、QQ、邮箱、声音锁',
      en: 'Third-party guide: Me → Settings → Account Security → login devices; check the linked phone, QQ, email and voice lock',
    },
    url: 'https://www.udongde.com/info/366142',
    kind: 'third-party',
  },
  'pay-3p-scam-materials': {
    title: {
      zh: '第三方整理的警方报案材料清单：身份证、转出账号、金额时间、对方账号户名、转账凭证',
      en: 'Third-party summary of police report materials: ID, your account, amount and time, the scammer’s account and name, receipts',
    },
    url: 'https://zzfmdn.com/art/网警察报警电话.html',
    kind: 'third-party',
  },
};
