import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { srgbProfile } from './page-transforms.js';

const SCAN = join(process.cwd(), 'samples', 'directives', 'dongda-2024-01-matkhau', 'scan-clean-300-p1.png');

/** An ICC header of 132 bytes with `space` at bytes 16–19 and `description` after it. */
function profile(space: string, description: string): Buffer {
  const header = Buffer.alloc(132);
  header.write(space, 16, 'latin1');
  return Buffer.concat([header, Buffer.from(description, 'latin1')]);
}

describe('srgbProfile', () => {
  it('knows the sRGB profile embedded in a sample scan (samples/directives/dongda-2024-01-matkhau)', async () => {
    const { icc } = await sharp(readFileSync(SCAN)).metadata();
    expect(srgbProfile(icc)).toBe(true);
  });

  it('decodes the sample scan to the same grey pixels with its sRGB profile ignored', async () => {
    const bytes = readFileSync(SCAN);
    const managed = await sharp(bytes).rotate().greyscale().raw().toBuffer();
    const ignored = await sharp(bytes, { ignoreIcc: true }).rotate().greyscale().raw().toBuffer();
    expect(ignored.equals(managed)).toBe(true);
  });

  it('keeps other profiles and pages without one', () => {
    expect(srgbProfile(undefined)).toBe(false);
    expect(srgbProfile(profile('RGB ', 'desc Adobe RGB (1998)'))).toBe(false);
    expect(srgbProfile(profile('GRAY', 'desc Dot Gain 20%'))).toBe(false);
    expect(srgbProfile(profile('RGB ', 'desc sRGB IEC61966-2.1'))).toBe(true);
    expect(srgbProfile(profile('RGB ', 'mluc \0s\0R\0G\0B'))).toBe(true);
  });
});
