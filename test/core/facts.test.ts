import { CHANNEL_BY_ID } from '../../miniprogram/core/data/channels';
import { hoursAreChannels, numberHours } from '../../miniprogram/core/facts';
import { channelDetail } from '../../miniprogram/core/view/channel';
import { numberHoursNote } from '../../miniprogram/core/view/facts';

const poster = require('../../scripts/poster/poster.js') as {
  channelContent(id: string, lang: 'zh' | 'en'): { facts: Array<{ value: string; notes?: Array<{ text: string }> }> };
};

describe('one model of a number’s hours, for the app and the poster', () => {
  it('95017 on the freeze card has the pay hotline’s hours (not confirmed), never the card’s 24 hours', () => {
    const freeze = CHANNEL_BY_ID['emergency-freeze'];
    expect(freeze.hours.known && freeze.hours.value.kind).toBe('always');
    expect(numberHours(freeze, 'phone')).toBe(CHANNEL_BY_ID['pay-hotline'].hours);
    expect(numberHoursNote(freeze, 'phone', 'zh')).toBe('服务时间未确认');
    expect(hoursAreChannels(freeze, 'phone')).toBe(false);
  });
  it('the pay hotline’s own number has the channel’s hours; its number from abroad has its own (weekdays 9:00–18:00 Beijing)', () => {
    const pay = CHANNEL_BY_ID['pay-hotline'];
    expect(hoursAreChannels(pay, 'phone')).toBe(true);
    const abroad = numberHours(pay, 'phoneAbroad');
    expect(abroad && abroad.known && abroad.source).toBe('pay-global');
    expect(numberHoursNote(pay, 'phoneAbroad', 'zh')).toBe('服务时间：周一至周五 09:00–18:00（北京时间）');
    expect(numberHours(CHANNEL_BY_ID['smart-assistant'], 'phone')).toBeNull();
  });
  it.each(['zh', 'en'] as const)('the channel page and the poster print the same hours under 95017 on the freeze card (%s)', (lang) => {
    const note = numberHoursNote(CHANNEL_BY_ID['emergency-freeze'], 'phone', lang) as string;
    const app = channelDetail('emergency-freeze', Date.UTC(2026, 10, 25, 4), lang).contacts.find((c) => c.value.startsWith('95017'));
    expect(app?.value).toContain(note);
    const printed = poster.channelContent('emergency-freeze', lang).facts.find((f) => f.value.indexOf('95017') >= 0);
    expect(printed?.notes?.map((n) => n.text)).toContain(note);
  });
});
