/**
 * @jest-environment node
 */
/** The main package holds the home page, the flow and the channel cards; the plans and their sources do not. */
import path from 'path';

const { computeReachable } = require('../../scripts/prune-npm') as {
  computeReachable(dir: string, o?: { bundled?: string[] }): { files: Set<string>; appJson: { subpackages?: Array<{ root: string }> } };
};

const { BUNDLED_PAGES } = require('../../scripts/bundles') as { BUNDLED_PAGES: string[] };

const MP = path.resolve(__dirname, '../../miniprogram');

describe('subpackages', () => {
  const reach = computeReachable(MP, { bundled: BUNDLED_PAGES });
  const roots = (reach.appJson.subpackages ?? []).map((s) => s.root);
  const main = [...reach.files].filter((f) => !roots.some((r) => f.startsWith(`${r}/`)));

  it('every bundled page or component lies in a subpackage', () => {
    for (const p of BUNDLED_PAGES) expect(roots.some((r) => p.startsWith(`${r}/`))).toBe(true);
  });

  it('keep the catalogue plans, their sources, the decision and the scam check out of the main package', () => {
    for (const heavy of [
      'core/data/catalogue/index.js',
      'core/data/catalogue/payment.js',
      'core/data/sources-payment.js',
      'core/data/sources-account.js',
      'core/data/sources-other.js',
      'core/decide/index.js',
      'core/view/plan.js',
      'core/verify.js',
    ]) {
      expect(main).not.toContain(heavy);
    }
  });

  it('leave the light entries, the flow and the links in the main package', () => {
    for (const light of ['core/data/catalogue/entries.js', 'core/flow.js', 'core/links.js', 'core/search.js', 'pages/index/index.js', 'pages/flow/index.js'])
      expect(main).toContain(light);
  });
});
