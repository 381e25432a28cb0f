/** Concrete problems of the `howto` category: see catalogue/index.ts. */
import { CatalogueProblem } from '../../types';

export const HOWTO: readonly CatalogueProblem[] = [];
