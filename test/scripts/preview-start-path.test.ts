const { startPath } = require('../../scripts/preview/runtime/start-path') as { startPath(hash: string, first?: string): string };

describe('the browser preview’s first page', () => {
  it('opens the page in the hash, decoded for readability', () => {
    expect(startPath('#/pages/result/index?v=1&problem=payment', 'pages/index/index')).toBe('/pages/result/index?v=1&problem=payment');
    expect(startPath('#/pages/verify/index?text=%E8%BD%AC', 'pages/index/index')).toBe('/pages/verify/index?text=转');
  });

  it('does not crash on a broken escape (a raw q=%E0%A4 in the address bar): the hash is used as it is', () => {
    expect(startPath('#/pages/index/index?q=%E0%A4', 'pages/index/index')).toBe('/pages/index/index?q=%E0%A4');
  });

  it('falls back to the first page without a usable hash', () => {
    expect(startPath('', 'pages/index/index')).toBe('/pages/index/index');
    expect(startPath('#garbage', 'pages/index/index')).toBe('/pages/index/index');
  });
});
