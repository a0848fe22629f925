import { Column, CreateDateColumn, type ColumnOptions } from 'typeorm';

/*
 * The column kinds the tables use, named once: `@Col.Uuid('organization_id')` is
 * `@Column({ name: 'organization_id', type: 'uuid' })`. The first argument is the column's name
 * when it differs from the property's; options (nullable, default, array…) come after it, or
 * first when the name is the property's.
 */

type Extras = Omit<ColumnOptions, 'name' | 'type'>;
type ColumnDecorator = (nameOrExtras?: string | Extras, extras?: Extras) => PropertyDecorator;

function columnOf(type: ColumnOptions['type'], kind: Extras = {}): ColumnDecorator {
  return (nameOrExtras, extras = {}) => {
    const named = typeof nameOrExtras === 'string' ? { name: nameOrExtras } : { ...nameOrExtras };
    return Column({ ...named, type, ...kind, ...extras });
  };
}

const NULL = { nullable: true };

/** A varchar of at most `length` characters. */
function varchar(length: number, nameOrExtras?: string | Extras, extras: Extras = {}) {
  return columnOf('varchar', { length })(nameOrExtras, extras);
}

/** When the row was inserted, set by the database: `created_at`, to the millisecond unless said. */
function createdAt(name = 'created_at', precision: 3 | 6 | 'database default' = 3) {
  return CreateDateColumn({ name, type: 'timestamptz', ...(precision === 'database default' ? {} : { precision }) });
}

export const Col = {
  Uuid: columnOf('uuid'),
  NullableUuid: columnOf('uuid', NULL),
  Text: columnOf('text'),
  NullableText: columnOf('text', NULL),
  Varchar: varchar,
  Jsonb: columnOf('jsonb'),
  NullableJsonb: columnOf('jsonb', NULL),
  Integer: columnOf('integer'),
  Boolean: columnOf('boolean'),
  /** A SHA-256 in hex. */
  Sha256: columnOf('char', { length: 64 }),
  NullableSha256: columnOf('char', { length: 64, ...NULL }),
  /** A timestamptz to the millisecond. */
  Instant: columnOf('timestamptz', { precision: 3 }),
  NullableInstant: columnOf('timestamptz', { precision: 3, ...NULL }),
  /** A timestamptz at the database's default (microsecond) precision. */
  NullableTimestamp: columnOf('timestamptz', NULL),
  CreatedAt: createdAt,
};
