import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** The largest offset a list takes (beyond it PostgreSQL's bigint overflows; no list is that long). */
export const MAX_OFFSET = 1_000_000_000;

/** `?limit=&offset=` of a list route: at most 500 rows a page, 100 unless asked. */
export class PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset = 0;
}

/**
 * A list route's page, sort and `paged`: with `paged=true` it answers `{ items, total, limit, offset }`;
 * without, the plain array it always gave (kept for existing callers).
 */
export class PagedListQueryDto extends PageQueryDto {
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  paged?: boolean;

  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

/** One page of a list and how many rows match in all. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** The page (when asked with `paged`) or the plain array, from rows counted with `count(*) OVER ()` as `total`. */
export function pageOrList<T extends { total?: number }>(
  rows: T[],
  query: { paged?: boolean; limit: number; offset: number },
  countAll: () => Promise<number>,
): Promise<Page<Omit<T, 'total'>> | Array<Omit<T, 'total'>>> {
  const items = rows.map(({ total: _total, ...row }) => row);
  if (!query.paged) return Promise.resolve(items);
  const total = rows[0]?.total;
  return (total !== undefined ? Promise.resolve(Number(total)) : countAll()).then((all) => ({
    items,
    total: all,
    limit: query.limit,
    offset: query.offset,
  }));
}
