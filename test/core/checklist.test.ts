/**
 * Reading ticks stored by older releases (core/checklist.ts). The fixture holds what v1 positions meant for
 * every problem and primary channel, computed by the old materialsFor at 954a69d (positional ids), each
 * position named by the id the same item has now; the frozen table in core must say the same.
 */
import fc from 'fast-check';
import fs from 'fs';
import path from 'path';
import { isV1Position, migrateV1, readTicks, resultV1Layout, ticksValue, v1Layout } from '../../miniprogram/core/checklist';
import { CHANNELS } from '../../miniprogram/core/data/channels';
import { PROBLEMS } from '../../miniprogram/core/data/problems';
import { ChannelId, ProblemId } from '../../miniprogram/core/types';

type Row = [position: string, id: string, zh: string];
const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/checklist-v1.json'), 'utf8')) as {
  layouts: Record<ProblemId, Record<ChannelId, Row[]>>;
};
const LAYOUTS = fixture.layouts;
const combos = (Object.keys(LAYOUTS) as ProblemId[]).flatMap((p) => (Object.keys(LAYOUTS[p]) as ChannelId[]).map((c) => [p, c, LAYOUTS[p][c]] as const));

describe('the v1 layout', () => {
  it('covers every problem with every channel as primary', () => {
    expect(combos).toHaveLength(PROBLEMS.length * CHANNELS.length);
    expect(combos).toHaveLength(88);
  });

  it.each(combos.map(([p, c, rows]) => [`${p} / ${c}`, p, c, rows] as const))('%s: position i is the fixture’s i-th item', (_name, problem, primary, rows) => {
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => `m${i}`));
    expect(v1Layout(problem, primary)).toEqual(rows.map((r) => r[1]));
  });

  it('names only ids that today’s data has (an item removed later simply keeps its old tick unseen)', () => {
    const known = new Set([...PROBLEMS, ...CHANNELS].flatMap((x) => (x.materials.known ? x.materials.value.map((m) => m.id) : [])));
    const named = new Set(combos.flatMap(([p, c]) => v1Layout(p, c)));
    expect([...named].filter((id) => !known.has(id))).toEqual([]);
    expect(named.size).toBe(known.size);
  });

  it('is frozen', () => {
    const layout = v1Layout('payment', 'phone') as string[];
    expect(() => layout.push('x')).toThrow(TypeError);
    expect(v1Layout('payment', 'phone')).toEqual(['txn-screenshot', 'id-document', 'linked-phone']);
  });

  it('a result page uses its plan’s layout; a concrete problem’s v1 ids were its own already', () => {
    expect(resultV1Layout({ concrete: '', primary: { id: 'international' } }, 'howto')).toEqual(['screen-screenshot', 'international-wechat-id']);
    expect(resultV1Layout({ concrete: 'wrong-transfer', primary: { id: 'pay-hotline' } }, 'payment')).toEqual([]);
    expect(resultV1Layout({ concrete: '', primary: { id: 'pay-hotline' } }, undefined)).toEqual([]);
  });
});

describe('migrating a v1 array', () => {
  const PAY = v1Layout('payment', 'pay-hotline');

  it('maps positions through the layout, in the stored order', () => {
    expect(migrateV1(['m2', 'm0'], PAY)).toEqual(['linked-phone', 'txn-screenshot']);
    expect(migrateV1(['m0', 'm1', 'm2'], PAY)).toEqual(['txn-screenshot', 'id-document', 'linked-phone']);
    expect(migrateV1(['m1'], v1Layout('howto', 'international'))).toEqual(['international-wechat-id']);
    expect(migrateV1(['m4'], v1Layout('fraud', 'security-center'))).toEqual(['security-center-id']);
  });

  it('keeps what it cannot map, drops non-strings and repeats', () => {
    expect(migrateV1(['m3', 'm0', 'm0', 7, null, 'm01', 'transfer-record'], PAY)).toEqual(['m3', 'txn-screenshot', 'm01', 'transfer-record']);
    expect(migrateV1(['transfer-record', 'payee-profile'], [])).toEqual(['transfer-record', 'payee-profile']);
    expect(migrateV1([], PAY)).toEqual([]);
  });

  const layoutArb = fc.constantFrom(...combos.map(([p, c]) => v1Layout(p, c)));
  const storedArb = fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 8 }).map((i) => `m${i}`),
      fc.string(),
      fc.anything(),
    ),
    { maxLength: 12 },
  );

  it('never loses a tick: every stored string comes out as its mapped id or as itself', () => {
    fc.assert(
      fc.property(storedArb, layoutArb, (stored, layout) => {
        const out = migrateV1(stored, layout);
        for (const x of stored) {
          if (typeof x !== 'string') continue;
          const at = isV1Position(x) ? layout[Number(x.slice(1))] : undefined;
          expect(out).toContain(at ?? x);
        }
      }),
    );
  });

  it('gives each id once, only strings, and nothing that was not stored', () => {
    fc.assert(
      fc.property(storedArb, layoutArb, (stored, layout) => {
        const out = migrateV1(stored, layout);
        expect(new Set(out).size).toBe(out.length);
        const strings = stored.filter((x): x is string => typeof x === 'string');
        for (const id of out) expect(strings.includes(id) || strings.some((x) => isV1Position(x) && layout[Number(x.slice(1))] === id)).toBe(true);
      }),
    );
  });

  it('is idempotent: migrated ids are never taken for positions again', () => {
    fc.assert(
      fc.property(storedArb, layoutArb, (stored, layout) => {
        const once = migrateV1(stored, layout);
        expect(migrateV1(once, layout)).toEqual(once);
      }),
    );
  });
});

describe('reading a stored value', () => {
  const PAY = v1Layout('payment', 'pay-hotline');

  it('reads v2 as it is and v1 with its upgrade', () => {
    expect(readTicks({ v: 2, ids: ['txn-screenshot', 'm0'] }, PAY)).toEqual({ format: 'v2', ids: ['txn-screenshot', 'm0'] });
    expect(readTicks(['m0'], PAY)).toEqual({ format: 'v1', ids: ['txn-screenshot'], upgrade: { v: 2, ids: ['txn-screenshot'] } });
    expect(readTicks({ v: 2, ids: ['a', 3, 'a'] }, PAY)).toEqual({ format: 'v2', ids: ['a'] });
  });

  it.each([undefined, null, 0, 'm0', '', true, {}, { ids: ['m0'] }, { v: 1, ids: ['m0'] }, { v: 3, ids: ['x'] }, { v: '2', ids: ['x'] }, { v: 2, ids: 'm0' }])(
    'leaves %p alone: nothing ticked',
    (value) => {
      expect(readTicks(value, PAY)).toEqual({ format: 'unknown', ids: [] });
    },
  );

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.string()), (value, layout) => {
        expect(() => readTicks(value, layout)).not.toThrow();
      }),
    );
  });

  it('what is saved reads back the same', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string()), (ids) => {
        expect(readTicks(JSON.parse(JSON.stringify(ticksValue(ids))), PAY)).toEqual({ format: 'v2', ids });
      }),
    );
  });
});
