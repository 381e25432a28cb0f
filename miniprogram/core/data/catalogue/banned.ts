/** Concrete problems of the `banned` category: see catalogue/index.ts. */
import { CatalogueProblem } from '../../types';

export const BANNED: readonly CatalogueProblem[] = [];
