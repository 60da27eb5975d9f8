import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuthService, ROLES, type Role } from '@congvan/auth';
import { JsonLogger } from '@congvan/common';
import { loadEnv } from '@congvan/config';
import { Unit } from '@congvan/organisation';
import { startApp } from '../../../api/src/bootstrap.js';
import { usage } from '../usage.js';

/** `congvan create-user --username U --role R [--unit CODE] [--name "Họ tên"]`. */
export async function run(args: string[]): Promise<number> {
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const [username, role, unitCode] = [option('username'), option('role') as Role | undefined, option('unit')];
  if (!username || !role || !ROLES.includes(role)) return usage();
  const password = process.env.CONGVAN_PASSWORD ?? (await readStdin()).trim();
  const env = loadEnv();
  const running = await startApp({ ...env, ROLES: [] }, new JsonLogger('warn'));
  try {
    const unit = unitCode ? await running.app.get(DataSource).getRepository(Unit).findOneBy({ code: unitCode }) : null;
    if (unitCode && !unit) throw new Error(`Không có đơn vị mã "${unitCode}" / no unit with code "${unitCode}"`);
    const user = await running.app.get(AuthService).createUser(null, {
      username,
      displayName: option('name') ?? username,
      role,
      unitId: unit?.id ?? null,
      password,
    });
    process.stdout.write(`Đã tạo tài khoản ${user.username} (${user.role}) / account created\n`);
    return 0;
  } finally {
    await running.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
