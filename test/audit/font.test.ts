/**
 * Sizes that follow WeChat's own font setting, held in the source:
 * - every page's WXML starts with <page-meta root-font-size="system"> (WeChat's page-meta: 1rem is then the
 *   user's WeChat font size; page-meta must be the page's first node);
 * - every font size, text line height and icon size in our WXSS and WXML is in rem (or a variable whose value
 *   is), never px or rpx, so nothing stays behind when the setting grows. Spacing stays in rpx.
 * To convert an old size: n rpx → n/32 rem, n px → n/16 rem (16 px = 1rem at the standard Android setting).
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../../miniprogram');

function files(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'miniprogram_npm' ? [] : files(p, ext);
    return d.name.endsWith(ext) ? [p] : [];
  });
}
const rel = (f: string): string => path.relative(ROOT, f);
const pages = JSON.parse(fs.readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as { pages: string[]; subpackages: Array<{ root: string; pages: string[] }> };
const pagePaths = [...pages.pages, ...pages.subpackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];

describe('sizes follow WeChat’s font setting', () => {
  it.each(pagePaths)('%s starts with <page-meta root-font-size="system">', (page) => {
    const wxml = fs.readFileSync(path.join(ROOT, `${page}.wxml`), 'utf8');
    expect(wxml.trimStart()).toMatch(/^<page-meta\b[^>]*\broot-font-size="system"/);
  });

  it('every font size and line height in our WXSS is in rem, unitless, or a variable', () => {
    const bad = files(ROOT, '.wxss').flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.trim(), at: `${rel(f)}:${i + 1}` }))
        .filter(({ line }) => /(^|[\s;{])(font-size|line-height|--[\w-]*(font-size|line-height|icon-size|-size))\s*:/.test(line))
        .filter(({ line }) => /\d(px|rpx)\b/.test(line.replace(/var\(--[\w-]+,\s*[^)]*\)/g, 'var()')))
        .map(({ line, at }) => `${at} ${line}`),
    );
    // Heights of tap targets are not sizes of text: they stay 60 px in care mode (the MIIT floor).
    expect(bad.filter((b) => !/--(button-[\w-]*height|search-input-height|button-small-min-width)/.test(b))).toEqual([]);
  });

  it('every size given in WXML (icons, the care switch, the loading mark) is in rem', () => {
    const bad = files(ROOT, '.wxml').flatMap((f) =>
      Array.from(fs.readFileSync(f, 'utf8').matchAll(/\b(size|icon-size|font-size)="([^"]*)"/g))
        .filter((m) => /\d(px|rpx)\b/.test(m[2] ?? '') || /^\d+$/.test(m[2] ?? ''))
        .map((m) => `${rel(f)} ${m[0]}`),
    );
    expect(bad).toEqual([]);
  });
});
