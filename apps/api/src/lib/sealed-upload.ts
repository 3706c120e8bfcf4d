import { createHash } from 'node:crypto';
import { ValidationError } from '../errors';
import type { FieldCrypto } from './field-crypto';

/** The accepted types, recognised by their first bytes (the declared type is not trusted). */
export function sniffType(content: Buffer): string | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

/** An uploaded scan as it is stored: a safe file name, its sniffed type, size, digest and the encrypted bytes. */
export interface SealedUpload {
  filename: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  contentEnc: Buffer;
}

/** Checks an upload (PDF, JPEG or PNG by its bytes; else 400 on /body/file) and encrypts it for storage. */
export function sealUpload(crypto: FieldCrypto, upload: { filename: string; content: Buffer }, fallbackName: string): SealedUpload {
  const mimeType = sniffType(upload.content);
  if (!mimeType) throw ValidationError.field('/body/file', 'must be a PDF, JPEG or PNG file');
  return {
    filename: upload.filename.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || fallbackName,
    mimeType,
    sizeBytes: upload.content.length,
    sha256: createHash('sha256').update(upload.content).digest('hex'),
    contentEnc: crypto.encryptBytes(upload.content),
  };
}
