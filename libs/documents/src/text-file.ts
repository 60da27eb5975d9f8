import type { EntityManager } from 'typeorm';
import { DocumentFile } from './document-file.entity.js';
import type { Document } from './document.entity.js';

/** The stored file whose text is the document's: the original, or the main file of an edXML package. */
export async function textFileSha256(manager: EntityManager, document: Document): Promise<string> {
  if (document.source !== 'edxml') return document.sha256;
  const main = await manager.findOneBy(DocumentFile, { documentId: document.id, role: 'main' });
  return main?.sha256 ?? document.sha256;
}
