/**
 * The one strings table for interface text, zh-CN and en. Data texts (channel
 * names, steps …) live next to their data in data/.
 */
import { Lang, Text } from './types';

const S = {
  appName: { zh: '微信客服导航', en: 'WeChat Service Navigator' },
  official: { zh: '官方', en: 'Official' },
  thirdParty: { zh: '第三方资料', en: 'Third-party source' },
  notConfirmed: { zh: '未确认', en: 'Not confirmed' },
  typical: { zh: '典型情况，非承诺', en: 'Typical, not promised' },
  wait: { zh: '等待', en: 'Wait' },
  resolution: { zh: '处理时长', en: 'Time to resolve' },
  difficulty: { zh: '难度', en: 'Difficulty' },
  rating: { zh: '评分', en: 'Rating' },
  loading: { zh: '加载中…', en: 'Loading…' },
  safetyTitle: { zh: '防骗提醒', en: 'Stay safe' },
  safetyShort: {
    zh: '官方客服不会索要密码、验证码，不会要求屏幕共享或转账。',
    en: 'Real staff never ask for passwords, codes, screen sharing or transfers.',
  },
  // home
  urgentTitle: { zh: '账号被盗 / 钱被骗？', en: 'Account stolen / money scammed?' },
  urgentFreeze: { zh: '账号被盗，先冻结', en: 'Stolen: freeze first' },
  urgentFraud: { zh: '钱被骗，先止损', en: 'Scammed: stop the loss' },
  problemsTitle: { zh: '遇到了什么问题', en: 'What is the problem?' },
  startFlow: { zh: '一步步帮我选渠道', en: 'Guide me step by step' },
  allChannels: { zh: '全部官方渠道', en: 'All official channels' },
  verifyEntry: { zh: '这是官方的吗？查号码/网址', en: 'Is this official? Check a number or site' },
  notesEntry: { zh: '我的联系记录', en: 'My case notes' },
  searchPlaceholder: { zh: '搜索问题或渠道，如“退款”“冻结”', en: 'Search problems or channels, e.g. "refund"' },
  searchEmpty: { zh: '没有找到相关内容，换个说法试试，或用下面的分步引导。', en: 'Nothing found. Try other words, or use the guided steps below.' },
  searchCode: { zh: '海报短码', en: 'Poster code' },
  searchProblem: { zh: '问题', en: 'Problem' },
  searchChannel: { zh: '渠道', en: 'Channel' },
  // channels / channel
  channelsTitle: { zh: '全部官方渠道', en: 'All official channels' },
  channelsIntro: {
    zh: '状态按北京时间计算；数字为典型情况。',
    en: 'Status uses Beijing time; figures are typical.',
  },
  detail: { zh: '查看详情', en: 'Details' },
  handles: { zh: '可以处理', en: 'Handles' },
  steps: { zh: '怎么联系', en: 'How to reach it' },
  hours: { zh: '服务时间', en: 'Hours' },
  hoursYours: { zh: '你的时间', en: 'Your time' },
  materials: { zh: '需要准备', en: 'Have ready' },
  limits: { zh: '注意', en: 'Limits' },
  sources: { zh: '信息来源', en: 'Sources' },
  checkedOn: { zh: '核对于', en: 'Checked' },
  share: { zh: '分享给朋友', en: 'Share with a friend' },
  notFoundChannel: { zh: '找不到这个渠道', en: 'Channel not found' },
  backHome: { zh: '回到首页', en: 'Back to home' },
  // actions
  call: { zh: '拨打', en: 'Call' },
  callAbroad: { zh: '境外拨打', en: 'Call from abroad' },
  copyNumber: { zh: '复制号码', en: 'Copy number' },
  copyLink: { zh: '复制网址', en: 'Copy link' },
  copyEmail: { zh: '复制邮箱', en: 'Copy email' },
  copyAccount: { zh: '复制公众号名', en: 'Copy account name' },
  openMiniProgram: { zh: '打开小程序', en: 'Open mini program' },
  copyMiniProgram: { zh: '复制小程序名', en: 'Copy mini program name' },
  copied: { zh: '已复制', en: 'Copied' },
  copiedAccount: { zh: '已复制，在微信顶部搜索框粘贴即可找到', en: 'Copied. Paste it into the WeChat search bar' },
  copyFailed: { zh: '复制失败，请长按文字手动复制', en: 'Could not copy. Long-press the text to copy it' },
  callCancelled: { zh: '已取消拨打', en: 'Call cancelled' },
  callFailed: { zh: '无法拨打，请手动拨号', en: 'Could not call. Please dial by hand' },
  openFailed: { zh: '没能打开，请在微信里搜索它的名字', en: 'Could not open it. Search its name in WeChat' },
  // flow
  stepOf: { zh: '第 {step} 步，共 {total} 步', en: 'Step {step} of {total}' },
  back: { zh: '上一步', en: 'Back' },
  restart: { zh: '重新开始', en: 'Start again' },
  yourAnswers: { zh: '你的回答', en: 'Your answers' },
  change: { zh: '修改', en: 'Change' },
  // result
  resultTitle: { zh: '推荐你这样做', en: 'What to do' },
  primary: { zh: '首选渠道', en: 'Start here' },
  why: { zh: '为什么', en: 'Why' },
  expected: { zh: '预计', en: 'Expect' },
  checklist: { zh: '准备清单（勾选会保存在本机）', en: 'Checklist (ticks stay on this phone)' },
  checklistDone: { zh: '都准备好了', en: 'All ready' },
  fallbacks: { zh: '不行的话，再试', en: 'If that does not work' },
  warnings: { zh: '安全提醒', en: 'Safety' },
  changeAnswers: { zh: '修改回答', en: 'Change answers' },
  startCase: { zh: '开始记录这个问题', en: 'Start a case note' },
  saveFailed: { zh: '保存失败：手机存储空间不足，已勾选的内容仍保留在本页', en: 'Could not save: storage is full. Your ticks stay on this page' },
} as const;

export type StringKey = keyof typeof S;
export const STRINGS: Readonly<Record<StringKey, Text>> = S;

/** The strings a page binds, in one language. */
export function strings<K extends StringKey>(lang: Lang, keys: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = S[k][lang];
  return out;
}

export function str(key: StringKey, lang: Lang, vars?: Record<string, string | number>): string {
  let s: string = S[key][lang];
  if (vars) for (const k of Object.keys(vars)) s = s.split(`{${k}}`).join(String(vars[k]));
  return s;
}
