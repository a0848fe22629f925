import { account } from './account';
import { auth } from './auth';
import { common } from './common';
import { errors } from './errors';
import { hosting } from './hosting';
import { preparation } from './preparation';
import { referentials } from './referentials';
import { review } from './review';
import { segur } from './segur';
import { vendor } from './vendor';

/** Every French text of the interface; an English file with the same shape can follow. */
export const fr = { common, auth, vendor, preparation, hosting, review, segur, errors, account, referentials };
export type Messages = typeof fr;
