import { CATALOGUE } from '../../../miniprogram/core/data/catalogue';
import { ENTRIES } from '../../../miniprogram/core/data/catalogue/entries';
import { CatalogueEntry, CatalogueProblem, ENTRY_FIELDS } from '../../../miniprogram/core/types';

function project(p: CatalogueProblem): CatalogueEntry {
  const out: Record<string, unknown> = {};
  for (const k of ENTRY_FIELDS) if (p[k] !== undefined) out[k] = p[k];
  return out as unknown as CatalogueEntry;
}

describe('the light catalogue entries (main package)', () => {
  it('are exactly the light fields of the catalogue, in its order: run `npm run gen` after editing it', () => {
    expect(ENTRIES).toEqual(CATALOGUE.map(project));
  });

  it('carry no plan: steps, materials, rules and warnings ship with the result page', () => {
    for (const e of ENTRIES) for (const k of ['steps', 'materials', 'rules', 'warnings', 'typicalTime']) expect(Object.keys(e)).not.toContain(k);
  });
});
