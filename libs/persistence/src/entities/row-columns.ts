import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from './columns.js';

/*
 * Columns several tables share, declared once. The bases below are not entities: each entity
 * that extends one gets their columns as its own (TypeORM's concrete-table inheritance), so the
 * tables, constraints and migrations stay what they were.
 */

// TypeScript's mixin pattern wants a constructor taking `any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AbstractClass<T = object> = abstract new (...args: any[]) => T;

/** A row keyed by a generated uuid. */
export abstract class UuidRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;
}

/**
 * On a relation property `<name>`: the many-to-one relation to `parent` and the uuid column
 * `<name>_id` that holds it, as property `<name>Id` (declared beside it, undecorated).
 * `foreignKey` is the name the table's migration gave that constraint; a parent is never
 * deleted under its rows unless `onDelete` says `CASCADE`.
 */
export function ParentRelation<Parent>(
  parent: () => new () => Parent,
  foreignKey: string,
  onDelete: 'RESTRICT' | 'CASCADE' = 'RESTRICT',
): PropertyDecorator {
  return (target, key) => {
    const name = String(key);
    const column = `${name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}_id`;
    Column({ name: column, type: 'uuid' })(target, `${name}Id`);
    ManyToOne(parent, { onDelete })(target, name);
    JoinColumn({ name: column, foreignKeyConstraintName: foreignKey })(target, name);
  };
}

/** A row keyed by a generated uuid that belongs to a row of `parent` (see ParentRelation). */
export function ChildRow<Name extends string, Parent>(
  name: Name,
  parent: () => new () => Parent,
  foreignKey: string,
  onDelete: 'RESTRICT' | 'CASCADE' = 'RESTRICT',
) {
  abstract class ChildRow extends UuidRow {}
  ParentRelation(parent, foreignKey, onDelete)(ChildRow.prototype, name);
  return ChildRow as AbstractClass<UuidRow & { [K in `${Name}Id`]: string } & { [K in Name]?: Parent }>;
}

/** The user who created the row, when a user did (null: the platform itself), and when. */
export function Created<Base extends AbstractClass>(base: Base) {
  abstract class Created extends base {
    @Col.NullableUuid('created_by')
    createdBy: string | null;

    @Col.CreatedAt()
    createdAt: Date;
  }
  return Created;
}

/**
 * Who wrote a row that is never changed, and when: a user, or an API token acting for its
 * organisation (then `createdBy` is null).
 */
export function Authored<Base extends AbstractClass>(base: Base) {
  abstract class Authored extends Created(base) {
    @Col.NullableUuid('created_by_token')
    createdByToken: string | null;
  }
  return Authored;
}
