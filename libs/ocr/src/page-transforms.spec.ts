import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { cropRegion, type GreyImage } from './grey-image.js';
import { deskew, enlargedLine, shrink, srgbProfile } from './page-transforms.js';
import { estimateSkew } from './skew.js';

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

describe('one-channel image steps', () => {
  const rawOf = (image: GreyImage): Sharp =>
    sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 1 } });
  const greyOf = async (pipeline: Sharp): Promise<GreyImage> => {
    const { data, info } = await pipeline.greyscale().raw().toBuffer({ resolveWithObject: true });
    return { pixels: data, width: info.width, height: info.height };
  };

  it('straighten, shrink and enlarge the sample scan to the pixels the greyscale() pipeline gives', async () => {
    const page = await greyOf(sharp(readFileSync(SCAN)).resize({ width: 900 }));
    const tilted = await greyOf(rawOf(page).rotate(1.5, { background: '#ffffff' }));
    const skew = await estimateSkew(tilted);
    expect(Math.abs(skew)).toBeGreaterThanOrEqual(0.3);
    const straight = await greyOf(rawOf(tilted).rotate(-skew, { background: '#ffffff' }));
    expect((await deskew(tilted)).pixels.equals(straight.pixels)).toBe(true);
    const shrunk = await greyOf(rawOf(page).resize({ width: 500, kernel: 'lanczos3' }));
    expect((await shrink(page, 500 / page.width)).pixels.equals(shrunk.pixels)).toBe(true);
    const rect = { left: 100, top: 200, width: 600, height: 40 };
    const scale = Math.min(3, Math.max(1, 48 / (rect.height * 0.6)));
    const line = cropRegion(page, { ...rect, masks: [] });
    const enlarged = await greyOf(
      rawOf(line)
        .resize({ width: Math.round(rect.width * scale), kernel: 'lanczos3' })
        .normalise(),
    );
    expect((await enlargedLine(page, rect)).crop.pixels.equals(enlarged.pixels)).toBe(true);
  });
});
