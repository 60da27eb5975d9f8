import { IsNull, type EntityManager } from 'typeorm';
import { Document } from './document.entity.js';

/** The organisation's live (not deleted) document of this content, if it has one: a re-upload finds it. */
export function findLiveDocument(
  manager: EntityManager,
  organisation: string,
  sha256: string,
): Promise<Document | null> {
  return manager.getRepository(Document).findOneBy({ organisation, sha256, deletedAt: IsNull() });
}

/** True for PostgreSQL's unique violation (23505): here, the same file taken in twice at once. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e?.code ?? e?.driverError?.code) === '23505';
}
