import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontMissing } from './rendering.errors.js';

/**
 * Where Debian puts Liberation Serif, the metric twin of Times New Roman. fonts-liberation2 (2.x)
 * comes first: fonts-liberation (1.07) lacks U+1EA0–U+1EF9 ("ệ", "ộ", "ậ", "ữ" ...), so Vietnamese
 * text set in it silently falls back to another font.
 */
export const DEBIAN_LIBERATION_DIRS = [
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/liberation',
] as const;

const FACES = [
  { file: 'LiberationSerif-Regular.ttf', weight: 'normal', style: 'normal' },
  { file: 'LiberationSerif-Bold.ttf', weight: 'bold', style: 'normal' },
  { file: 'LiberationSerif-Italic.ttf', weight: 'normal', style: 'italic' },
  { file: 'LiberationSerif-BoldItalic.ttf', weight: 'bold', style: 'italic' },
] as const;

export interface FontFace {
  weight: 'normal' | 'bold';
  style: 'normal' | 'italic';
  path: string;
  bytes: Buffer;
}

function defaultFontDir(): string {
  return (
    DEBIAN_LIBERATION_DIRS.find((dir) => FACES.every((face) => existsSync(join(dir, face.file)))) ??
    DEBIAN_LIBERATION_DIRS[0]
  );
}

/** Reads the four Liberation Serif faces; throws FONT_MISSING naming the absent file. */
export function loadLiberationSerif(fontDir: string = defaultFontDir()): FontFace[] {
  return FACES.map((face) => {
    const path = join(fontDir, face.file);
    if (!existsSync(path)) throw fontMissing(path);
    return { weight: face.weight, style: face.style, path, bytes: readFileSync(path) };
  });
}

/** @font-face rules embedding the faces as data: URLs, so the page never fetches a font. */
export function fontFaceCss(faces: readonly FontFace[]): string {
  return faces
    .map(
      (face) =>
        `@font-face{font-family:'Liberation Serif';font-weight:${face.weight};font-style:${face.style};` +
        `src:url(data:font/ttf;base64,${face.bytes.toString('base64')}) format('truetype');}`,
    )
    .join('\n');
}
