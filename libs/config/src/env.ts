import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import 'reflect-metadata';

const SENSITIVE = Symbol('sensitive');

/** Marks a variable whose value must never be printed (passwords, connection strings). */
function Sensitive(): PropertyDecorator {
  return (target, key) => {
    const keys: string[] = Reflect.getMetadata(SENSITIVE, target) ?? [];
    Reflect.defineMetadata(SENSITIVE, [...keys, String(key)], target);
  };
}

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value);
const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

export const PROCESS_ROLES = ['api', 'worker'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

/**
 * Every setting the application reads from the environment. Defaults make the embedded mode work
 * with zero variables; a bad value stops start-up with a message naming the variable.
 */
export class Env {
  @IsOptional() @IsString() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' }) @Sensitive()
  DATABASE_URL?: string;

  /** Where the embedded PostgreSQL keeps its files and where uploads are stored by default. */
  @IsString()
  DATA_DIR = './data';

  @Transform(toInt) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  /** Which parts this process runs: the HTTP API, the pipeline worker, or both (default). */
  @Transform(toList) @IsIn(PROCESS_ROLES, { each: true })
  ROLES: ProcessRole[] = ['api', 'worker'];

  @IsIn(['debug', 'info', 'warn', 'error'])
  LOG_LEVEL: 'debug' | 'info' | 'warn' | 'error' = 'info';

  /** Load the sample organisation registry (samples/org) at start-up when it is empty. */
  @Transform(({ value }) => (value === 'false' || value === '0' ? false : value === 'true' || value === '1' ? true : value))
  SEED_SAMPLE_ORG: boolean = true;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; throws ConfigError naming every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const known = Object.keys(new Env());
  const present = Object.fromEntries(Object.entries(source).filter(([key, value]) => (known.includes(key) || key === 'DATABASE_URL') && value !== undefined && value !== ''));
  const env = plainToInstance(Env, present);
  const errors = validateSync(env, { forbidUnknownValues: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((message) => `${e.property}: ${message}`));
  if (typeof env.SEED_SAMPLE_ORG !== 'boolean') problems.push('SEED_SAMPLE_ORG: must be true or false');
  if (problems.length > 0) throw new ConfigError(problems);
  return env;
}

/** The configuration as it may be logged: sensitive values masked. */
export function describeEnv(env: Env): Record<string, unknown> {
  const sensitive: string[] = Reflect.getMetadata(SENSITIVE, Env.prototype) ?? [];
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, sensitive.includes(key) && value ? '***' : value]));
}
