import { openPage } from '../helpers/page';
import { text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

const flow = (query: Record<string, string>) => openPage('flow', query);

describe('flow page', () => {
  it('asks the first question with progress', () => {
    const shown = text(flow({ v: '1' }));
    expect(shown).toContain('遇到了什么问题？');
    // Category, concrete problem, then the follow-ups: five steps for a payment problem.
    expect(shown).toContain('第 1 步，共 5 步');
    expect(shown).toContain('账号被盗');
  });

  it('asks which payment problem it is, offering its concrete problems and 「不确定 / 其他情况」', () => {
    const page = flow({ v: '1', problem: 'payment' });
    const shown = text(page);
    expect(shown).toContain('具体是哪种情况？');
    expect(shown).toContain('钱转错人了');
    expect(shown).toContain('不确定 / 其他情况');
    expect(page.querySelector('#option-wrong-transfer')).toBeTruthy();
    expect(page.querySelector('#option-scam-paid')).toBeFalsy();
  });

  it('picking a concrete problem asks its own questions; 「不确定」 keeps the category questions', async () => {
    const page = flow({ v: '1', problem: 'payment' });
    await page.tap('#option-wrong-transfer');
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1&problem=payment&detail=wrong-transfer');
    await page.tap('#option-unsure');
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1&problem=payment&detail=unsure');
  });

  it('a stolen account asks nothing before the freeze steps', () => {
    flow({ v: '1', problem: 'stolen', detail: 'hijacked' });
    expect(wxs().lastUrl()).toBe('/pages/result/index?v=1&problem=stolen&detail=hijacked');
  });

  it('asks urgent after 「不确定」 on a payment problem, and lists the answers so far', () => {
    const shown = text(flow({ v: '1', problem: 'payment', detail: 'unsure' }));
    expect(shown).toContain('钱或账号现在还有风险吗？');
    expect(shown).toContain('第 3 步，共 5 步');
    expect(shown).toContain('你的回答');
    expect(shown).toContain('支付/转账问题');
  });

  it('choosing an option moves to the next step via the query', async () => {
    const page = flow({ v: '1', problem: 'howto', detail: 'unsure' });
    await page.tap('#option-overseas');
    expect(wxs().redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/flow/index?v=1&problem=howto&detail=unsure&region=overseas' }));
  });

  it('the last answer opens the result', async () => {
    const page = flow({ v: '1', problem: 'howto', region: 'mainland' });
    await page.tap('#option-text');
    expect(wxs().lastUrl()).toBe('/pages/result/index?v=1&problem=howto&detail=unsure&region=mainland&need=text');
  });

  it('back drops the last answer; back from the first question goes home', async () => {
    const page = flow({ v: '1', problem: 'howto', region: 'mainland' });
    await page.click('#back');
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1&problem=howto&detail=unsure');
    const first = flow({ v: '1' });
    await first.click('#back');
    expect(wxs().reLaunch).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/index/index?v=1' }));
  });

  it('changing an earlier answer shows it selected and keeps the others', async () => {
    const page = flow({ v: '1', problem: 'howto', region: 'mainland', need: 'any', edit: 'region' });
    expect(text(page)).toContain('你现在在哪里？');
    expect((page.querySelector('#option-mainland')!.dom as HTMLElement).className).toContain('option--selected');
    await page.tap('#option-overseas');
    expect(wxs().lastUrl()).toBe('/pages/result/index?v=1&problem=howto&detail=unsure&region=overseas&need=any');
  });

  it('back while changing an answer changes the one before it, keeping every answer', async () => {
    const page = flow({ v: '1', problem: 'howto', region: 'mainland', need: 'any', edit: 'need' });
    await page.click('#back');
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1&problem=howto&detail=unsure&region=mainland&need=any&edit=region');
  });

  it('an answer in the list reopens its question', async () => {
    const page = flow({ v: '1', problem: 'payment', urgent: 'no' });
    expect(page.$('#answered-2').dom.textContent).toContain('钱或账号现在还有风险吗？');
    await page.click('#answered-2');
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1&problem=payment&detail=unsure&urgent=no&edit=urgent');
  });

  it('restart clears the answers', async () => {
    const page = flow({ v: '1', problem: 'howto' });
    await page.click('#restart');
    expect(wxs().lastUrl()).toBe('/pages/flow/index?v=1');
  });

  it('complete answers go straight to the result', () => {
    flow({ v: '1', problem: 'howto', region: 'mainland', need: 'any' });
    expect(wxs().lastUrl()).toBe('/pages/result/index?v=1&problem=howto&detail=unsure&region=mainland&need=any');
  });

  it('a bad answer in the query goes home with a notice', () => {
    flow({ v: '1', problem: 'lottery' });
    expect(wxs().lastUrl()).toBe('/pages/index/index?v=1&notice=bad-answer');
  });
});

describe('care mode in the flow', () => {
  it('suggests the simplest path on the "how" question without answering for the user', () => {
    wxs().storage.set('wsn:care', 'true');
    const page = flow({ v: '1', problem: 'howto', region: 'mainland' });
    const options = (page.data.view as { options: Array<{ id: string; selected: boolean }> }).options;
    expect(options.map((o) => o.id)).toEqual(['simple', 'any', 'text']);
    expect(options.some((o) => o.selected)).toBe(false);
    expect(text(page)).toContain('越简单越好 · 推荐');
    expect(page.dom.innerHTML).toContain('page--care');
  });
});

describe('default share', () => {
  it('opens home', () => {
    expect(flow({ v: '1' }).instance.onShareAppMessage()).toEqual({ title: '微信客服导航', path: '/pages/index/index?v=1' });
  });
});

describe('flow page navigation buttons', () => {
  it('on the first question: back says where it goes, and there is nothing to start again', () => {
    const page = flow({ v: '1' });
    expect(text(page.querySelector('#back')!)).toBe('回到首页');
    expect(page.querySelector('#restart')).toBeFalsy();
    expect((page.data.view as { percent: number }).percent).toBe(20);
  });

  it('later: back and start again, and the bar is full on the last question', () => {
    const page = flow({ v: '1', problem: 'payment', urgent: 'no', region: 'mainland' });
    expect(text(page.querySelector('#back')!)).toBe('上一步');
    expect(text(page.querySelector('#restart')!)).toBe('重新开始');
    expect((page.data.view as { percent: number }).percent).toBe(100);
  });
});
