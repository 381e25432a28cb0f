/** Concrete problems of the `fraud` category: see catalogue/index.ts. */
import { CatalogueProblem } from '../../types';

export const FRAUD: readonly CatalogueProblem[] = [];
