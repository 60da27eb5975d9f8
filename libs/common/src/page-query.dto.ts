import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

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
