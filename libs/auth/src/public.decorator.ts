import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'congvan:isPublic';

/** Opens a route to callers who are not signed in. Every other route is refused by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
