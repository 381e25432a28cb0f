import { buildQrUrl, buildScene } from '../../miniprogram/core/links';
import { PROBLEM_IDS } from '../../miniprogram/core/types';
import { render, sleep, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

function home(query: Record<string, string> = {}) {
  const page = render('pages/index/index');
  page.instance.onLoad(query);
  return page;
}

describe('home page', () => {
  it('shows the urgent entry, the problem grid, the flow button and the safety notice', () => {
    const shown = text(home());
    expect(shown).toContain('账号被盗 / 钱被骗？');
    expect(shown).toContain('账号被盗，先冻结');
    expect(shown).toContain('钱被骗，先止损');
    for (const label of ['支付转账', '被骗了', '账号被盗', '被封/限制', '登录找回', '怎么用', '举报', '其他']) expect(shown).toContain(label);
    expect(shown).toContain('一步步帮我选渠道');
    expect(shown).toContain('官方客服不会索要密码、验证码');
  });

  it('a problem tile starts the flow pre-answered', async () => {
    const page = home();
    page.querySelector('#problem-payment')!.dispatchEvent('tap');
    await sleep(0);
    expect(wxs().navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/flow/index?v=1&problem=payment' }));
  });

  it('the urgent freeze button opens the freeze channel', async () => {
    const page = home();
    page.querySelector('#urgent-freeze')!.dispatchEvent('click');
    await sleep(0);
    expect(wxs().lastUrl()).toBe('/pages/channel/index?v=1&id=emergency-freeze');
  });

  it('search filters problems and channels, and says when nothing matches', async () => {
    const page = home();
    page.instance.onSearch({ detail: '退款' });
    expect(text(page)).toContain('支付/转账问题');
    page.instance.onSearch({ detail: '95017' });
    expect(text(page)).toContain('微信支付客服热线 95017');
    page.instance.onSearch({ detail: '量子纠缠' });
    expect(text(page)).toContain('没有找到相关内容');
    page.instance.onClear();
    expect(text(page)).not.toContain('没有找到相关内容');
  });

  it('a poster short code typed into search opens its page', () => {
    const page = home();
    page.instance.onSearch({ detail: '1r.stolen.-.m.a' });
    expect(text(page)).toContain('海报短码');
  });

  describe('QR entry', () => {
    it.each(PROBLEM_IDS.map((p) => [p]))('scene and q for %s open the flow for that problem', (problem) => {
      const route = { page: 'flow' as const, answers: { problem } };
      home({ scene: encodeURIComponent(buildScene(route)) });
      expect(wxs().redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: `/pages/flow/index?v=1&problem=${problem}` }));
      home({ q: encodeURIComponent(buildQrUrl(route, 'https://example.org/wsn')) });
      expect(wxs().redirectTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: `/pages/flow/index?v=1&problem=${problem}` }));
    });

    it('a channel scene opens the channel page', () => {
      home({ scene: '1c.pay-hotline' });
      expect(wxs().lastUrl()).toBe('/pages/channel/index?v=1&id=pay-hotline');
    });

    it.each([['garbage%%%'], ['9r.payment'], ['1c.nope']])('garbage scene %s stays home with a notice', (scene) => {
      const page = home({ scene });
      expect(wxs().redirectTo).not.toHaveBeenCalled();
      expect(page.querySelector('#notice')).toBeTruthy();
      expect(text(page)).toMatch(/已为你打开首页/);
    });

    it('a notice passed by another page is shown', () => {
      expect(text(home({ v: '1', notice: 'unknown-channel' }))).toContain('链接里的客服渠道不存在');
    });
  });

  it('default share opens home', () => {
    expect(home().instance.onShareAppMessage()).toEqual(expect.objectContaining({ path: '/pages/index/index?v=1' }));
  });
});
