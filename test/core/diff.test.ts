import fc from 'fast-check';
import { dataPatch } from '../../miniprogram/core/diff';

/** Applies a patch the way setData does, for the paths dataPatch writes. */
function apply(root: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(root)) as Record<string, unknown>;
  for (const path of Object.keys(patch)) {
    const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
    let target = copy as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[keys[keys.length - 1]!] = patch[path];
  }
  return copy;
}

describe('dataPatch', () => {
  it('is empty when nothing changed', () => {
    const view = { name: '微信支付客服', state: 'open', tags: ['a', 'b'], nested: { x: 1 } };
    expect(dataPatch('view', view, JSON.parse(JSON.stringify(view)))).toEqual({});
  });

  it('names only the changed leaves', () => {
    const before = {
      name: 'A',
      statusText: '服务中',
      fallbacks: [
        { id: 'x', statusText: '已休息' },
        { id: 'y', statusText: '服务中' },
      ],
    };
    const after = {
      name: 'A',
      statusText: '已休息',
      fallbacks: [
        { id: 'x', statusText: '服务中' },
        { id: 'y', statusText: '服务中' },
      ],
    };
    expect(dataPatch('view', before, after)).toEqual({ 'view.statusText': '已休息', 'view.fallbacks[0].statusText': '服务中' });
  });

  it('replaces an array whose length changed and an object whose keys changed', () => {
    expect(dataPatch('view', { list: [1, 2] }, { list: [1, 2, 3] })).toEqual({ 'view.list': [1, 2, 3] });
    expect(dataPatch('view', { o: { a: 1 } }, { o: { b: 1 } })).toEqual({ 'view.o': { b: 1 } });
    expect(dataPatch('cards', null, [{ a: 1 }])).toEqual({ cards: [{ a: 1 }] });
  });

  it('applied like setData, always yields the new value', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, value, (before, after) => {
        const patched = apply({ view: before }, dataPatch('view', before, after));
        expect(patched).toEqual(JSON.parse(JSON.stringify({ view: after })));
      }),
      { numRuns: 500 },
    );
  });
});
