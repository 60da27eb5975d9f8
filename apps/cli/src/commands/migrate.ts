import 'reflect-metadata';
import { JsonLogger } from '@congvan/common';
import { loadEnv } from '@congvan/config';
import { migrate, startApp } from '../../../api/src/bootstrap.js';

/** `congvan migrate`: apply pending database migrations. */
export async function run(): Promise<number> {
  const env = loadEnv();
  if (!env.DATABASE_URL) {
    const running = await startApp({ ...env, ROLES: [] }, new JsonLogger('info'));
    await running.close();
    return 0;
  }
  await migrate(env.DATABASE_URL, new JsonLogger('info'));
  return 0;
}
