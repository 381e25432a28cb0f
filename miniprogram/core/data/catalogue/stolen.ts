/** Concrete problems of the `stolen` category: see catalogue/index.ts. */
import { CatalogueProblem } from '../../types';

export const STOLEN: readonly CatalogueProblem[] = [];
