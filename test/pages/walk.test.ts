/** A full walk for every problem type: home → flow (each step) → result, following the app's own navigation. */
import { CATALOGUE } from '../../miniprogram/core/data/catalogue';
import { PROBLEM_IDS } from '../../miniprogram/core/types';
import { openPage } from '../helpers/page';
import { text } from '../helpers/simulate';
import { pageOf, queryOf, useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();
// Each walk renders several pages; on a shared 2-core machine that can take more than jest's default 5 s.
jest.setTimeout(60000);

const EXPECTED_PRIMARY: Record<string, string> = {
  payment: '微信支付客服热线 95017',
  fraud: '微信支付客服热线 95017',
  stolen: '紧急冻结账号',
  banned: '微信安全中心',
  login: '紧急冻结账号',
  howto: '帮助与反馈（智能助手）',
  report: '举报：腾讯卫士 / 腾讯110',
  other: '帮助与反馈（智能助手）',
};

describe.each(PROBLEM_IDS.map((p) => [p]))('walk: %s', (problem) => {
  it('home → flow (「不确定 / 其他情况」) → result shows the category plan’s primary channel, as before', async () => {
    await openPage('index').tap(`#problem-${problem}`);
    let url = wxs().lastUrl()!;
    // Answer each question with its first option ("yes", "mainland", "any") until the result opens.
    for (let step = 0; step < 5 && pageOf(url) === 'pages/flow/index'; step++) {
      const flow = openPage('flow', queryOf(url));
      const options = (flow.data.view as { options: Array<{ id: string }> }).options;
      const pick = options.find((o) => o.id === 'unsure') ?? options[0];
      await flow.tap(`#option-${pick!.id}`);
      url = wxs().lastUrl()!;
    }
    expect(pageOf(url)).toBe('pages/result/index');
    const result = openPage('result', queryOf(url));
    const shown = result.text();
    expect(shown).toContain('推荐你这样做');
    expect(text(result.querySelector('#primary')!)).toContain(EXPECTED_PRIMARY[problem]);
  });
});

describe.each(PROBLEM_IDS.map((p) => [p]))('walk to a concrete problem: %s', (problem) => {
  it('home → flow (its first concrete problem) → result shows that problem’s plan', async () => {
    await openPage('index').tap(`#problem-${problem}`);
    let url = wxs().lastUrl()!;
    for (let step = 0; step < 5 && pageOf(url) === 'pages/flow/index'; step++) {
      const flow = openPage('flow', queryOf(url));
      const options = (flow.data.view as { options: Array<{ id: string }> }).options;
      await flow.tap(`#option-${options[0]!.id}`);
      url = wxs().lastUrl()!;
    }
    expect(pageOf(url)).toBe('pages/result/index');
    const first = CATALOGUE.find((c) => c.category === problem)!;
    expect(queryOf(url).detail).toBe(first.id);
    const result = openPage('result', queryOf(url));
    expect(result.text()).toContain(first.label.zh);
    expect(result.querySelector('#plan')).toBeTruthy();
  });
});
