import { Matches } from 'class-validator';

/** A calendar day as the API writes it, `YYYY-MM-DD`. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The field is a calendar day, `YYYY-MM-DD`; else « <field> is a date, YYYY-MM-DD ». */
export function IsDay(): PropertyDecorator {
  return Matches(DAY, { message: '$property is a date, YYYY-MM-DD' });
}
