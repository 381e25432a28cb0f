/** The home search through the rendered page: type, see the results, tap, land on the right plan. */
import { openPage } from '../helpers/page';
import { pageOf, queryOf, useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

describe('home search', () => {
  it('typing a story shows the concrete problem with why it matched; tapping it opens its plan', async () => {
    const home = openPage('index');
    await home.type('#search', '不小心把钱转给了别人，能要回来吗');
    const shown = home.text();
    expect(shown).toContain('转错');
    expect(shown).toMatch(/和“[^”]+”相近/);
    await home.click('#hit-0');
    const url = wxs().lastUrl()!;
    expect(url).toContain('wrong-transfer');
    // The page it opens shows that problem, not only its category.
    const next = openPage(pageOf(url).split('/')[1] as 'flow' | 'result', queryOf(url));
    expect(next.text()).toContain('转错');
  });

  it('what a panicking person types finds something: 被盗了怎么办, 转人工, 百万保障', async () => {
    const home = openPage('index');
    for (const [q, label] of [
      ['被盗了怎么办', '被盗'],
      ['转人工', '真人'],
      ['百万保障', '客服'],
    ] as const) {
      await home.type('#search', q);
      expect(home.has('#hit-0')).toBe(true);
      expect(home.$('#hit-0').dom.textContent).toContain(label);
    }
  });

  it('nothing found offers the guided flow and the need-human plan', async () => {
    const home = openPage('index');
    await home.type('#search', 'qwertzuiop');
    expect(home.text()).toContain('没有找到相关内容');
    await home.click('#empty-need-human');
    expect(wxs().lastUrl()).toContain('need-human');
    await home.click('#empty-flow');
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1');
  });

  it('a number someone gave you offers the scam check with it filled in', async () => {
    const home = openPage('index');
    await home.type('#search', '4006700700');
    expect(home.$('#hit-verify').dom.textContent).toContain('4006700700');
    await home.click('#hit-verify');
    const url = wxs().lastUrl()!;
    expect(pageOf(url)).toBe('pages/verify/index');
    const verify = openPage('verify', queryOf(url));
    expect((verify.box('#input') as HTMLTextAreaElement).value).toBe('4006700700');
  });

  it('clearing the box hides the results', async () => {
    const home = openPage('index');
    await home.type('#search', '封号');
    expect(home.has('#hit-0')).toBe(true);
    await home.emit('#search', 'clear');
    expect(home.has('#hit-0')).toBe(false);
    expect(home.text()).not.toContain('没有找到相关内容');
  });
});
