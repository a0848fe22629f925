import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { Lru } from '../lru.js';

interface FieldProblem {
  property: string;
  constraints?: Record<string, string>;
  children?: FieldProblem[];
}

function flatten(problems: FieldProblem[], parent = ''): { field: string; problems: string[] }[] {
  return problems.flatMap((problem) => {
    const field = parent ? `${parent}.${problem.property}` : problem.property;
    const own = problem.constraints ? [{ field, problems: Object.values(problem.constraints) }] : [];
    return [...own, ...flatten(problem.children ?? [], field)];
  });
}

/** Valid query strings remembered per query DTO: the few shapes that pollers send again and again. */
const QUERIES_PER_DTO = 500;

/**
 * The app's one validation of input: unknown fields refused, values converted to the DTO's types,
 * every problem in one 400 VALIDATION_FAILED with the fields and what is wrong with each.
 *
 * A query string is validated once: the DTO made from a valid one is remembered, and a request
 * sending the same query again gets a copy of it (handlers read query DTOs, never change them).
 * Converting and validating cost about as much as the rest of a cached read; a list polled by many
 * clients asks the same few query strings over and over. Bodies are always validated afresh.
 */
export class AppValidationPipe extends ValidationPipe {
  private readonly queries = new WeakMap<object, Lru<string, object>>();

  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: (errors) => {
        const details = flatten(errors);
        const summary = details.map((detail) => `${detail.field}: ${detail.problems.join(', ')}`).join('; ');
        return new AppError(ErrorCode.ValidationFailed, `The request is not valid: ${summary}.`, { fields: details });
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.metatype;
    if (metadata.type !== 'query' || !dto || !this.toValidate(metadata)) return super.transform(value, metadata);
    let known = this.queries.get(dto);
    if (!known) {
      known = new Lru(QUERIES_PER_DTO);
      this.queries.set(dto, known);
    }
    const key = JSON.stringify(value);
    let valid = known.get(key);
    if (!valid) {
      valid = (await super.transform(value, metadata)) as object;
      known.set(key, valid);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(valid) as object | null) as object, valid);
  }
}
