/**
 * Our own styles avoid CSS that older WeChat WebViews ignore, so layouts do
 * not collapse on older phones: flex `gap` needs iOS 14.5+.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../miniprogram');

function ownWxss(dir: string): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(dir)) {
    if (f === 'miniprogram_npm' || f === 'node_modules') continue;
    const p = path.join(dir, f);
    if (fs.statSync(p).isDirectory()) out.push(...ownWxss(p));
    else if (f.endsWith('.wxss')) out.push(p);
  }
  return out;
}

describe('own WXSS', () => {
  const files = ownWxss(ROOT);

  it('finds the app and page styles', () => {
    expect(files.map((f) => path.relative(ROOT, f))).toEqual(expect.arrayContaining(['app.wxss', 'pages/index/index.wxss']));
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s uses no flex gap', (_name, file) => {
    const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/(^|[\s;{])(row-|column-)?gap\s*:/);
  });
});
