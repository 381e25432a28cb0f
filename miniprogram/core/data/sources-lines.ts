/**
 * Sources for the lines outside WeChat's channels (lines.ts): police, regulators,
 * government warning lines, WeChat's own 400 line. Taken from
 * shared/research/facts-audit.md (§1.4, §5b) and re-found with the project's
 * search tool; stored copies, not the live web, dated RESEARCH_CHECKED_ON.
 * Content farms are left out (FACTS.md).
 */
import { Source } from '../types';

export const LINE_SOURCES: Readonly<Record<string, Source>> = {
  'line-mps-xinhua': {
    title: {
      zh: '新华社转载的公安部提示：记录骗子的账号和户名，尽快拨打 110 或到公安机关报案，由公安机关紧急止付',
      en: "Ministry of Public Security advice reported by Xinhua: note the scammer's account and name, call 110 or go to the police at once; the police can stop the payment",
    },
    url: 'https://www.baojingrm.cn/content/2016/10/19/5882641.html',
    kind: 'press',
    note: 'Xinhua text on a reprint site (2016).',
  },
  'line-cq-police-12381': {
    title: {
      zh: '重庆市公安局：12381 给你发的短信一定要看！（有疑问可拨打 110、96110 咨询）',
      en: 'Chongqing Public Security Bureau: read the SMS 12381 sends you (questions: call 110 or 96110)',
    },
    url: 'http://gaj.cq.gov.cn/zslm_245/xszc/202107/t20210715_9477536.html',
    kind: 'government',
  },
  'line-cnr-12381': {
    title: {
      zh: '央广网：12381 预警短信不含任何链接、微信、QQ 号或其他电话号码，无需回拨或回复',
      en: 'CNR: a 12381 warning SMS holds no link, WeChat or QQ id or other phone number, and needs no call back or reply',
    },
    url: 'http://www.cnr.cn/jingji/txcj/20210714/t20210714_525534735.shtml',
    kind: 'press',
  },
  'line-cug-96110': {
    title: {
      zh: '中国地质大学（武汉）保卫处转发警方提示：96110 是全国统一的预警劝阻咨询电话，接到来电一定要及时接听',
      en: 'China University of Geosciences security office, relaying the police: 96110 is the national anti-fraud warning and advice line; answer it when it calls',
    },
    url: 'https://bwc.cug.edu.cn/info/1038/2447.htm',
    kind: 'third-party',
  },
  'line-wiki-110': {
    title: {
      zh: '维基百科“110报警服务台”：全天 24 小时值班；不方便打电话可用 12110 短信报警',
      en: 'Wikipedia, "110报警服务台": staffed 24 hours a day; those who cannot phone can report by SMS to 12110',
    },
    url: 'https://zh.wikipedia.org/wiki/110%E6%8A%A5%E8%AD%A6%E6%9C%8D%E5%8A%A1%E5%8F%B0',
    kind: 'third-party',
    note: 'Read through a stored mirror of the article.',
  },
  'line-12110-cctv': {
    title: {
      zh: '央视新闻转载：不方便打电话时可发短信到 12110 报警，在 12110 后加电话区号后 3 位',
      en: 'CCTV News (reprint): when you cannot phone, report by SMS to 12110, adding the last 3 digits of your area code',
    },
    url: 'https://daydaynews.cc/zh-mo/international/amp/3613073.html',
    kind: 'third-party',
  },
  'line-12110-yanzhao': {
    title: {
      zh: '燕赵都市报（2014）：12110 是全国统一短信报警号码，各地接入方式曾不同（如河北发 12110 加区号）',
      en: 'Yanzhao Metropolis Daily (2014): 12110 is the national SMS police number; local forms differed (Hebei: 12110 plus the area code)',
    },
    url: 'http://hbhcj.cn/news/2014/0103/34402.html',
    kind: 'press',
    note: 'Newspaper text on a reprint site.',
  },
  'line-samr-jiangchuan': {
    title: {
      zh: '市场监督管理部门公开信息：收到投诉 7 个工作日内决定是否受理；知道权益受侵害超过三年的不予受理',
      en: 'Market regulator public notice: decides within 7 working days whether to accept a complaint; not accepted after three years',
    },
    url: 'http://xxgk.jccq.gov.cn/qzf/cqscjgj/fdzdgknr/zzjg/jgfdzz/202201/t20220104_1534293.shtml',
    kind: 'government',
  },
  'line-pboc-qinghai': {
    title: {
      zh: '青海省政府网：12363 金融消费权益保护咨询投诉电话，原则上先向金融机构投诉，不满意再向人民银行投诉（工作日受理）',
      en: "Qinghai government site: 12363 financial consumer hotline; complain to the institution first, then to the People's Bank if unsatisfied (working days)",
    },
    url: 'http://www.qinghai.gov.cn/zwgk/system/2014/03/20/010107748.shtml',
    kind: 'government',
  },
  'line-pboc-2020-rules': {
    title: {
      zh: '《中国人民银行金融消费者权益保护实施办法》（2020）转载：鼓励金融消费者先向银行、支付机构投诉',
      en: "People's Bank of China financial consumer protection rules (2020), reprint: consumers should complain to the bank or payment institution first",
    },
    url: 'http://tech.jiangsulong.com/a/2020/0922/092221F5I2020_2.html',
    kind: 'third-party',
  },
  'line-tenpay-footer': {
    title: {
      zh: '微信支付网站页脚：Powered By Tencent & Tenpay（财付通运营微信支付）',
      en: 'WeChat Pay site footer: Powered By Tencent & Tenpay (Tenpay runs WeChat Pay)',
    },
    url: 'https://pay.weixin.qq.com/static/help_guide/help_index.shtml',
    kind: 'official',
  },
  'line-miit-appeal-rules': {
    title: {
      zh: '《电信用户申诉处理办法》转载：已向电信业务经营者投诉，对处理不满意或其未在 15 日内答复才可申诉；话费争议超过五个月、其他争议超过二年的不予受理',
      en: 'Telecom user appeal rules (reprint): appeal only after complaining to the operator and being unsatisfied or getting no answer within 15 days; fee disputes after five months and others after two years are not accepted',
    },
    url: 'https://m.78911.com.cn/ZhengCeGaiGe/595082-2.html',
    kind: 'third-party',
  },
  'line-12381-merger': {
    title: {
      zh: '网友问答（第三方）：2020 年工信部把 12300、12321 热线整合进 12381 政务热线',
      en: 'Q&A site (third party): in 2020 MIIT folded the 12300 and 12321 hotlines into its 12381 line',
    },
    url: 'https://wapiknow.baidu.com/question/435395832927056132.html',
    kind: 'third-party',
    note: 'The only trace of the merger; it is why the 12300 and 12321 phone numbers are not printed as current.',
  },
  'line-12321-guide': {
    title: {
      zh: '12321 受理中心投诉指南（存档副本）：网站 www.12321.cn；微信公众号“12321受理中心”；投诉垃圾短信、骚扰电话、诈骗电话',
      en: '12321 centre complaint guide (stored copy): website www.12321.cn; official account 12321受理中心; spam SMS, harassing and fraud calls',
    },
    url: 'http://www-12321-cn.hcv9jop8ns0r.cn/single?tpl=guide',
    kind: 'third-party',
    note: 'A mirror of the 12321.cn guide on another domain; the address given is the one printed in the guide.',
  },
  'line-wechat-about-clone': {
    title: {
      zh: '仿微信“关于微信”页面的开源代码：客服电话 400 670 0700（与 ICP 备案号并列）',
      en: 'Open-source copies of WeChat\'s "About WeChat" screen: customer service phone 400 670 0700 (next to the ICP licence number)',
    },
    url: 'https://github.com/alexiscn/WeChatSwift',
    kind: 'third-party',
    note: 'Two independent UI copies (also github.com/equationl/AboutPager-compose). Check on a real phone: Me → Settings → About WeChat.',
  },
  'line-wechat-400-notice': {
    title: {
      zh: '微信安全中心 2025-04-28 提示（转载）：微信客服 400 热线从未开放外呼国际业务，绝不会要求提供密码、验证码或转账；骗子伪造来电 +864006700700',
      en: 'WeChat Security Center notice of 2025-04-28 (repost): the WeChat 400 line never calls abroad and never asks for passwords, codes or transfers; scammers spoof +864006700700',
    },
    url: 'https://feifmx.com/yaoyan/xinxi/13004635/20250430/48280113.html',
    kind: 'third-party',
  },
  'line-anti-fraud-app': {
    title: {
      zh: '长江日报：国家反诈中心 App 设有“我要举报”“报案助手”“诈骗预警”“身份验真”四大板块',
      en: 'Changjiang Daily: the 国家反诈中心 app has four parts: report, report assistant, fraud warnings, identity check',
    },
    url: 'http://news.cnhubei.com/content/2021-03/25/content_13697655.html',
    kind: 'press',
  },
};
