import { auth } from './auth';
import { common } from './common';
import { review } from './review';
import { vendor } from './vendor';

/** Every French text of the interface; an English file with the same shape can follow. */
export const fr = { common, auth, vendor, review };
export type Messages = typeof fr;
