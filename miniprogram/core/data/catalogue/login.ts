/** Concrete problems of the `login` category: see catalogue/index.ts. */
import { CatalogueProblem } from '../../types';

export const LOGIN: readonly CatalogueProblem[] = [];
