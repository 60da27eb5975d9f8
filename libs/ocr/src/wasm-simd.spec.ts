import { enableRelaxedSimd } from './wasm-simd.js';

describe('enableRelaxedSimd', () => {
  it('leaves relaxed SIMD on on the Node versions the project supports (20.19 and later)', () => {
    expect(enableRelaxedSimd()).toBe(true);
    expect(enableRelaxedSimd()).toBe(true); // a second engine finds it on already
  });
});
