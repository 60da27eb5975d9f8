import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import {
  emptyFile,
  fileTooLarge,
  imageTooLarge,
  tooManyPages,
  unreadableImage,
  unsupportedFileType,
} from './ocr.errors.js';
import { resolveLimits, type OcrLimits } from './ocr-limits.js';
import { declaredPdfPageCount } from './pdf-page-count.js';
import { checkPdfImageDimensions, openPdf } from './pdf-pages.js';

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'tiff';

export interface DetectedFile {
  kind: FileKind;
  mimeType: string;
  pageCount: number;
  /** Pixel size of an image file (first page of a TIFF); null for a PDF. */
  width: number | null;
  height: number | null;
}

const KINDS: Readonly<Record<string, FileKind>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/tiff': 'tiff',
};

/** The kind of file, by content only (never by name), without decoding it. */
export async function sniffFileKind(bytes: Uint8Array): Promise<{ kind: FileKind; mimeType: string }> {
  if (bytes.length === 0) throw emptyFile();
  const type = await fileTypeFromBuffer(bytes);
  const kind = type ? KINDS[type.mime] : undefined;
  if (!type || !kind) throw unsupportedFileType(type?.mime ?? null);
  return { kind, mimeType: type.mime };
}

/**
 * Sniffs the content and checks the limits without decoding any pixel: an image's declared size
 * (a decompression bomb declares a huge one), a PDF's page count and embedded image sizes.
 * Throws an `AppError` (EMPTY_FILE, FILE_TOO_LARGE, UNSUPPORTED_FILE_TYPE, IMAGE_TOO_LARGE,
 * TOO_MANY_PAGES, UNREADABLE_IMAGE, UNREADABLE_PDF, ENCRYPTED_PDF).
 */
export async function detectFileType(bytes: Uint8Array, limits: Partial<OcrLimits> = {}): Promise<DetectedFile> {
  const { maxBytes, maxPages, maxPixels } = resolveLimits(limits);
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > maxBytes) throw fileTooLarge(bytes.length, maxBytes);
  const { kind, mimeType } = await sniffFileKind(bytes);
  if (kind === 'pdf') {
    // The declared page count first: a 10,000-page file is refused in milliseconds, unparsed.
    const declared = declaredPdfPageCount(bytes);
    if (declared !== null && declared > maxPages) throw tooManyPages(declared, maxPages);
    checkPdfImageDimensions(bytes, maxPixels);
    const pdf = await openPdf(bytes, { maxPages });
    try {
      if (pdf.pageCount > maxPages) throw tooManyPages(pdf.pageCount, maxPages);
      return { kind, mimeType, pageCount: pdf.pageCount, width: null, height: null };
    } finally {
      await pdf.close();
    }
  }
  const { width, height, pages } = await imageMetadata(bytes);
  if (width * height > maxPixels) throw imageTooLarge(width, height, maxPixels);
  const pageCount = kind === 'tiff' ? (pages ?? 1) : 1;
  if (pageCount > maxPages) throw tooManyPages(pageCount, maxPages);
  return { kind, mimeType, pageCount, width, height };
}

async function imageMetadata(bytes: Uint8Array): Promise<{ width: number; height: number; pages: number | undefined }> {
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!metadata.width || !metadata.height) throw new Error('no dimensions');
    return { width: metadata.width, height: metadata.height, pages: metadata.pages };
  } catch (error) {
    throw unreadableImage((error as Error).message);
  }
}
