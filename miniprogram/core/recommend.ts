/**
 * The recommendation: which channel first, which next, and why. Small pure
 * rules applied in a fixed order to a per-problem plan, each adding a reason.
 */
import { CHANNEL_BY_ID } from './data/channels';
import { peakAt, PeakWindow } from './data/peaks';
import { problemById } from './data/problems';
import { canonicalAnswers, nextQuestion } from './flow';
import { channelStatus, ChannelStatus } from './hours';
import { Answers, Channel, ChannelId, Material, ProblemId, Step, Text } from './types';

export interface Plan {
  /** Channels in order of preference when money or the account is at risk now. */
  urgent: readonly ChannelId[];
  /** … and otherwise. */
  normal: readonly ChannelId[];
  /** Why the first channel fits this problem. */
  why: Text;
  /** Only the first channel can do this job, so "simplest path" must not replace it. */
  essential?: boolean;
  /**
   * Steps this problem needs whichever channel comes first, added after that
   * channel's own steps (not when `unless` is first: its steps already say it).
   */
  also?: { steps: readonly Step[]; unless: ChannelId };
}

/** Reporting the scammer's account, in the words of the Tencent 110 card (same source). */
const REPORT_SCAMMER: Step = {
  zh: '另外举报骗子的账号：在对方聊天页点右上角“…”，选择“投诉”，附上截图',
  en: 'Also report the scammer’s account: in the chat, tap "…" at the top right, choose "Complain" and attach screenshots',
};

