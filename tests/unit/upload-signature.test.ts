import { describe, expect, it } from 'vitest';
import { checkUpload, detectUploadType } from '../../cms/src/uploads/file-signature.ts';

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(
    values.flatMap((value) =>
      typeof value === 'string' ? [...value].map((character) => character.charCodeAt(0)) : [value]
    )
  );

const PNG = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF');
const PDF = bytes('%PDF-1.7\n%');
const GIF = bytes('GIF89a', 1, 0, 1, 0);
const WEBP = bytes('RIFF', 0x24, 0, 0, 0, 'WEBP');

describe('detectUploadType', () => {
  it('recognises each allowed type by its first bytes', () => {
    expect(detectUploadType(PNG)).toBe('image/png');
    expect(detectUploadType(JPEG)).toBe('image/jpeg');
    expect(detectUploadType(PDF)).toBe('application/pdf');
    expect(detectUploadType(GIF)).toBe('image/gif');
    expect(detectUploadType(WEBP)).toBe('image/webp');
  });

  it('recognises nothing else: SVG, HTML, a RIFF that is not WebP, an empty file', () => {
    expect(detectUploadType(bytes('<svg xmlns="http'))).toBeNull();
    expect(detectUploadType(bytes('<!DOCTYPE html>'))).toBeNull();
    expect(detectUploadType(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull();
    expect(detectUploadType(bytes())).toBeNull();
  });
});

describe('checkUpload', () => {
  const limit = 1024;

  it('accepts a file whose content matches its extension, in any letter case', () => {
    expect(checkUpload({ name: 'Foto.PNG', size: 10, head: PNG }, limit)).toBeNull();
    expect(checkUpload({ name: 'foto.jpeg', size: 10, head: JPEG }, limit)).toBeNull();
    expect(checkUpload({ name: 'verslag.pdf', size: 10, head: PDF }, limit)).toBeNull();
  });

  it('refuses content of no allowed type, whatever the name', () => {
    expect(checkUpload({ name: 'foto.png', size: 10, head: bytes('<html>') }, limit)).toEqual({
      reason: 'type',
      fileName: 'foto.png',
    });
  });

  it('refuses an allowed type under another type’s name or a dangerous one', () => {
    expect(checkUpload({ name: 'foto.jpg', size: 10, head: PNG }, limit)?.reason).toBe('extension');
    expect(checkUpload({ name: 'foto.png.html', size: 10, head: PNG }, limit)?.reason).toBe(
      'extension'
    );
    expect(checkUpload({ name: 'foto', size: 10, head: PNG }, limit)?.reason).toBe('extension');
  });

  it('refuses a file over the limit before looking at it', () => {
    expect(checkUpload({ name: 'groot.pdf', size: limit + 1, head: PDF }, limit)).toEqual({
      reason: 'size',
      fileName: 'groot.pdf',
      limitBytes: limit,
    });
  });
});
