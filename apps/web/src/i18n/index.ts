import { fr } from './fr';

/** The interface's texts. French today; choose by `navigator.language` once English exists. */
export const t = fr;
export * from './format';