export const PLANS: Readonly<Record<ProblemId, Plan>> = {
  payment: {
    urgent: ['pay-hotline', 'emergency-freeze', 'smart-assistant', 'kf-miniprogram', 'official-accounts'],
    normal: ['pay-hotline', 'smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    why: {
      zh: '支付和转账问题由微信支付客服处理，准备好交易截图和交易单号最快。',
      en: 'WeChat Pay customer service handles payments and transfers; have the transaction screenshot and ID ready.',
    },
  },
  fraud: {
    urgent: ['pay-hotline', 'emergency-freeze', 'tencent-110', 'smart-assistant'],
    normal: ['tencent-110', 'pay-hotline', 'smart-assistant', 'kf-miniprogram'],
    why: {
      zh: '被骗后先止损：尽快联系微信支付客服说明情况，同时向腾讯110举报对方账号，并报警。',
      en: 'After a scam, stop the loss: contact WeChat Pay, report the account to Tencent 110, and call the police.',
    },
    also: { steps: [REPORT_SCAMMER], unless: 'tencent-110' },
  },
  stolen: {
    urgent: ['emergency-freeze', 'security-center', 'smart-assistant', 'kf-web'],
    normal: ['emergency-freeze', 'security-center', 'smart-assistant', 'kf-web'],
    why: {
      zh: '账号被盗要先冻结，阻止对方继续用你的号借钱或转账；冻结后再通过安全中心申诉找回。',
      en: 'Freeze a stolen account first so nobody can use it to borrow or move money; then appeal through the Security Center.',
    },
  },
  // Blocked or locked out: the fallbacks that work without signing in to WeChat (the website) come first.
  banned: {
    urgent: ['security-center', 'kf-web', 'official-accounts', 'smart-assistant'],
    normal: ['security-center', 'kf-web', 'official-accounts', 'smart-assistant'],
    essential: true,
    why: {
      zh: '封号和限制的解封、申诉都在微信安全中心办理，需要本人身份证明。',
      en: 'Unblocking and appeals go through the WeChat Security Center and need proof of identity.',
    },
  },
  login: {
    urgent: ['emergency-freeze', 'security-center', 'kf-web', 'smart-assistant', 'official-accounts'],
    normal: ['security-center', 'kf-web', 'smart-assistant', 'official-accounts'],
    essential: true,
    why: {
      zh: '找回账号、换绑手机走微信安全中心，需要本人身份证明；若怀疑有人在用你的号，先冻结。',
      en: 'Account recovery goes through the WeChat Security Center with proof of identity; if someone else may be using it, freeze it first.',
    },
  },
  howto: {
    urgent: ['smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    normal: ['smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    why: {
      zh: '功能使用问题，微信里的“帮助与反馈”能直接搜到答案，不用排队。',
      en: 'For how-to questions, Help & Feedback inside WeChat answers directly, with no queue.',
    },
  },
  report: {
    urgent: ['tencent-110', 'smart-assistant', 'official-accounts'],
    normal: ['tencent-110', 'smart-assistant', 'official-accounts'],
    why: {
      zh: '骚扰、广告和诈骗账号由腾讯110受理举报，附上证据截图处理更快。',
      en: 'Tencent 110 takes reports of harassment, ads and fraud; evidence screenshots speed things up.',
    },
  },
  other: {
    urgent: ['smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    normal: ['smart-assistant', 'official-accounts', 'kf-miniprogram', 'kf-web'],
    why: {
      zh: '不确定属于哪类时，先在“帮助与反馈”里描述问题，智能助手会引导你到对应的人工入口。',
      en: 'When unsure, describe the problem in Help & Feedback; the assistant points you to the right human service.',
    },
  },
};

export interface MaterialItem {
  /** Stable within one result, used as the checklist key on the device. */
  id: string;
  text: Text;
}

export interface Recommendation {
  answers: Answers;
  primary: ChannelId;
  fallbacks: ChannelId[];
  reasons: Text[];
  /** Typical wait and resolution time of the primary channel (or "not confirmed"). */
  wait: Text;
  resolution: Text;
  /** Whether the figures above are typical (seed) rather than measured or promised. */
  figuresTypical: boolean;
  materials: MaterialItem[];
  steps: Text[];
  warnings: Text[];
  status: ChannelStatus;
  peak: PeakWindow | null;
}

export const SAFETY_WARNING: Text = {
  zh: '官方客服绝不会向你索要密码、验证码，不会要求屏幕共享，也不会让你转账。遇到这样要求的“客服”就是骗子。',
  en: 'Real WeChat staff never ask for your password or verification code, never ask you to share your screen, and never ask you to transfer money. Anyone who does is a scammer.',
};

const POLICE_WARNING: Text = {
  zh: '已经被骗走钱时，请立即拨打 110 报警，并保留聊天和转账记录。',
  en: 'If money was taken, call the police on 110 now and keep the chat and transfer records.',
};

const POLICE_WARNING_TEXT_ONLY: Text = {
  zh: '已经被骗走钱时，请尽快报警（可以请家人朋友代打 110），并保留聊天和转账记录。',
  en: 'If money was taken, report it to the police now (someone you trust can call 110 for you) and keep the chat and transfer records.',
};

const POLICE_WARNING_ABROAD: Text = {
  zh: '已经被骗走钱时，请立即向当地警方报案，并保留聊天和转账记录；国内的 110 在境外拨不通。',
  en: 'If money was taken, report it to the local police now and keep the chat and transfer records; China’s 110 cannot be dialled from abroad.',
};

const FAKE_NUMBER_WARNING: Text = {
  zh: '搜索引擎里的“微信客服电话”很多是假的。只拨打本小程序标注为“官方”的号码。',
  en: 'Many "WeChat customer service numbers" in search results are fake. Only call numbers marked official here.',
};

const NOT_CONFIRMED: Text = { zh: '未确认（没有找到可靠来源）', en: 'Not confirmed (no reliable source found)' };

function channel(id: ChannelId): Channel {
  return CHANNEL_BY_ID[id];
}

function moveToFront(list: ChannelId[], id: ChannelId): ChannelId[] {
  return [id, ...list.filter((c) => c !== id)];
}

function statusOpen(id: ChannelId, now: number): boolean {
  const state = channelStatus(channel(id), now).state;
  return state === 'open' || state === 'always';
}

/**
 * Rules over the ordered list of channel ids, applied in this order: text
 * only, simplest path, abroad, closed now. Each rule that changes the order
 * says why.
 */
export function rankChannels(answers: Answers, now: number): { order: ChannelId[]; reasons: Text[] } {
  const problem = answers.problem ?? 'other';
  const plan = PLANS[problem];
  const urgent = answers.urgent === 'yes' || problemById(problem).urgency === 'always';
  let order = [...(urgent ? plan.urgent : plan.normal)];
  const reasons: Text[] = [plan.why];
  // Safety first: freezing a stolen or at-risk account is never displaced.
  const locked = order[0] === 'emergency-freeze';

  if (answers.need === 'text') {
    const voice = order.filter((id) => channel(id).voiceOnly);
    if (voice.length) {
      const before = order[0];
      order = [...order.filter((id) => !channel(id).voiceOnly), ...voice];
      reasons.push(
        before !== order[0]
          ? {
              zh: `你选择了只打字：「${channel(before).name.zh}」要打电话，所以先用「${channel(order[0]).name.zh}」；电话渠道排在最后，可以请家人朋友代打。`,
              en: `You chose text only: ${channel(before).name.en} is a phone line, so start with ${channel(order[0]).name.en}; phone lines are listed last, and someone you trust can call for you.`,
            }
          : {
              zh: '你选择了只打字：电话渠道排到了最后，可以请家人朋友代打。',
              en: 'You chose text only: phone lines are listed last; someone you trust can call for you.',
            },
      );
    }
  }

  // When money or an account is at risk now, the stop-loss order stays as it is;
  // and where only one channel can do the job, the simplest path is that channel.
  if (answers.need === 'simple' && !urgent && plan.essential) {
    reasons.push({
      zh: `你希望越简单越好：这件事只能在「${channel(order[0]).name.zh}」办理，下面的步骤已尽量写得简单。`,
      en: `You asked for the simplest path: only ${channel(order[0]).name.en} can do this, so the steps below keep it as simple as possible.`,
    });
  } else if (answers.need === 'simple' && !urgent) {
    const rest = order.slice();
    const easiest = rest.reduce((best, id) => {
      const d = channel(id).difficulty;
      const b = channel(best).difficulty;
      const dv = d.known ? d.value : 6;
      const bv = b.known ? b.value : 6;
      return dv < bv ? id : best;
    }, rest[0]);
    if (easiest !== order[0]) {
      order = moveToFront(order, easiest);
      reasons.push({
        zh: `你希望越简单越好：先用步骤最少的「${channel(easiest).name.zh}」。`,
        en: `You asked for the simplest path: start with ${channel(easiest).name.en}, which takes the fewest steps.`,
      });
    }
  }

  if (answers.region === 'overseas') {
    const plannedFirst = order[0];
    const abroad = order.filter((id) => channel(id).worksAbroad);
    const notAbroad = order.filter((id) => !channel(id).worksAbroad);
    order = [...abroad, ...notAbroad];
    if (order.indexOf('international') < 0) order.push('international');
    if (locked || urgent) {
      // Money or an account at risk: stop the loss first with what works abroad, then the international route.
      const first = order.find((id) => channel(id).worksAbroad && id !== 'international') ?? 'international';
      order = [first, 'international', ...order.filter((id) => id !== first && id !== 'international')];
      reasons.push({
        zh: `你在境外：境内号码（如 95017）通常拨不通。先用在境外也能用的「${channel(first).name.zh}」止损，之后再用国际渠道继续处理。`,
        en: `You are abroad: mainland numbers such as 95017 usually cannot be dialled. Stop the loss first with ${channel(first).name.en}, which works abroad, then use the international route.`,
      });
    } else if (plan.essential && channel(order[0]).worksAbroad) {
      // Only this channel can do the job, and it works abroad: keep it, with the international route next.
      const first = order[0];
      order = [first, 'international', ...order.filter((id) => id !== first && id !== 'international')];
      reasons.push({
        zh: `你在境外：这件事只能在「${channel(first).name.zh}」办理，它在境外也能用；面向海外用户的渠道可以作为补充。`,
        en: `You are abroad: only ${channel(first).name.en} can do this, and it works abroad; the international route can help as well.`,
      });
    } else if (channel(plannedFirst).worksAbroad) {
      // The international route first, and the channel this problem would use at home right after it: it works abroad too.
      order = ['international', plannedFirst, ...order.filter((id) => id !== plannedFirst && id !== 'international')];
      reasons.push({
        zh: `你在境外：先用面向海外用户的渠道；「${channel(plannedFirst).name.zh}」在境外也能用，排在第二。`,
        en: `You are abroad: the international route comes first; ${channel(plannedFirst).name.en} works abroad too and comes second.`,
      });
    } else {
      order = moveToFront(order, 'international');
      reasons.push(
        channel(plannedFirst).kind === 'phone'
          ? {
              zh: `你在境外：「${channel(plannedFirst).name.zh}」是境内号码，在境外通常拨不通，所以先用面向海外用户的渠道。`,
              en: `You are abroad: ${channel(plannedFirst).name.en} is a mainland number that usually cannot be dialled from abroad, so the international route comes first.`,
            }
          : {
              zh: `你在境外：「${channel(plannedFirst).name.zh}」在境外用不了，所以先用面向海外用户的渠道。`,
              en: `You are abroad: ${channel(plannedFirst).name.en} is not available abroad, so the international route comes first.`,
            },
      );
    }
  }

  if (!statusOpen(order[0], now) && channelStatus(channel(order[0]), now).state === 'closed') {
    const open = order.find((id) => statusOpen(id, now) && !(answers.need === 'text' && channel(id).voiceOnly));
    if (open) {
      const closed = order[0];
      order = moveToFront(order, open);
      reasons.push({
        zh: `「${channel(closed).name.zh}」现在不在服务时间，先用现在就能用的「${channel(open).name.zh}」，${channel(closed).name.zh}开门后也可以再联系。`,
        en: `${channel(closed).name.en} is closed right now, so start with ${channel(open).name.en}, which is available now; you can still contact ${channel(closed).name.en} when it opens.`,
      });
    }
  }

  return { order, reasons };
}

function factText(fact: Channel['wait']): Text {
  return fact.known ? fact.value : NOT_CONFIRMED;
}

function materialsFor(answers: Answers, primary: Channel): MaterialItem[] {
  const problem = problemById(answers.problem ?? 'other');
  const seen = new Set<string>();
  const items: MaterialItem[] = [];
  // The problem's own list comes first; a channel item that asks for the same thing in other words is left out.
  const add = (list: readonly Material[]): void => {
    for (const item of list) {
      const key = item.key ?? item.zh;
      if (seen.has(key) || seen.has(item.zh)) continue;
      seen.add(key);
      seen.add(item.zh);
      items.push({ id: `m${items.length}`, text: { zh: item.zh, en: item.en } });
    }
  };
  if (problem.materials.known) add(problem.materials.value);
  if (primary.materials.known) add(primary.materials.value);
  return items;
}

/**
 * The recommendation for complete answers at `now` (epoch ms). Returns null
 * when a question is still unanswered.
 */
export function recommend(input: Answers, now: number): Recommendation | null {
  const answers = canonicalAnswers(input);
  if (nextQuestion(answers) !== null) return null;
  const { order, reasons } = rankChannels(answers, now);
  const primary = channel(order[0]);
  const plan = PLANS[answers.problem ?? 'other'];
  const warnings: Text[] = [SAFETY_WARNING];
  if (answers.problem === 'fraud' || answers.problem === 'payment') warnings.push(answers.region === 'overseas' ? POLICE_WARNING_ABROAD : answers.need === 'text' ? POLICE_WARNING_TEXT_ONLY : POLICE_WARNING);
  warnings.push(FAKE_NUMBER_WARNING);
  const status = channelStatus(primary, now);
  if (status.state === 'closed') {
    warnings.push({
      zh: `「${primary.name.zh}」现在不在服务时间，请在开放后联系。`,
      en: `${primary.name.en} is closed right now; contact it when it opens.`,
    });
  }
  const peak = peakAt(now);
  if (peak) {
    warnings.push({
      zh: `现在是${peak.name.zh}的高峰期，电话客服可能要等很久（有报道排队约 47 分钟）。尽量避开早晚高峰再打；等不及可以先用下面的打字渠道留言。`,
      en: `It is the ${peak.name.en} peak: phone queues can be long (waits of about 47 minutes have been reported). Call outside busy hours if you can; if you cannot wait, write to one of the text channels below first.`,
    });
  }
  return {
    answers,
    primary: primary.id,
    fallbacks: order.slice(1),
    reasons,
    wait: factText(primary.wait),
    resolution: factText(primary.resolution),
    figuresTypical: (primary.wait.known && primary.wait.typical === true) || (primary.resolution.known && primary.resolution.typical === true),
    materials: materialsFor(answers, primary),
    // A step that is a phone call does not help someone who cannot phone, or who is abroad.
    steps: [
      ...(primary.steps.known ? primary.steps.value : []),
      ...(plan.also && plan.also.unless !== primary.id ? plan.also.steps : []),
    ]
      .filter((s) => !(s.call && (answers.need === 'text' || answers.region === 'overseas')))
      .map((s) => ({ zh: s.zh, en: s.en })),
    warnings,
    status,
    peak,
  };
}
