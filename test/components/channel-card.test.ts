import { channelCard } from '../../miniprogram/core/view/card';
import { render, sleep, text } from '../helpers/simulate';

const NOON = Date.UTC(2026, 10, 25, 4);

describe('channel-card', () => {
  it('shows the name, official badge, status, wait and difficulty', () => {
    const card = render('components/channel-card/index', { card: channelCard('pay-hotline', NOON, 'zh'), lang: 'zh' });
    const shown = text(card);
    expect(shown).toContain('微信支付客服热线 95017');
    expect(shown).toContain('官方');
    expect(shown).toContain('服务时间未确认');
    expect(shown).toContain('47 分钟');
    // Difficulty in words, never as a star rating.
    expect(shown).toContain('难度：容易');
    expect(shown).not.toMatch(/[★☆]/);
    expect(shown).toContain('拨打 95017');
  });

  it('calls the number when the call action is tapped', async () => {
    const spy = jest.spyOn(wx, 'makePhoneCall').mockImplementation((opts) => {
      (opts as { success?: () => void }).success?.();
      return undefined as never;
    });
    const card = render('components/channel-card/index', { card: channelCard('pay-hotline', NOON, 'zh'), lang: 'zh' });
    card.querySelector('#action-0')!.dispatchEvent('click');
    await sleep(0);
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '95017' }));
    spy.mockRestore();
  });
});
