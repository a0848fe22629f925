import { ReferentialEntity } from './referential.entity.js';

export { ReferentialEntity };

/** Every entity of the schema; the DataSource and the schema-drift check use this list. */
export const ENTITIES = [ReferentialEntity];
