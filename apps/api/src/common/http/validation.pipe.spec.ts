import { describe, expect, it } from '@jest/globals';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AppError } from '../errors/app-error.js';
import { AppValidationPipe } from './validation.pipe.js';

class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

class Body {
  @IsInt()
  count: number;
}

const asQuery = { type: 'query', metatype: PageQuery, data: undefined } as const;

describe('AppValidationPipe', () => {
  it('gives each request its own converted query DTO, also when the query string was seen before', async () => {
    const pipe = new AppValidationPipe();
    const first = (await pipe.transform({ limit: '20' }, asQuery)) as PageQuery;
    const again = (await pipe.transform({ limit: '20' }, asQuery)) as PageQuery;
    expect(first).toBeInstanceOf(PageQuery);
    expect(again).toBeInstanceOf(PageQuery);
    expect(again).toEqual({ limit: 20 });
    expect(again).not.toBe(first);
    first.limit = 99; // a handler that changed its copy would not change the next request's
    expect(await pipe.transform({ limit: '20' }, asQuery)).toEqual({ limit: 20 });
  });

  it('refuses a bad query string every time it comes, with the fields at fault', async () => {
    const pipe = new AppValidationPipe();
    for (let round = 0; round < 2; round += 1) {
      await expect(pipe.transform({ limit: '0' }, asQuery)).rejects.toBeInstanceOf(AppError);
      await expect(pipe.transform({ limit: '5', colour: 'red' }, asQuery)).rejects.toThrow(/colour/);
    }
  });

  it('validates a body afresh each time', async () => {
    const pipe = new AppValidationPipe();
    const asBody = { type: 'body', metatype: Body, data: undefined } as const;
    const body = { count: 3 };
    const first = await pipe.transform(body, asBody);
    body.count = 'three' as unknown as number;
    await expect(pipe.transform(body, asBody)).rejects.toThrow(/count/);
    expect(first).toEqual({ count: 3 });
  });
});
