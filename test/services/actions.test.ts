import { runAction } from '../../miniprogram/services/actions';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

describe('runAction', () => {
  it('opens a mini program by appId, and says so when it cannot', async () => {
    const nav = jest
      .spyOn(wx, 'navigateToMiniProgram')
      .mockImplementation(((o: { fail?: (e: unknown) => void }) => o.fail?.({ errMsg: 'navigateToMiniProgram:fail' })) as never);
    await expect(runAction({ type: 'open-mp', value: 'wx0123456789abcdef', done: '' }, 'zh')).resolves.toBe(false);
    expect(nav).toHaveBeenCalledWith(expect.objectContaining({ appId: 'wx0123456789abcdef' }));
    expect(wxs().showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '没能打开，请在微信里搜索它的名字' }));
  });
  it('copies with the given hint', async () => {
    jest.spyOn(wx, 'setClipboardData').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    await expect(runAction({ type: 'copy', value: '腾讯客服', done: '已复制，在微信顶部搜索框粘贴即可找到' }, 'zh')).resolves.toBe(true);
    expect(wxs().showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制，在微信顶部搜索框粘贴即可找到' }));
  });
  it('a failed call says so in English too', async () => {
    jest.spyOn(wx, 'makePhoneCall').mockImplementation(((o: { fail?: (e: unknown) => void }) => o.fail?.({ errMsg: 'makePhoneCall:fail' })) as never);
    await expect(runAction({ type: 'call', value: '95017', done: '' }, 'en')).resolves.toBe('failed');
    expect(wxs().showToast).toHaveBeenCalledWith(expect.objectContaining({ title: 'Could not call. Please dial by hand' }));
  });
});
