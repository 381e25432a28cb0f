import { CHANNEL_BY_ID } from '../../../miniprogram/core/data/channels';
import { channelActions } from '../../../miniprogram/core/view/card';
import { channelDetail } from '../../../miniprogram/core/view/channel';
import { resultView } from '../../../miniprogram/core/view/result';

const NOON = Date.UTC(2026, 10, 25, 4); // 12:00 Beijing

describe('the freeze card and 95017', () => {
  const freeze = CHANNEL_BY_ID['emergency-freeze'];

  it('offers 95017 only as a secondary action that says it freezes WeChat Pay', () => {
    const actions = channelActions(freeze, 'zh', 'mainland', 'any');
    const call = actions.find((a) => a.type === 'call');
    expect(call).toEqual(expect.objectContaining({ label: '冻结微信支付：拨打 95017', value: '95017', primary: false }));
    expect(actions.some((a) => a.primary && a.type === 'call')).toBe(false);
    expect(channelActions(freeze, 'en', 'mainland').find((a) => a.type === 'call')?.label).toBe('Freeze WeChat Pay: call 95017');
  });

  it('leaves the call out for text-only and abroad', () => {
    expect(channelActions(freeze, 'zh', 'mainland', 'text').some((a) => a.type === 'call')).toBe(false);
    expect(channelActions(freeze, 'zh', 'overseas', 'any').some((a) => a.type === 'call')).toBe(false);
  });

  it('the pay hotline keeps its call as the main button', () => {
    const actions = channelActions(CHANNEL_BY_ID['pay-hotline'], 'zh', 'mainland', 'any');
    expect(actions[0]).toEqual(expect.objectContaining({ type: 'call', label: '拨打 95017', primary: true }));
  });

  it('the detail page names what the number does and marks it official', () => {
    const view = channelDetail('emergency-freeze', NOON, 'zh');
    expect(view.contacts).toContainEqual({ label: '电话', value: '95017（冻结微信支付） · 服务时间未确认', badge: '官方' });
    expect(view.official).toBe(true);
  });

  it('a stolen account’s result leads with the in-app freeze, not a phone call', () => {
    const view = resultView({ problem: 'stolen', detail: 'unsure', urgent: 'yes', region: 'mainland', need: 'text' }, NOON, 'zh')!;
    expect(view.primary.id).toBe('emergency-freeze');
    expect(view.primary.actions.some((a) => a.type === 'call')).toBe(false);
  });
});

describe('channel sources', () => {
  it('list each source once, naming every fact it backs', () => {
    for (const id of Object.keys(CHANNEL_BY_ID) as Array<keyof typeof CHANNEL_BY_ID>) {
      const titles = channelDetail(id, NOON, 'zh').sources.map((s) => s.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
    const freeze = channelDetail('emergency-freeze', NOON, 'zh').sources;
    const repost = freeze.find((s) => s.url.includes('chaogb.com'))!;
    expect(repost.label).toBe('怎么联系、电话');
  });
});

describe('a primary channel whose steps are not confirmed', () => {
  it('shows the 未确认 note with the usual path instead of an empty step list', () => {
    const view = resultView({ problem: 'howto', detail: 'unsure', region: 'mainland', need: 'any' }, Date.UTC(2026, 10, 25, 2), 'zh');
    expect(view?.primary.id).toBe('smart-assistant');
    expect(view?.steps).toEqual([expect.stringMatching(/^未确认（.*我 → 设置 → 帮助与反馈/)]);
  });
});
