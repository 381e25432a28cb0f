/**
 * The one strings table for interface text, zh-CN and en. Data texts (channel
 * names, steps …) live next to their data in data/.
 */
import { Lang, Text } from './types';

const S = {
  appName: { zh: '微信客服导航', en: 'WeChat Service Navigator' },
  colon: { zh: '：', en: ': ' },
  official: { zh: '官方', en: 'Official' },
  thirdParty: { zh: '第三方资料', en: 'Third-party source' },
  notConfirmed: { zh: '未确认', en: 'Not confirmed' },
  typical: { zh: '以上等待和处理时间是典型情况，不是承诺。', en: 'The waits and times above are typical, not promised.' },
  wait: { zh: '等待', en: 'Wait' },
  resolution: { zh: '处理时长', en: 'Time to resolve' },
  difficulty: { zh: '难度', en: 'Difficulty' },
  difficulty1: { zh: '很容易（一两步）', en: 'Very easy (a step or two)' },
  difficulty2: { zh: '容易', en: 'Easy' },
  difficulty3: { zh: '一般', en: 'Some steps' },
  difficulty4: { zh: '较麻烦', en: 'Takes effort' },
  difficulty5: { zh: '很麻烦', en: 'Hard' },
  rating: { zh: '评分', en: 'Rating' },
  loading: { zh: '加载中…', en: 'Loading…' },
  updateTitle: { zh: '有新版本', en: 'A new version' },
  updateBody: {
    zh: '新版本已下载，里面可能有更正过的号码和步骤。现在重启使用吗？',
    en: 'A new version has downloaded; it may correct numbers or steps. Restart now?',
  },
  updateRestart: { zh: '重启', en: 'Restart' },
  updateLater: { zh: '稍后', en: 'Later' },
  safetyTitle: { zh: '防骗提醒', en: 'Stay safe' },
  safetyShort: {
    zh: '官方客服不会索要密码、验证码，不会要求屏幕共享或转账。',
    en: 'Real staff never ask for passwords, codes, screen sharing or transfers.',
  },
  // home
  urgentTitle: { zh: '账号被盗 / 钱被骗？', en: 'Account stolen / money scammed?' },
  urgentFreeze: { zh: '账号被盗，先冻结', en: 'Freeze account' },
  urgentFraud: { zh: '钱被骗，先止损', en: 'Stop the loss' },
  problemsTitle: { zh: '遇到了什么问题', en: 'What is the problem?' },
  startFlow: { zh: '一步步帮我选渠道', en: 'Guide me step by step' },
  allChannels: { zh: '全部官方渠道', en: 'All official channels' },
  verifyEntry: { zh: '这是官方的吗？查号码/网址', en: 'Is this official? Check a number or site' },
  notesEntry: { zh: '我的联系记录', en: 'My case notes' },
  searchPlaceholder: { zh: '搜索问题或渠道，如“退款”“冻结”', en: 'Search problems or channels, e.g. "refund"' },
  searchEmpty: { zh: '没有找到相关内容。换个说法试试，或者：', en: 'Nothing found. Try other words, or:' },
  searchCode: { zh: '海报短码', en: 'Poster code' },
  searchProblem: { zh: '问题', en: 'Problem' },
  searchChannel: { zh: '渠道', en: 'Channel' },
  searchCategory: { zh: '分类', en: 'Category' },
  searchWhy: { zh: '和“{phrase}”相近', en: 'Close to "{phrase}"' },
  searchVerify: { zh: '查一查“{text}”是不是官方的', en: 'Check whether "{text}" is official' },
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
  copyFailed: { zh: '没能复制，请手动记下或长按复制', en: 'Could not copy: note it down or long-press to copy' },
  callCancelled: { zh: '已取消拨打', en: 'Call cancelled' },
  callFailed: { zh: '无法拨打，请手动拨号', en: 'Could not call. Please dial by hand' },
  openFailed: { zh: '没能打开，请在微信里搜索它的名字', en: 'Could not open it. Search its name in WeChat' },
  // flow
  stepOf: { zh: '第 {step} 步，共 {total} 步', en: 'Step {step} of {total}' },
  back: { zh: '上一步', en: 'Back' },
  restart: { zh: '重新开始', en: 'Start again' },
  yourAnswers: { zh: '你的回答', en: 'Your answers' },
  change: { zh: '修改', en: 'Change' },
  recommended: { zh: '推荐', en: 'Recommended' },
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
  // verify
  verifyTitle: { zh: '这是官方的吗？', en: 'Is this official?' },
  verifyIntro: {
    zh: '把别人给你的电话号码、网址、公众号名称，或整段短信粘贴进来。',
    en: 'Paste the phone number, website, account name or the whole message you were given.',
  },
  // Only real official examples: a scam name here could be read as a real one.
  verifyPlaceholder: { zh: '例如：95017、kf.qq.com，或对方自称的名字', en: 'e.g. 95017, kf.qq.com, or the name they gave you' },
  verifyButton: { zh: '检查', en: 'Check' },
  verifyEmpty: { zh: '请先输入或粘贴要检查的内容', en: 'Type or paste something to check first' },
  verdictOfficial: { zh: '是官方渠道', en: 'This is an official channel' },
  verdictOfficialBody: {
    zh: '它在本小程序核对过来源的官方资料里。即便如此，官方也不会向你要验证码、密码或让你转账。',
    en: 'It is in the official data this app checked. Even so, officials never ask for codes, passwords or transfers.',
  },
  verdictOfficialDomain: { zh: '是腾讯的官方域名，但不在客服网址名单里', en: 'An official Tencent domain, but not a listed customer-service address' },
  verdictOfficialDomainBody: {
    zh: '这个网址在腾讯的官方域名下，但不是本小程序列出的客服网址。腾讯的网站上也有任何人都能发布的内容（公众号文章、腾讯文档、问卷等），骗子也会用。不要在里面填写密码、验证码或银行卡号；联系客服请用下面的官方渠道。',
    en: 'This address is on an official Tencent domain, but it is not one of the customer-service addresses this app lists. Tencent sites also carry pages anyone can publish (official-account articles, Tencent Docs, surveys), and scammers use them too. Never enter passwords, codes or card numbers there; to reach customer service, use the official channels below.',
  },
  verdictScam: { zh: '很可能是诈骗', en: 'Very likely a scam' },
  verdictScamBody: { zh: '发现了下面这些骗子常用的特征：', en: 'It shows these common scam signs:' },
  verdictScamOfficialToo: {
    zh: '注意：号码或网址本身是官方的，但有人可能在冒充官方。',
    en: 'Note: the number or site itself is official, but someone may be posing as it.',
  },
  verdictUnknown: { zh: '无法确认是官方的', en: 'Not confirmed as official' },
  verdictUnknownBody: {
    zh: '它不在我们的官方资料里。这不代表一定是骗子，但请不要拨打或点开，改用下面的官方渠道核实。',
    en: 'It is not in the official data. That does not prove it is a scam, but do not call or open it: check through the official channels below.',
  },
  whatToDo: { zh: '现在该怎么做', en: 'What to do now' },
  doFreeze: { zh: '钱或账号有风险：先冻结账号', en: 'Money or account at risk: freeze the account first' },
  doReport: { zh: '举报这个号码或账号', en: 'Report this number or account' },
  doPolice: { zh: '已经被骗走钱：立即拨打 110 报警（咨询可拨 96110）', en: 'Money already lost: call the police on 110 now (advice line 96110)' },
  doOfficial: { zh: '查看全部官方渠道', en: 'See all official channels' },
  callPolice: { zh: '拨打 110', en: 'Call 110' },
  // notes
  notesTitle: { zh: '我的联系记录', en: 'My case notes' },
  notesIntro: {
    zh: '记下每次联系的时间、渠道、工单号和对方说法，换渠道时也能接着跟进。只保存在这台手机上。',
    en: 'Record each contact: when, which channel, ticket number and what was said, so you can follow up across channels. Kept on this phone only.',
  },
  notesEmpty: { zh: '还没有记录。联系客服后，在下面记一笔。', en: 'No notes yet. After you contact customer service, add one below.' },
  notesAdd: { zh: '新增一条记录', en: 'Add a note' },
  noteChannel: { zh: '联系的渠道', en: 'Channel' },
  noteChannelPick: { zh: '请选择', en: 'Choose' },
  noteDate: { zh: '日期', en: 'Date' },
  noteTime: { zh: '时间', en: 'Time' },
  // Form labels stay short enough for one line beside the fields (375 px wide, care mode too);
  // "optional" goes into the empty field instead.
  noteTicket: { zh: '工单号', en: 'Ticket' },
  noteSaid: { zh: '对方怎么说', en: 'They said' },
  noteNext: { zh: '下一步', en: 'Next step' },
  noteRemind: { zh: '提醒日期', en: 'Reminder' },
  noteOptional: { zh: '选填', en: 'Optional' },
  noteSaidHint: { zh: '必填：对方的答复或处理结果', en: 'Required: their answer or what was done' },
  noteRemindClear: { zh: '不要提醒了', en: 'Remove the reminder' },
  noteOptionalSuffix: { zh: '（选填）', en: ' (optional)' },
  noteSave: { zh: '保存记录', en: 'Save note' },
  noteSaved: { zh: '已保存', en: 'Saved' },
  noteDelete: { zh: '删除', en: 'Delete' },
  noteDeleteConfirm: { zh: '删除这条记录？删除后无法恢复。', en: 'Delete this note? This cannot be undone.' },
  noteDue: { zh: '到提醒日期了', en: 'Reminder due' },
  noteMaskHint: {
    zh: '能识别出的身份证号、银行卡号、手机号，在显示和导出时只保留后 4 位。最好不要把完整卡号写进记录。',
    en: 'ID, bank card and phone numbers that can be recognised show only their last 4 digits, here and in exports. Better not to write full card numbers at all.',
  },
  noteTicketShown: { zh: '工单号', en: 'Ticket' },
  noteSaidShown: { zh: '对方说', en: 'They said' },
  noteNextShown: { zh: '下一步', en: 'Next step' },
  noteRemindShown: { zh: '提醒', en: 'Reminder' },
  notesExport: { zh: '导出为文字（复制）', en: 'Export as text (copy)' },
  notesExported: { zh: '已复制，可粘贴给客服或保存', en: 'Copied: paste it to an agent or keep it' },
  notesDamaged: { zh: '有 {n} 条记录已损坏，无法读取，其他记录不受影响。', en: '{n} damaged note(s) could not be read; the others are fine.' },
  notesFull: {
    zh: '手机存储空间已满，这条记录没有保存；已有记录不受影响。请清理空间后再试，填写的内容仍在页面上。',
    en: 'Storage is full, so this note was not saved; existing notes are safe. Free some space and try again; what you typed is still here.',
  },
  notesFixErrors: { zh: '请先修改标红的内容', en: 'Please fix the fields marked in red' },
  notesSaveFailed: {
    zh: '没能保存：手机存储出了问题，这条记录没有保存；已有记录不受影响。填写的内容仍在页面上，请稍后再试。',
    en: 'Could not save: the phone’s storage reported an error, so this note was not saved; existing notes are safe. What you typed is still here; try again later.',
  },
  notesDeleteFailed: {
    zh: '没能删除：手机存储出了问题，这条记录还在。请稍后再试。',
    en: 'Could not delete: the phone’s storage reported an error, so the note is still here. Try again later.',
  },
  notesReadFailed: {
    zh: '有些记录暂时读不出来（手机存储出了问题），没有删除任何内容。请稍后重新打开这一页。',
    en: 'Some notes could not be read just now (a storage error); nothing was deleted. Open this page again later.',
  },
  notesOldPending: {
    zh: '手机存储空间不足，旧版本的 {n} 条记录还没有转存；它们照常显示，不会丢失，有空间后会自动转存。',
    en: '{n} note(s) from the older version are not converted yet because storage is low; they show as usual, are not lost, and are converted once there is space.',
  },
  noteEdit: { zh: '修改', en: 'Edit' },
  notesEditTitle: { zh: '修改这条记录', en: 'Edit this note' },
  noteSaveEdit: { zh: '保存修改', en: 'Save changes' },
  noteCancelEdit: { zh: '取消修改', en: 'Cancel editing' },
  noteUpdated: { zh: '已修改', en: 'Changes saved' },
  // settings
  settings: { zh: '显示设置', en: 'Display settings' },
  careMode: { zh: '长辈模式', en: 'Care mode' },
  careModeHint: { zh: '字更大，按钮更大，路线更简单', en: 'Larger text and buttons, simplest path' },
  language: { zh: 'English', en: '中文' },
  pageHome: { zh: '微信客服导航', en: 'WeChat Help Guide' },
  pageChannels: { zh: '全部官方渠道', en: 'All official channels' },
  pageChannel: { zh: '渠道详情', en: 'Channel' },
  pageFlow: { zh: '分步引导', en: 'Step by step' },
  pageResult: { zh: '推荐渠道', en: 'Recommendation' },
  // plan steps (core/view/plan.ts, pages/result/plan-steps, pages/result/say-card)
  // verify: two questions (issue 11)
  verifyQuestionContact: {
    zh: '你查的是：一个联系方式（号码、网址、邮箱、账号或名称）',
    en: 'You checked: one contact (a number, address, mailbox, account or name)',
  },
  verifyQuestionMessage: { zh: '你查的是：一段消息', en: 'You checked: a message' },
  verifyLimit: { zh: '可以整段粘贴，最多检查前 {max} 个字。', en: 'Paste the whole text: up to the first {max} characters are checked.' },
  verifyTruncated: {
    zh: '这段内容有 {n} 个字，只检查了前 {max} 个字。请把后面的部分另外粘贴，再查一次。',
    en: 'This text has {n} characters; only the first {max} were checked. Paste the rest separately and check again.',
  },
  verdictGovernment: { zh: '是政府部门的号码或网站', en: 'A government number or site' },
  verdictGovernmentBody: {
    zh: '它在本小程序核对过来源的资料里。下面是它管什么、什么时候用。',
    en: 'It is in the data this app checked. Below: what it handles and when to use it.',
  },
  verdictWechat400: { zh: '是微信“关于微信”页面上的客服电话', en: "The customer service number on WeChat's About WeChat screen" },
  verdictWechat400Body: {
    zh: '可信度中等：没有找到腾讯网页上的原文，请在自己手机上核对。',
    en: 'Medium confidence: no Tencent web page was found, so check it on your phone.',
  },
  verdictLookalike: { zh: '很可能是仿冒的', en: 'Very likely a fake' },
  verdictLookalikeBody: { zh: '它看起来像官方的，其实不是。不要拨打、不要点开、不要添加：', en: 'It looks official but is not. Do not call, open or add it:' },
  verdictPersonal: { zh: '不是官方渠道', en: 'Not an official channel' },
  verdictPersonalBody: { zh: '这是个人的号码、邮箱或账号：', en: 'This is a personal number, mailbox or account:' },
  verdictForeign: { zh: '不是中国的官方号码', en: 'Not a Chinese official number' },
  verdictForeignBody: { zh: '境外号码本身不说明是不是诈骗：', en: 'A foreign number by itself does not say whether it is a scam:' },
  verdictScamMessageBody: {
    zh: '这段消息用了骗子常用的手法。不要回复、不要点链接、不要转账，也不要照着做：',
    en: 'This message uses common scam tricks. Do not reply, open links or pay, and do not do what it says:',
  },
  verdictCaution: { zh: '要小心', en: 'Be careful' },
  verdictCautionBody: {
    zh: '没有发现明确的诈骗请求，但这段消息在给你施压。先别照做，用下面的办法自己核实：',
    en: 'No clear scam request was found, but the message puts pressure on you. Do not act on it yet; check it yourself as below:',
  },
  verdict12381: { zh: '像是政府的 12381 反诈预警短信', en: 'This looks like the government 12381 fraud warning' },
  verdict12381Body: {
    zh: '12381 预警短信是真的：收到说明你可能正在被骗。请立刻停止和对方联系、停止转账。真正的 12381 短信不含链接或其他号码，也不用回复。',
    en: 'A 12381 warning is genuine: it means you may be being scammed. Stop contacting the other side and stop paying now. A real 12381 SMS holds no links or other numbers and needs no reply.',
  },
  verdictContainsOfficial: {
    zh: '消息里有官方联系方式，但消息本身无法确认',
    en: 'The message contains an official contact, but the message itself cannot be confirmed',
  },
  verdictContainsOfficialBody: {
    zh: '里面有 {list}。消息可以随便写，写了官方号码不代表是官方发的：请在本小程序里自己拨打或打开。',
    en: 'It contains {list}. A message can say anything, and an official number in it does not make it official: call or open it yourself from this app.',
  },
  verdictUnverifiedBody: {
    zh: '没有发现明确的诈骗特征，但里面的号码、网址或账号不在官方资料里。不要拨打或点开，改用下面的办法核实。',
    en: 'No clear scam signs were found, but the numbers, sites or accounts in it are not in the official data. Do not call or open them; check as below.',
  },
  verdictNoSigns: { zh: '没有发现诈骗特征', en: 'No scam signs found' },
  verdictNoSignsBody: {
    zh: '这不代表一定安全：官方不会向你要验证码、密码或让你转账。拿不准就打 96110 咨询。',
    en: 'That does not make it safe: officials never ask for codes, passwords or transfers. When unsure, call 96110 for advice.',
  },
  verifyContactsTitle: { zh: '消息里的联系方式', en: 'Contacts in the message' },
  kindOfficial: { zh: '官方', en: 'Official' },
  kindGovernment: { zh: '政府部门', en: 'Government' },
  kindOfficialDomain: { zh: '腾讯域名，不在名单里', en: 'Tencent domain, not listed' },
  kindLookalike: { zh: '仿冒', en: 'Fake' },
  kindPersonal: { zh: '个人', en: 'Personal' },
  kindForeign: { zh: '境外号码', en: 'Foreign number' },
  kindUnknown: { zh: '无法确认', en: 'Not confirmed' },
  actCallYourself: { zh: '在本小程序里自己拨打 {number}（{name}）', en: 'Call {number} yourself from this app ({name})' },
  actOpenChannel: { zh: '打开官方渠道：{name}', en: 'Open the official channel: {name}' },
  actCall110: { zh: '钱已被骗走：拨打 110 报警', en: 'Money already lost: call the police on 110' },
  actCall96110: { zh: '拿不准：拨打 96110 反诈专线咨询', en: 'Not sure: call the 96110 anti-fraud line for advice' },
  actCallLine: { zh: '拨打 {number}（{name}）', en: 'Call {number} ({name})' },
  lineHandles: { zh: '管什么', en: 'What it handles' },
  linePrecondition: { zh: '条件', en: 'Conditions' },
  // plan steps (core/view/plan.ts, components/plan-steps, components/say-card)
  planInOrder: { zh: '按顺序做', en: 'Do these in order' },
  planInstead: { zh: '或者', en: 'Or instead' },
  stepSelf: { zh: '先自己试试', en: 'Try this yourself first' },
  stepContact: { zh: '联系', en: 'Contact' },
  stepEscalate: { zh: '如果还没结果', en: 'If nothing happens' },
  stepAfter: { zh: '什么时候做', en: 'When' },
  stepPath: { zh: '路径', en: 'Where' },
  stepPathVersion: { zh: '不同版本的微信，菜单名称和位置可能略有不同', en: 'Menus may differ between WeChat versions' },
  stepWho: { zh: '找谁', en: 'Who' },
  stepHuman: { zh: '找人工', en: 'Reach a person' },
  userExperience: { zh: '用户经验', en: 'Users’ experience' },
  stepSource: { zh: '来源', en: 'Source' },
  sayTitle: { zh: '可以这样说', en: 'You could say' },
  sayCopy: { zh: '复制这段话', en: 'Copy this text' },
  sayCopied: { zh: '已复制，可以粘贴给客服', en: 'Copied: paste it to the agent' },
  sayFill: { zh: '填写空白处', en: 'Fill in the blanks' },
  sayFillDone: { zh: '收起', en: 'Done' },
  sayMaskNote: {
    zh: '屏幕上的号码只显示后 4 位；复制的文字保留你填写的完整内容，方便对方核对。不要填写密码或验证码。',
    en: 'Numbers show only their last 4 digits on screen; the copied text keeps what you typed, so they can check it. Never type passwords or codes.',
  },
  sayBlankTime: { zh: '时间', en: 'time' },
  sayBlankAmount: { zh: '金额', en: 'amount' },
  sayBlankPayee: { zh: '收款方', en: 'payee' },
  sayBlankTxn: { zh: '交易单号', en: 'transaction ID' },
  sayBlankMerchant: { zh: '商家', en: 'merchant' },
  sayBlankAccount: { zh: '微信号', en: 'WeChat ID' },
  sayBlankWhat: { zh: '发生了什么', en: 'what happened' },
  sayBlankTicket: { zh: '工单号', en: 'ticket number' },
  copyAppName: { zh: '复制 App 名', en: 'Copy app name' },
  // decision: reasons and warnings (data filled in by view/reasons.ts)
  reasonTextOnlyMoved: {
    zh: '你选择了只打字：「{from}」要打电话，所以先用「{to}」；电话渠道排在最后，可以请家人朋友代打。',
    en: 'You chose text only: {from} is a phone line, so start with {to}; phone lines are listed last, and someone you trust can call for you.',
  },
  reasonTextOnlyLast: {
    zh: '你选择了只打字：电话渠道排到了最后，可以请家人朋友代打。',
    en: 'You chose text only: phone lines are listed last; someone you trust can call for you.',
  },
  reasonSimpleOnlyOne: {
    zh: '你希望越简单越好：这件事只能在「{channel}」办理，下面的步骤已尽量写得简单。',
    en: 'You asked for the simplest path: only {channel} can do this, so the steps below keep it as simple as possible.',
  },
  reasonSimpleMoved: {
    zh: '你希望越简单越好：先用步骤最少的「{to}」。',
    en: 'You asked for the simplest path: start with {to}, which takes the fewest steps.',
  },
  reasonAbroadStopLoss: {
    zh: '你在境外：境内号码（如 95017）通常拨不通。先用在境外也能用的「{first}」止损，之后再用国际渠道继续处理。',
    en: 'You are abroad: mainland numbers such as 95017 usually cannot be dialled. Stop the loss first with {first}, which works abroad, then use the international route.',
  },
  reasonAbroadEssential: {
    zh: '你在境外：这件事只能在「{first}」办理，它在境外也能用；面向海外用户的渠道可以作为补充。',
    en: 'You are abroad: only {first} can do this, and it works abroad; the international route can help as well.',
  },
  reasonAbroadSecond: {
    zh: '你在境外：先用面向海外用户的渠道；「{channel}」在境外也能用，排在第二。',
    en: 'You are abroad: the international route comes first; {channel} works abroad too and comes second.',
  },
  reasonAbroadPhone: {
    zh: '你在境外：「{from}」是境内号码，在境外通常拨不通，所以先用面向海外用户的渠道。',
    en: 'You are abroad: {from} is a mainland number that usually cannot be dialled from abroad, so the international route comes first.',
  },
  reasonAbroadUnavailable: {
    zh: '你在境外：「{from}」在境外用不了，所以先用面向海外用户的渠道。',
    en: 'You are abroad: {from} is not available abroad, so the international route comes first.',
  },
  reasonClosedMoved: {
    zh: '「{from}」现在不在服务时间，先用现在就能用的「{to}」，{from}开门后也可以再联系。',
    en: '{from} is closed right now, so start with {to}, which is available now; you can still contact {from} when it opens.',
  },
  warnSafety: {
    zh: '官方客服绝不会向你索要密码、验证码，不会要求屏幕共享，也不会让你转账。遇到这样要求的“客服”就是骗子。',
    en: 'Real WeChat staff never ask for your password or verification code, never ask you to share your screen, and never ask you to transfer money. Anyone who does is a scammer.',
  },
  warnPoliceCall: {
    zh: '已经被骗走钱时，请立即拨打 110 报警，并保留聊天和转账记录。',
    en: 'If money was taken, call the police on 110 now and keep the chat and transfer records.',
  },
  warnPoliceSomeone: {
    zh: '已经被骗走钱时，请尽快报警（可以请家人朋友代打 110），并保留聊天和转账记录。',
    en: 'If money was taken, report it to the police now (someone you trust can call 110 for you) and keep the chat and transfer records.',
  },
  warnPoliceAbroad: {
    zh: '已经被骗走钱时，请立即向当地警方报案，并保留聊天和转账记录；国内的 110 在境外拨不通。',
    en: 'If money was taken, report it to the local police now and keep the chat and transfer records; China’s 110 cannot be dialled from abroad.',
  },
  warnFakeNumbers: {
    zh: '搜索引擎里的“微信客服电话”很多是假的。只拨打本小程序标注为“官方”的号码。',
    en: 'Many "WeChat customer service numbers" in search results are fake. Only call numbers marked official here.',
  },
  warnClosed: { zh: '「{channel}」现在不在服务时间，请在开放后联系。', en: '{channel} is closed right now; contact it when it opens.' },
  warnPeak: {
    zh: '现在是{peak}的高峰期，电话客服可能要等很久（有报道排队约 47 分钟）。尽量避开早晚高峰再打；等不及可以先用下面的打字渠道留言。',
    en: 'It is the {peak} peak: phone queues can be long (waits of about 47 minutes have been reported). Call outside busy hours if you can; if you cannot wait, write to one of the text channels below first.',
  },
  hoursOf: { zh: '服务时间：{hours}', en: 'Hours: {hours}' },
  hoursNotConfirmed: { zh: '服务时间未确认', en: 'Hours not confirmed' },
  typicalHoursMark: { zh: '（典型时间）', en: ' (typical hours)' },
  stepCallLeftOut: {
    zh: '你选择了只打字：要打电话的「{who}」已略去，请用下面打字的渠道；需要时可以请家人朋友代打。',
    en: 'You chose text only: the call to {who} is left out, so use the text routes below; someone you trust can call for you if needed.',
  },
  stepKeptTextOnly: {
    zh: '「{who}」要打电话，但被骗后止损要紧，仍然保留：可以请家人朋友代打。',
    en: 'Calling {who} needs a voice call, but stopping the loss matters most, so it stays: someone you trust can call for you.',
  },
  stepKeptSituation: {
    zh: '不论你怎么回答，「{who}」这一步都保留：被骗后要尽快报警和止付。',
    en: 'Whatever you answered, the step with {who} stays: after a scam, report it and stop the payment as soon as you can.',
  },
  stepAbroadMoved: {
    zh: '你在境外：「{who}」在境外通常用不了，排到了最后。',
    en: 'You are abroad: {who} usually cannot be used from abroad, so it is listed last.',
  },
  notConfirmedNoSource: { zh: '未确认（没有找到可靠来源）', en: 'Not confirmed (no reliable source found)' },
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
