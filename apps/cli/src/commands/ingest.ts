import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAppError, JsonLogger } from '@congvan/common';
import { loadEnv } from '@congvan/config';
import { DocumentsService } from '@congvan/documents';
import { startApp } from '../../../api/src/bootstrap.js';
import { usage } from '../usage.js';

/** `congvan ingest FILE...`: store scans and run the pipeline until each is extracted or failed. */
export async function run(files: string[]): Promise<number> {
  if (files.length === 0) return usage();
  const running = await startApp({ ...loadEnv(), ROLES: ['worker'] }, new JsonLogger('warn'));
  try {
    const documents = running.app.get(DocumentsService);
    let failed = 0;
    for (const file of files) {
      try {
        const { document, duplicate } = await documents.ingest(await readFile(file), basename(file), null);
        let current = document;
        while (!['extracted', 'reviewed', 'tasked', 'failed'].includes(current.status)) {
          await sleep(500);
          current = await documents.find(document.id);
        }
        if (current.status === 'failed') failed++;
        const reason = current.failure ? ` — ${current.failure.code}: ${current.failure.messageVi}` : '';
        process.stdout.write(
          `${file}\t${current.id}\t${current.status}${duplicate ? ' (trùng/duplicate)' : ''}${reason}\n`,
        );
      } catch (error) {
        failed++;
        process.stdout.write(
          `${file}\t-\t${isAppError(error) ? `${error.code}: ${error.messageVi} / ${error.messageEn}` : (error as Error).message}\n`,
        );
      }
    }
    return failed === 0 ? 0 : 1;
  } finally {
    await running.close();
  }
}
