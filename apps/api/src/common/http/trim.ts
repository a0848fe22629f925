import { Transform } from 'class-transformer';

/** Trims surrounding white space of a string field before validation. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
