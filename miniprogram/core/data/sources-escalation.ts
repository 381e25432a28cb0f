/** Sources of the escalation ladder and the follow-up clock (core/clock.ts). Checked on RESEARCH_CHECKED_ON. */
import { Source } from '../types';

export const ESCALATION_SOURCES: Readonly<Record<string, Source>> = {
  'esc-holidays-2026': {
    title: {
      zh: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
      en: 'State Council General Office notice on the 2026 public holidays (4 November 2025)',
    },
    url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    kind: 'government',
    note: 'Text read in the Xinhua release reprinted at https://politics.gmw.cn/2025-11/04/content_38391083.htm; the gov.cn address is the one the holiday-cn data set cites for 2026.',
  },
  'esc-pay-complaint-rules': {
    title: {
      zh: '微信支付《交易投诉运营规范2.0》：商家 1 天内回复、3 天内处理完（微信开放社区文章引用）',
      en: 'WeChat Pay complaint rules 2.0: the merchant replies within 1 day and resolves within 3 (cited on the WeChat developer community)',
    },
    url: 'https://developers.weixin.qq.com/community/personal/oCJUsw6UrbRg0-hKblzv2NV4hlN0/fav',
    kind: 'third-party',
    note: 'A community article on the official developer domain quoting the official PDF: 「如 3 月 20 日的投诉，商家需在 3 月 21 日 24 点前回复」.',
  },
  'esc-12300': {
    title: {
      zh: '湖北省通信管理局：电信用户申诉（先向企业投诉，不满意或 15 日内未答复可申诉）',
      en: 'Hubei Communications Administration: telecom user appeals (complain to the operator first; appeal when unhappy or unanswered after 15 days)',
    },
    url: 'http://hubca.miit.gov.cn/gzcy/dxyhss/index.html',
    kind: 'government',
    note: '《电信用户申诉处理办法》: fee disputes within 5 months, other disputes within 2 years.',
  },
  'esc-12315': {
    title: {
      zh: '《市场监督管理投诉举报处理暂行办法》：7 个工作日内决定是否受理；超过三年不予受理',
      en: 'SAMR complaint rules: acceptance decided within 7 working days; not accepted after 3 years',
    },
    url: 'http://xxgk.jccq.gov.cn/qzf/cqscjgj/fdzdgknr/zzjg/jgfdzz/202201/t20220104_1534293.shtml',
    kind: 'government',
  },
  'esc-12363': {
    title: {
      zh: '人民银行：金融消费者原则上应先向金融机构投诉，不满意或不予受理再拨打 12363',
      en: 'PBoC: complain to the financial institution first; call 12363 when unhappy or refused',
    },
    url: 'http://www.yixingjingji.com/news/guonei/426807.html',
    kind: 'press',
    note: 'A press repost of the PBoC Changchun branch notice.',
  },
};
