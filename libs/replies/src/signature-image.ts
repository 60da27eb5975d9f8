import { fileTypeFromBuffer } from 'file-type';
import { badSignatureImage } from './replies.errors.js';

/** A handwritten signature image may be at most this large. */
export const SIGNATURE_IMAGE_MAX_BYTES = 1024 * 1024;

/** A PNG or JPEG (checked by content) as a data: URL for the signer block. */
export async function signatureDataUrl(image: Buffer): Promise<string> {
  if (image.length > SIGNATURE_IMAGE_MAX_BYTES)
    throw badSignatureImage(`larger than ${SIGNATURE_IMAGE_MAX_BYTES} bytes`);
  const type = await fileTypeFromBuffer(image);
  if (!type || (type.mime !== 'image/png' && type.mime !== 'image/jpeg'))
    throw badSignatureImage(`content is ${type?.mime ?? 'unknown'}`);
  return `data:${type.mime};base64,${image.toString('base64')}`;
}
