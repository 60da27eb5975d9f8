import type { Test } from 'supertest';

/**
 * A supertest body parser that keeps the body as bytes, for files (PDF, XLSX, images): use it as
 * `.buffer(true).parse(keepBytes)`. Supertest buffers only text and JSON by itself.
 */
export const keepBytes: Parameters<Test['parse']>[0] = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Reads every `intervalMs` until `done` holds and returns that value; throws after `timeoutMs`, naming the last. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs = 250, timeoutMs = 150_000 }: { intervalMs?: number; timeoutMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
