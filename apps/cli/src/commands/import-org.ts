import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { JsonLogger } from '@congvan/common';
import { loadEnv } from '@congvan/config';
import { OrganisationService, parseRegistryCsv, parseRegistryJson } from '@congvan/organisation';
import { startApp } from '../../../api/src/bootstrap.js';
import { usage } from '../usage.js';

/** `congvan import-org FILE`: import the organisation registry (JSON or CSV). */
export async function run([file]: string[]): Promise<number> {
  if (!file) return usage();
  const text = await readFile(file, 'utf8');
  const registry = extname(file).toLowerCase() === '.csv' ? { units: parseRegistryCsv(text) } : parseRegistryJson(text);
  const running = await startApp({ ...loadEnv(), ROLES: [], SEED_SAMPLE_ORG: false }, new JsonLogger('warn'));
  try {
    const summary = await running.app.get(OrganisationService).importRegistry(registry.units, registry.ended);
    process.stdout.write(
      `Đã nhập ${summary.created} đơn vị mới, cập nhật ${summary.updated} đơn vị, ${summary.succeeded} đơn vị có đơn vị kế thừa, ${summary.ended} đơn vị chấm dứt (created ${summary.created}, updated ${summary.updated}, succeeded ${summary.succeeded}, ended ${summary.ended}).\n`,
    );
    return 0;
  } finally {
    await running.close();
  }
}
