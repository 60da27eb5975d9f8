import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontMissing } from './rendering.errors.js';

/**
 * The family name the page CSS asks for first. Its four faces are embedded in every page, so a PDF
 * looks the same on every server whatever fonts the machine has: Tinos (Google's metric twin of
 * Times New Roman, with every Vietnamese letter) from the npm package @expo-google-fonts/tinos, or
 * a folder configured instead (Liberation Serif 2 from Debian's fonts-liberation2, the same design).
 */
export const DOCUMENT_FONT_FAMILY = 'Document Serif';

/** Each face, by the file names it may have: the npm package's, Tinos's own, Liberation Serif's. */
const FACES = [
  {
    weight: 'normal',
    style: 'normal',
    files: ['400Regular/Tinos_400Regular.ttf', 'Tinos-Regular.ttf', 'LiberationSerif-Regular.ttf'],
  },
  {
    weight: 'bold',
    style: 'normal',
    files: ['700Bold/Tinos_700Bold.ttf', 'Tinos-Bold.ttf', 'LiberationSerif-Bold.ttf'],
  },
  {
    weight: 'normal',
    style: 'italic',
    files: ['400Regular_Italic/Tinos_400Regular_Italic.ttf', 'Tinos-Italic.ttf', 'LiberationSerif-Italic.ttf'],
  },
  {
    weight: 'bold',
    style: 'italic',
    files: ['700Bold_Italic/Tinos_700Bold_Italic.ttf', 'Tinos-BoldItalic.ttf', 'LiberationSerif-BoldItalic.ttf'],
  },
] as const;

export interface FontFace {
  weight: 'normal' | 'bold';
  style: 'normal' | 'italic';
  path: string;
  bytes: Buffer;
}

/** Where npm put Tinos (@expo-google-fonts/tinos, SIL Open Font License). */
export function bundledFontDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json'));
}

/** The four faces' files in `fontDir` (default: the bundled Tinos); FONT_MISSING names the first one absent. */
export function documentFontPaths(fontDir: string = bundledFontDir()): string[] {
  return FACES.map((face) => {
    const path = face.files.map((file) => join(fontDir, file)).find((candidate) => existsSync(candidate));
    if (!path) throw fontMissing(join(fontDir, face.files[face.files.length - 1]));
    return path;
  });
}

/** Reads the four faces of the document font; throws FONT_MISSING naming the absent file. */
export function loadDocumentFonts(fontDir?: string): FontFace[] {
  const paths = documentFontPaths(fontDir);
  return FACES.map((face, i) => ({
    weight: face.weight,
    style: face.style,
    path: paths[i],
    bytes: readFileSync(paths[i]),
  }));
}

/** @font-face rules embedding the faces as data: URLs, so the page never fetches a font. */
export function fontFaceCss(faces: readonly FontFace[]): string {
  return faces
    .map(
      (face) =>
        `@font-face{font-family:'${DOCUMENT_FONT_FAMILY}';font-weight:${face.weight};font-style:${face.style};` +
        `src:url(data:font/ttf;base64,${face.bytes.toString('base64')}) format('truetype');}`,
    )
    .join('\n');
}
