/**
 * pdf.js's legacy build, which pdf-parse loads, carries core-js polyfills: on Node 20 (V8 11) one
 * of them replaces Array.prototype.push for the whole process with a JavaScript function (a
 * property descriptor read on every call; its toString still says "[native code]"), so every push
 * of every library — the database driver, Express, Nest, class-validator — ran it (seen in
 * bench/tasking.bench.ts's CPU profile). This module is imported before pdf-parse and keeps the
 * engine's own push; restoreEngineArrayPush puts it back once pdf.js is loaded. The polyfill only
 * fixes arrays of 2^32 elements and arrays whose length is read-only, which nothing here has.
 */
const enginePush = Array.prototype.push;

export function restoreEngineArrayPush(): void {
  if (Array.prototype.push === enginePush) return;
  Object.defineProperty(Array.prototype, 'push', {
    value: enginePush,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
