import { setFlagsFromString } from 'node:v8';

/**
 * A WebAssembly module using a relaxed-SIMD instruction (as wasm-feature-detect, which tesseract.js
 * asks, tests it): whether this V8 compiles relaxed SIMD.
 */
const RELAXED_SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 15, 1, 13, 0, 65, 1, 253, 15, 65, 2, 253, 15,
  253, 128, 2, 11,
]);

/** WebAssembly.validate (the global, which this project's TypeScript library settings do not declare). */
const validate = (bytes: Uint8Array): boolean =>
  (globalThis as unknown as { WebAssembly: { validate(bytes: Uint8Array): boolean } }).WebAssembly.validate(bytes);

/**
 * Turns on WebAssembly relaxed SIMD where V8 has it behind a flag (Node 20; Node 22 and later ship it
 * on), before tesseract.js loads its core: tesseract.js then loads its relaxed-SIMD build, whose LSTM
 * multiplies 8-bit weights with a dot-product instruction (on x86, the one native tesseract's SSE and
 * AVX2 code uses), about a sixth less CPU per page for the same text (bench:ocr). The flag is
 * process-wide and only adds instructions WebAssembly may use. Returns whether relaxed SIMD is on.
 */
export function enableRelaxedSimd(): boolean {
  if (validate(RELAXED_SIMD_PROBE)) return true;
  setFlagsFromString('--experimental-wasm-relaxed-simd');
  return validate(RELAXED_SIMD_PROBE);
}
