#!/usr/bin/env node
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { isAppError, JsonLogger } from '@congvan/common';
import { ConfigError, loadEnv, type Env } from '@congvan/config';
import { AuthService, ROLES, type Role } from '@congvan/auth';
import { DocumentsService } from '@congvan/documents';
import { Unit } from '@congvan/organisation';
import { extractDirective } from '@congvan/extraction';
import { OrganisationService, parseRegistryCsv, parseRegistryJson } from '@congvan/organisation';
import { readDocumentText } from './read-document-text.js';
import { migrate, startApp } from '../../api/src/bootstrap.js';

const USAGE = `congvan — công văn → việc cần làm

Usage:
  congvan extract FILE [--evidence]   Print the Directive JSON read from FILE (text, image or PDF)
  congvan ingest FILE...              Store scans and run the pipeline until each is extracted or failed
  congvan import-org FILE             Import the organisation registry (JSON or CSV)
  congvan create-user --username U --role R [--unit CODE] [--name "Họ tên"]
                                      Create an account (roles: clerk, unit_admin, leader, system_admin);
                                      the password is read from CONGVAN_PASSWORD or standard input
  congvan migrate                     Apply pending database migrations

The database is DATABASE_URL, or the embedded PostgreSQL in DATA_DIR when it is unset.`;

type Command = (args: string[], env: Env) => Promise<number>;

const commands: Record<string, Command> = {
  async extract(args) {
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) return usage();
    const text = await readDocumentText(await readFile(file));
    const result = extractDirective(text);
    process.stdout.write(JSON.stringify(args.includes('--evidence') ? result : result.directive, null, 2) + '\n');
    return 0;
  },

  async ingest(files, env) {
    if (files.length === 0) return usage();
    const running = await startApp({ ...env, ROLES: ['worker'] }, new JsonLogger('warn'));
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
  },

  async 'import-org'([file], env) {
    if (!file) return usage();
    const text = await readFile(file, 'utf8');
    const registry =
      extname(file).toLowerCase() === '.csv' ? { units: parseRegistryCsv(text) } : parseRegistryJson(text);
    const running = await startApp({ ...env, ROLES: ['worker'], SEED_SAMPLE_ORG: false }, new JsonLogger('warn'));
    try {
      const summary = await running.app.get(OrganisationService).importRegistry(registry.units);
      process.stdout.write(
        `Đã nhập ${summary.created} đơn vị mới, cập nhật ${summary.updated} đơn vị (created ${summary.created}, updated ${summary.updated}).\n`,
      );
      return 0;
    } finally {
      await running.close();
    }
  },

  async 'create-user'(args, env) {
    const option = (name: string) => {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? args[i + 1] : undefined;
    };
    const [username, role, unitCode] = [option('username'), option('role') as Role | undefined, option('unit')];
    if (!username || !role || !ROLES.includes(role)) return usage();
    const password = process.env.CONGVAN_PASSWORD ?? (await readStdin()).trim();
    const running = await startApp(
      { ...env, ROLES: ['worker'], SEED_SAMPLE_ORG: env.SEED_SAMPLE_ORG },
      new JsonLogger('warn'),
    );
    try {
      const unit = unitCode
        ? await running.app.get(DataSource).getRepository(Unit).findOneBy({ code: unitCode })
        : null;
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
  },

  async migrate(_args, env) {
    if (!env.DATABASE_URL) {
      const running = await startApp({ ...env, ROLES: ['worker'] }, new JsonLogger('info'));
      await running.close();
      return 0;
    }
    await migrate(env.DATABASE_URL, new JsonLogger('info'));
    return 0;
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function usage(): number {
  process.stderr.write(USAGE + '\n');
  return 64;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) return usage();
  try {
    return await command(args, loadEnv());
  } catch (error) {
    if (error instanceof ConfigError) process.stderr.write(error.message + '\n');
    else if (isAppError(error)) process.stderr.write(`${error.code}: ${error.messageVi}\n${error.messageEn}\n`);
    else process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
