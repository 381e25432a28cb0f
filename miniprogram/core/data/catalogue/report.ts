/** Concrete problems of the `report` category: see catalogue/index.ts. */
import { CatalogueProblem } from '../../types';

export const REPORT: readonly CatalogueProblem[] = [];
