import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import 'reflect-metadata';

const SENSITIVE = Symbol('sensitive');

/** Marks a variable whose value must never be printed (passwords, connection strings). */
function Sensitive(): PropertyDecorator {
  return (target, key) => {
    const keys: string[] = Reflect.getMetadata(SENSITIVE, target) ?? [];
    Reflect.defineMetadata(SENSITIVE, [...keys, String(key)], target);
  };
}

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : value;

export const PROCESS_ROLES = ['api', 'worker'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

/**
 * Every setting the application reads from the environment. Defaults make the embedded mode work
 * with zero variables; a bad value stops start-up with a message naming the variable.
 */
export class Env {
  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  @Sensitive()
  DATABASE_URL?: string;

  /** Where the embedded PostgreSQL keeps its files and where uploads are stored by default. */
  @IsString()
  DATA_DIR = './data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Which parts this process runs: the HTTP API, the pipeline worker, or both (default). */
  @Transform(toList)
  @IsIn(PROCESS_ROLES, { each: true })
  ROLES: ProcessRole[] = ['api', 'worker'];

  @IsIn(['debug', 'info', 'warn', 'error'])
  LOG_LEVEL: 'debug' | 'info' | 'warn' | 'error' = 'info';

  /** Where original uploads are stored (content-addressed); defaults to DATA_DIR/files. */
  @IsOptional()
  @IsString()
  STORAGE_DIR?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_073_741_824)
  UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  UPLOAD_MAX_PAGES = 200;

  /** Largest page image accepted, in pixels (an A4 page at 600 DPI is about 35 megapixels). */
  @Transform(toInt)
  @IsInt()
  @Min(1_000_000)
  @Max(1_000_000_000)
  UPLOAD_MAX_PIXELS = 60_000_000;

  /** Tesseract workers (one per core by default). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  OCR_WORKERS?: number;

  /** Worker threads that read directives (extraction), off the HTTP event loop; default 1. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  EXTRACTION_THREADS = 1;

  /** How long extracting one document may take before it fails with the reason; default 60 s. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  EXTRACTION_TIMEOUT_MS = 60_000;

  /** `tesseract.js` (embedded, default) or `native` (the tesseract CLI with vie, when installed). */
  @IsIn(['tesseract.js', 'native'], { message: 'OCR_ENGINE must be tesseract.js or native' })
  OCR_ENGINE: 'tesseract.js' | 'native' = 'tesseract.js';

  /** tesseract.js's Vietnamese model: `best` (default), `fast` or `cascade` (see OcrModel in libs/ocr). */
  @IsOptional()
  @IsIn(['best', 'fast', 'cascade'], { message: 'OCR_MODEL must be best, fast or cascade' })
  OCR_MODEL?: 'best' | 'fast' | 'cascade';

  /** A folder watched for scans dropped by a scanner or a clerk; unset disables it. */
  @IsOptional()
  @IsString()
  INBOX_DIR?: string;

  /** The folder the edXML outbox is delivered to (status packages, exported replies); default DATA_DIR/edxml-outbox. */
  @IsOptional()
  @IsString()
  EDXML_OUTBOX_DIR?: string;

  /** A gateway that takes edXML packages by HTTP POST; set, it replaces the folder transport. */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\//, { message: 'EDXML_GATEWAY_URL must be an http:// or https:// URL' })
  EDXML_GATEWAY_URL?: string;

  /** Sent to the gateway as "Authorization: Bearer …". */
  @IsOptional()
  @IsString()
  @Sensitive()
  EDXML_GATEWAY_TOKEN?: string;

  /** The Chromium (or Chrome) that prints PDF replies; unset: Debian's /usr/bin/chromium when installed, else the one from npm. */
  @IsOptional()
  @IsString()
  CHROMIUM_PATH?: string;

  /** A folder of Tinos-*.ttf or LiberationSerif-*.ttf embedded in replies; unset: the Tinos from npm. */
  @IsOptional()
  @IsString()
  DOCUMENT_FONT_DIR?: string;

  /** Express "trust proxy": which proxies may set X-Forwarded-For (e.g. "loopback", "10.0.0.0/8"); unset trusts none. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * PEM files (comma-separated) of the roots a signer must chain to for POST /replies/verify to call
   * it trusted: the national root of Ban Cơ yếu Chính phủ and any public CA roots. Unset: no signer
   * is trusted (signatures are still checked for integrity).
   */
  @Transform(toList)
  @IsOptional()
  @IsString({ each: true })
  SIGNATURE_TRUSTED_ROOTS?: string[];

  /** Password rotation, in days, for administrators and for other accounts; session lifetime in hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  AUTH_ADMIN_ROTATION_DAYS = 90;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  AUTH_USER_ROTATION_DAYS = 180;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(720)
  SESSION_TTL_HOURS = 12;

  /** How long a checked session is trusted without asking the database (0: every request). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  SESSION_CACHE_MS = 5_000;

  /**
   * Megabytes of inbox and compliance answers an API process keeps while nothing they show changes
   * (validated by the database's change notifications; 0: none).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(4096)
  RESPONSE_CACHE_MB = 64;

  /** Load the sample organisation registry (samples/org) at start-up when it is empty. */
  @IsIn([true, false], { message: 'SEED_SAMPLE_ORG must be true or false' })
  @Transform(({ value }) =>
    value === 'false' || value === '0' ? false : value === 'true' || value === '1' ? true : value,
  )
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
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(Env, '', true, false)
      .map((m) => m.propertyName),
  );
  const present = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => known.has(key) && value !== undefined && value !== ''),
  );
  const env = plainToInstance(Env, present);
  const errors = validateSync(env, { forbidUnknownValues: false });
  const problems = errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((message) => `${e.property}: ${message}`),
  );
  if (problems.length > 0) throw new ConfigError(problems);
  return env;
}

/** The configuration as it may be logged: sensitive values masked. */
export function describeEnv(env: Env): Record<string, unknown> {
  const sensitive: string[] = Reflect.getMetadata(SENSITIVE, Env.prototype) ?? [];
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, sensitive.includes(key) && value ? '***' : value]),
  );
}
