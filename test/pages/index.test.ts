import { buildQrUrl, buildScene } from '../../miniprogram/core/links';
import { search } from '../../miniprogram/core/search';
import { PROBLEM_IDS } from '../../miniprogram/core/types';
import { openPage } from '../helpers/page';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

const home = (query: Record<string, string> = {}) => openPage('index', query);

describe('home page', () => {
  it('shows the urgent entry, the problem grid, the flow button and the safety notice', () => {
    const shown = home().text();
    expect(shown).toContain('账号被盗 / 钱被骗？');
    expect(shown).toContain('账号被盗，先冻结');
    expect(shown).toContain('钱被骗，先止损');
    for (const label of ['支付转账', '被骗了', '账号被盗', '被封/限制', '登录找回', '怎么用', '举报', '其他']) expect(shown).toContain(label);
    expect(shown).toContain('一步步帮我选渠道');
    expect(shown).toContain('官方客服不会索要密码、验证码');
  });

  it('a problem tile starts the flow pre-answered', async () => {
    await home().tap('#problem-payment');
    expect(wxs().navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/flow/index?v=1&problem=payment' }));
  });

  it.each([
    ['#urgent-freeze', '/pages/channel/index?v=1&id=emergency-freeze'],
    ['#urgent-fraud', '/pages/flow/index?v=1&problem=fraud&detail=scam-paid'],
    ['#start', '/pages/flow/index?v=1'],
    ['#to-channels', '/pages/channels/index?v=1'],
    ['#to-verify', '/pages/verify/index?v=1'],
    ['#to-notes', '/pages/notes/index?v=1'],
  ])('%s opens %s', async (selector, url) => {
    await home().click(selector);
    expect(wxs().lastUrl()).toBe(url);
  });

  it('search filters problems and channels as the user types, and says when nothing matches', async () => {
    const page = home();
    await page.emit('#search', 'change', '退款');
    expect(page.text()).toContain('支付/转账问题');
    await page.emit('#search', 'change', '95017');
    expect(page.text()).toContain('微信支付客服热线 95017');
    await page.emit('#search', 'change', '量子纠缠');
    expect(page.text()).toContain('没有找到相关内容');
    await page.emit('#search', 'clear');
    expect(page.text()).not.toContain('没有找到相关内容');
    expect(page.has('#no-hits')).toBe(false);
  });

  it('the keyboard’s search key searches too', async () => {
    const page = home();
    await page.emit('#search', 'search', '95017');
    expect(page.text()).toContain('微信支付客服热线 95017');
  });

  it('typing into the search box on screen searches', async () => {
    const page = home();
    await page.type('#search', '冻结');
    expect(page.$('#hit-0').dom.textContent).toContain(search('冻结', 'zh')[0]!.title);
  });

  it('a search hit opens its page', async () => {
    const page = home();
    await page.emit('#search', 'change', '95017');
    const hits = search('95017', 'zh');
    expect(hits.length).toBeGreaterThan(1);
    await page.click('#hit-1');
    expect(wxs().lastUrl()).toBe(hits[1]!.path);
  });

  it('a poster short code typed into search opens its page', async () => {
    const page = home();
    await page.emit('#search', 'change', '1r.stolen.-.m.a');
    expect(page.text()).toContain('海报短码');
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
      expect(page.has('#notice')).toBe(true);
      expect(page.text()).toMatch(/已为你打开首页/);
    });

    it('a notice passed by another page is shown', () => {
      expect(home({ v: '1', notice: 'unknown-channel' }).text()).toContain('链接里的客服渠道不存在');
    });
  });

  it('default share opens home', () => {
    expect(home().instance.onShareAppMessage()).toEqual(expect.objectContaining({ path: '/pages/index/index?v=1' }));
  });
});
