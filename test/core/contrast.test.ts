/** Text colours used in the app's own styles meet WCAG AA (4.5:1) on their backgrounds. */
import fs from 'fs';
import path from 'path';

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const MP = path.join(__dirname, '../../miniprogram');
const PAIRS: Array<[string, string, string]> = [
  // [text, background, where]
  ['#1a1a1a', '#f5f6f7', 'page text'],
  ['#4a4a4a', '#f5f6f7', 'section titles'],
  ['#4a4a4a', '#ffffff', 'card summary'],
  ['#595959', '#ffffff', 'muted text'],
  ['#07773f', '#ffffff', 'open now'],
  ['#b42318', '#ffffff', 'closed now'],
  ['#7a3e00', '#fff4e5', 'safety notice'],
  ['#a8071a', '#fff1f0', 'urgent title, scam verdict'],
  ['#7a3e00', '#ffffff', 'unknown verdict, due reminder'],
  // Vant theme variables set in app.wxss
  ['#ffffff', '#07773f', 'primary button'],
  ['#07773f', '#ffffff', 'plain primary button, success tag'],
  ['#ffffff', '#c8102e', 'danger button'],
  ['#c8102e', '#fff1f0', 'plain danger button on the urgent panel'],
  ['#595959', '#ffffff', 'cell labels and values, default tags, loading text'],
  ['#6b6b6b', '#f7f8fa', 'search placeholder'],
  ['#7a3e00', '#fffbe8', 'notice bar'],
  ['#4a4a4a', '#ffffff', 'grid labels'],
  // plan steps and the say-card
  ['#1a1a1a', '#ffffff', 'step text'],
  ['#1a56b8', '#ffffff', 'self-service step label'],
  ['#8a4500', '#ffffff', 'escalation step label and condition'],
  ['#6b6b6b', '#ffffff', 'step source line'],
  ['#ffffff', '#07773f', 'step number'],
  ['#7a3e00', '#fff8ec', 'caveat under a dial button'],
  ['#07773f', '#f2f7f4', 'say-card title'],
  ['#1a1a1a', '#f2f7f4', 'say-card text'],
  ['#595959', '#f2f7f4', 'say-card note'],
  ['#4b5563', '#ffffff', 'notebook: who was reached, a waiting clock step'],
  ['#05582f', '#e8f5ee', 'notebook: the chosen outcome chip'],
];

describe('colour contrast', () => {
  it.each(PAIRS)('%s on %s (%s) is at least 4.5:1', (fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('app.wxss sets the Vant theme colours listed above', () => {
    const css = fs.readFileSync(path.join(MP, 'app.wxss'), 'utf8');
    for (const v of [
      '--button-primary-background-color: #07773f',
      '--button-danger-background-color: #c8102e',
      '--cell-label-color: #595959',
      '--notice-bar-text-color: #7a3e00',
      '--tag-success-color: #07773f',
      '--tag-default-color: #595959',
      '--loading-text-color: #595959',
    ]) {
      expect(css).toContain(v);
    }
  });

  it('the list above covers every text colour in the app’s own wxss', () => {
    const listed = new Set(PAIRS.map((p) => p[0]));
    const files = [
      'app.wxss',
      ...fs.readdirSync(path.join(MP, 'components')).map((c) => `components/${c}/index.wxss`),
      ...fs.readdirSync(path.join(MP, 'pages')).map((p) => `pages/${p}/index.wxss`),
    ];
    for (const f of files) {
      const css = fs.readFileSync(path.join(MP, f), 'utf8');
      for (const m of css.matchAll(/(?:^|[;{\s])color:\s*(#[0-9a-f]{6})/gi)) expect([f, listed.has(m[1]!.toLowerCase())]).toEqual([f, true]);
    }
  });
});
