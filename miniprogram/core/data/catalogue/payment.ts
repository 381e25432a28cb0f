/** Concrete problems of the `payment` category: see catalogue/index.ts. */
import { CatalogueProblem } from '../../types';

export const PAYMENT: readonly CatalogueProblem[] = [];
