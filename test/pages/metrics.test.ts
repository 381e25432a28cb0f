/**
 * Page figures: WXML nodes each page renders in its main state, and setData
 * calls/bytes for a typical interaction. Written to dist/page-metrics.json
 * and printed (read by `npm run size`); budgets keep them from creeping.
 */
import fs from 'fs';
import path from 'path';
import { openPage, OpenPage, PageName } from '../helpers/page';
import { countSetData, nodeCount } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

useWxSpies();

interface Figure {
  page: string;
  state: string;
  nodes: number;
  loadSetData: { calls: number; bytes: number };
  interaction: string;
  tapSetData: { calls: number; bytes: number };
}

const figures: Figure[] = [];

async function measure(page: PageName, state: string, query: Record<string, string>, interaction: string, tap: (c: OpenPage) => unknown): Promise<Figure> {
  const comp = openPage(page, null);
  const loadSetData = await countSetData(comp, () => comp.instance.onLoad(query));
  const nodes = nodeCount(comp);
  const tapSetData = await countSetData(comp, () => tap(comp));
  const f = { page, state, nodes, loadSetData, interaction, tapSetData };
  figures.push(f);
  return f;
}

const NODE_BUDGET = 1500;
const LOAD_BYTES_BUDGET = 16 * 1024;

describe('page figures', () => {
  it('home', async () => {
    const f = await measure('index', 'default', {}, 'type a search', (c) => c.emit('#search', 'change', '冻结'));
    expect(f.tapSetData.calls).toBe(1);
  });
  it('channels', async () => {
    const f = await measure('channels', 'all cards', {}, 'tap copy on a card', (c) =>
      c.querySelector('#card-kf-web')!.querySelector('#action-0')!.dispatchEvent('click'),
    );
    expect(f.tapSetData.calls).toBe(0);
  });
  it('channel', async () => {
    await measure('channel', 'pay-hotline', { v: '1', id: 'pay-hotline' }, 'share', (c) => c.instance.onShareAppMessage());
  });
  it('flow', async () => {
    const f = await measure('flow', 'step 3 (urgent)', { v: '1', problem: 'payment', detail: 'unsure' }, 'choose an option', (c) =>
      c.querySelector('#option-yes')!.dispatchEvent('tap'),
    );
    expect(f.tapSetData.calls).toBe(0);
  });
  it('result', async () => {
    const f = await measure('result', 'payment', { v: '1', problem: 'payment', urgent: 'yes', region: 'mainland', need: 'any' }, 'tick a checklist item', (c) =>
      c.emit('#check-txn-screenshot', 'change', true),
    );
    expect(f.tapSetData.calls).toBe(1);
    expect(f.tapSetData.bytes).toBeLessThan(64);
  });
  it('verify', async () => {
    const f = await measure('verify', 'empty', {}, 'check a number', async (c) => {
      await c.type('#input', '95017');
      await c.click('#check');
    });
    expect(f.tapSetData.calls).toBe(1);
  });
  it('notes', async () => {
    const f = await measure('notes', 'prefilled', { v: '1', channel: 'pay-hotline' }, 'type (1 per change) + save', async (c) => {
      await c.type('#said', '三个工作日内回电');
      await c.click('#save');
    });
    expect(f.tapSetData.calls).toBe(2);
  });

  afterAll(() => {
    for (const f of figures) {
      expect(f.nodes).toBeLessThan(NODE_BUDGET);
      expect(f.loadSetData.calls).toBeLessThanOrEqual(1);
      expect(f.loadSetData.bytes).toBeLessThan(LOAD_BYTES_BUDGET);
    }
    const out = path.join(__dirname, '../../dist/page-metrics.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(figures, null, 2));
    const lines = figures.map(
      (f) =>
        `${f.page.padEnd(9)} ${f.state.padEnd(16)} nodes ${String(f.nodes).padStart(4)}  load setData ${f.loadSetData.calls}× ${String(f.loadSetData.bytes).padStart(5)} B  ${f.interaction}: ${f.tapSetData.calls}× ${f.tapSetData.bytes} B`,
    );
    process.stdout.write(`\nPage figures (also in dist/page-metrics.json)\n${lines.join('\n')}\n`);
  });
});
