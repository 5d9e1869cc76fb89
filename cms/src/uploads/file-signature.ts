/**
 * The files editors may upload: PDF reports and raster images. SVG is left out on purpose:
 * it is a document that can carry script.
 */
export const ALLOWED_UPLOAD_TYPES = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
} as const satisfies Record<string, readonly string[]>;

export type AllowedUploadType = keyof typeof ALLOWED_UPLOAD_TYPES;

/** Bytes that must be read from the start of a file to recognise every allowed type. */
export const SIGNATURE_LENGTH = 12;

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  bytes.every((byte, index) => head[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/**
 * The type a file really is, from its first bytes (its "magic number"), or null when it is
 * none of the allowed types, whatever its name or declared type says.
 */
export function detectUploadType(head: Uint8Array): AllowedUploadType | null {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

export type UploadRefusal =
  | { reason: 'type'; fileName: string }
  | { reason: 'extension'; fileName: string; detected: AllowedUploadType }
  | { reason: 'size'; fileName: string; limitBytes: number };

/**
 * Why a file may not be stored, or null when it may: its content must be an allowed type,
 * its name must end in that type's extension (a disguised file is refused even when both
 * halves are harmless, so what the library shows is what the file is), and it must fit the limit.
 */
export function checkUpload(
  file: { name: string; size: number; head: Uint8Array },
  limitBytes: number
): UploadRefusal | null {
  if (file.size > limitBytes) return { reason: 'size', fileName: file.name, limitBytes };
  const detected = detectUploadType(file.head);
  if (!detected) return { reason: 'type', fileName: file.name };
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
  if (!(ALLOWED_UPLOAD_TYPES[detected] as readonly string[]).includes(extension)) {
    return { reason: 'extension', fileName: file.name, detected };
  }
  return null;
}
