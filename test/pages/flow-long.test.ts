/**
 * The flow page with a long option list (payment's nine concrete problems and
 * 「不确定 / 其他情况」): every option shows its label and hint, the list is set
 * tighter, and each option opens its own path. Short lists stay as they were.
 */
import { detailsOf } from '../../miniprogram/core/flow';
import { render, sleep, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

function flow(query: Record<string, string>) {
  const page = render('pages/flow/index');
  page.instance.onLoad(query);
  return page;
}

describe('flow page with a long option list', () => {
  it('shows every concrete payment problem with its hint, in a tighter list', () => {
    const page = flow({ v: '1', problem: 'payment' });
    const problems = detailsOf('payment');
    expect(problems.length).toBe(9);
    const shown = text(page);
    for (const p of problems) {
      expect(shown).toContain(p.label.zh);
      expect(shown).toContain(p.hint.zh);
    }
    expect(shown).toContain('不确定 / 其他情况');
    expect(page.dom.innerHTML).toMatch(/class="[^"]*options--long/);
  });

  it('keeps short lists as they were (fraud’s three problems, the eight categories)', () => {
    expect(flow({ v: '1', problem: 'fraud' }).dom.innerHTML).not.toMatch(/options--long/);
    expect(flow({ v: '1' }).dom.innerHTML).not.toMatch(/options--long/);
  });

  it('each option opens its own path', async () => {
    const page = flow({ v: '1', problem: 'payment' });
    page.querySelector('#option-red-packet')!.dispatchEvent('tap');
    await sleep(0);
    expect(wxs().lastUrl()).toContain('detail=red-packet');
  });
});
