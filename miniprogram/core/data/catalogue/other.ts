/** Concrete problems of the `other` category: see catalogue/index.ts. */
import { CatalogueProblem } from '../../types';

export const OTHER: readonly CatalogueProblem[] = [];
