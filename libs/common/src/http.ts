/**
 * `@congvan/common/http`: shared request DTOs of the HTTP routes. Kept out of `@congvan/common`
 * because their decorators load class-validator and need reflect-metadata, which the pure engine
 * libraries (extraction, ocr) that use `@congvan/common` must not pay for.
 */
export * from './page-query.dto.js';
