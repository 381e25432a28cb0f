import { CHANNELS } from '../../miniprogram/core/data/channels';
import { useBeijingClock } from '../helpers/clock';
import { openPage } from '../helpers/page';
import { sleep, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

describe('channels page', () => {
  it('shows a loading state before it has data', () => {
    expect(openPage('channels', null).text()).toContain('加载中');
  });

  it('shows every channel as a card with its status and actions', () => {
    const shown = openPage('channels').text();
    for (const c of CHANNELS) expect(shown).toContain(c.name.zh);
    expect(shown).toContain('拨打 95017');
    expect(shown).toContain('复制网址');
    expect(shown).not.toContain('加载中');
  });

  it('the WeChat Pay card says the cross-border caveat under its abroad button, and no other card has one', () => {
    const page = openPage('channels');
    const notes = page.$('#card-pay-hotline').querySelectorAll('.card__note');
    expect(notes.map((n) => text(n))).toEqual([expect.stringContaining('WeChat Pay Global（面向跨境商户）')]);
    for (const c of CHANNELS.filter((x) => x.id !== 'pay-hotline'))
      expect([c.id, page.$(`#card-${c.id}`).querySelectorAll('.card__note').length]).toEqual([c.id, 0]);
  });

  it('copies an official account name with a hint', async () => {
    const copy = jest.spyOn(wx, 'setClipboardData').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    const page = openPage('channels');
    page.$('#card-official-accounts').querySelector('#action-0')!.dispatchEvent('click');
    await sleep(0);
    expect(copy).toHaveBeenCalledWith(expect.objectContaining({ data: '腾讯客服' }));
    expect(wxs().showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制，在微信顶部搜索框粘贴即可找到' }));
    copy.mockRestore();
  });

  it('a failed copy says so instead of crashing', async () => {
    const copy = jest
      .spyOn(wx, 'setClipboardData')
      .mockImplementation(((o: { fail?: (e: unknown) => void }) => o.fail?.({ errMsg: 'setClipboardData:fail' })) as never);
    const page = openPage('channels');
    const modal = jest.spyOn(wx, 'showModal').mockImplementation((() => undefined) as never);
    page.$('#card-kf-web').querySelector('#action-0')!.dispatchEvent('click');
    await sleep(0);
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '没能复制，请手动记下或长按复制', content: 'https://kf.qq.com/' }));
    copy.mockRestore();
    modal.mockRestore();
  });

  it('a cancelled call gets its own toast', async () => {
    const callSpy = jest
      .spyOn(wx, 'makePhoneCall')
      .mockImplementation(((o: { fail?: (e: unknown) => void }) => o.fail?.({ errMsg: 'makePhoneCall:fail cancel' })) as never);
    const page = openPage('channels');
    page.$('#card-pay-hotline').querySelector('#action-0')!.dispatchEvent('click');
    await sleep(0);
    expect(callSpy).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '95017' }));
    expect(wxs().showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已取消拨打' }));
    callSpy.mockRestore();
  });

  it('details opens the channel page', async () => {
    const page = openPage('channels');
    page.$('#card-tencent-110').querySelector('#detail')!.dispatchEvent('click');
    await sleep(0);
    expect(wxs().lastUrl()).toBe('/pages/channel/index?v=1&id=tencent-110');
  });
});

describe('channels page coming back into view', () => {
  const clock = useBeijingClock();

  it('updates only the cards whose status moved', () => {
    clock.at(10);
    const page = openPage('channels');
    const setData = jest.spyOn(page.instance, 'setData');
    page.show();
    expect(setData).not.toHaveBeenCalled();
    clock.at(3);
    page.show();
    expect(setData).toHaveBeenCalledTimes(1);
    const keys = Object.keys(setData.mock.calls[0]![0] as Record<string, unknown>);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => /^cards\[\d+\]\./.test(k))).toBe(true);
    expect(text(page.querySelector('#card-official-accounts')!)).toContain('已休息');
  });
});

describe('channels that do not exist', () => {
  it('come last and show no hours, wait or difficulty', () => {
    const page = openPage('channels');
    const ids = (page.data.cards as Array<{ id: string }>).map((c) => c.id);
    expect(ids.slice(-1)).toEqual(['offline-points']);
    const offline = text(page.querySelector('#card-offline-points')!);
    expect(offline).toContain('没有找到');
    expect(offline).not.toMatch(/难度|等待|服务时间/);
    // the phone card now lists 400 670 0700 (WeChat's About screen) and is an ordinary card
    expect(ids.indexOf('phone')).toBeLessThan(ids.length - 1);
    expect(text(page.querySelector('#card-phone')!)).toContain('400 670 0700');
    expect(text(page.querySelector('#card-pay-hotline')!)).toContain('难度');
  });
});
