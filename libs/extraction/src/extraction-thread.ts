/**
 * The entry of an extraction thread (see ExtractionPool): reads each text it is sent with
 * extractDirective and posts the result back under the request's id. Says `ready` once loaded, so
 * the pool's timeout counts the reading, not the thread's start.
 */
import { parentPort } from 'node:worker_threads';
import { extractDirective } from './extract-directive.js';
import type { ExtractionResult } from './directive.types.js';

export interface ExtractionRequest {
  id: number;
  text: string;
}

export type ExtractionReply =
  | { ready: true }
  | { id: number; result: ExtractionResult }
  | { id: number; error: { message: string; stack?: string } };

const port = parentPort!;

port.on('message', ({ id, text }: ExtractionRequest) => {
  try {
    port.postMessage({ id, result: extractDirective(text) } satisfies ExtractionReply);
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ id, error: { message, stack } } satisfies ExtractionReply);
  }
});
port.postMessage({ ready: true } satisfies ExtractionReply);
