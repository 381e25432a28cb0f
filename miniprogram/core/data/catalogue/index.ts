/**
 * The catalogue of concrete problems, one file a category. Each problem has an
 * ordered action plan (try this yourself → contact → escalate), materials,
 * typical times, rules and warnings, every text sourced and dated.
 */
import { CatalogueProblem, ConcreteId, CONCRETE_IDS } from '../../types';
import { PAYMENT } from './payment';
import { FRAUD } from './fraud';
import { STOLEN } from './stolen';
import { BANNED } from './banned';
import { LOGIN } from './login';
import { HOWTO } from './howto';
import { REPORT } from './report';
import { OTHER } from './other';

const ALL: readonly CatalogueProblem[] = [...PAYMENT, ...FRAUD, ...STOLEN, ...BANNED, ...LOGIN, ...HOWTO, ...REPORT, ...OTHER];

/** Every concrete problem, in the order of CONCRETE_IDS. */
export const CATALOGUE: readonly CatalogueProblem[] = CONCRETE_IDS.map((id) => ALL.find((p) => p.id === id)).filter(
  (p): p is CatalogueProblem => p !== undefined,
);

export function concreteById(id: ConcreteId): CatalogueProblem | undefined {
  return CATALOGUE.find((p) => p.id === id);
}
