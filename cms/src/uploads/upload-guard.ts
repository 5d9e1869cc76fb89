import { open } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { requestLanguage, validationMessages } from '../validation/messages';
import { ALLOWED_UPLOAD_TYPES, checkUpload, SIGNATURE_LENGTH } from './file-signature';

/** What Strapi's upload service receives for one file (formidable's file). */
interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

interface UploadService {
  upload(input: { files: IncomingFile | IncomingFile[] }, ...rest: unknown[]): Promise<unknown>;
  replace(id: unknown, input: { file: IncomingFile }, ...rest: unknown[]): Promise<unknown>;
}

async function readHead(filepath: string): Promise<Uint8Array> {
  const handle = await open(filepath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(
      Buffer.alloc(SIGNATURE_LENGTH),
      0,
      SIGNATURE_LENGTH,
      0
    );
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Every way a file reaches the media library (admin upload, replace, import from URL, the
 * REST upload route) ends in the upload service, so the content check sits there. Strapi's
 * own MIME check trusts a matching name and declared type when it cannot recognise the
 * content (an HTML page named photo.png passes it); this one recognises the content or refuses.
 */
export function registerUploadGuard(strapi: Core.Strapi): void {
  const limitBytes = (strapi.config.get('plugin::upload') as { sizeLimit: number }).sizeLimit;

  const assertAllowed = async (files: IncomingFile[]) => {
    for (const file of files) {
      const name = file.originalFilename ?? 'file';
      const refusal = checkUpload(
        { name, size: file.size, head: await readHead(file.filepath) },
        limitBytes
      );
      if (!refusal) continue;
      const messages = validationMessages(requestLanguage(strapi));
      throw new errors.ValidationError(
        refusal.reason === 'size'
          ? messages.uploadSize(name, Math.floor(refusal.limitBytes / 1024 / 1024))
          : refusal.reason === 'extension'
            ? messages.uploadExtension(name, ALLOWED_UPLOAD_TYPES[refusal.detected].join(', '))
            : messages.uploadType(name)
      );
    }
  };

  strapi
    .get('services')
    .extend('plugin::upload.upload', (service: UploadService): UploadService => ({
      ...service,
      async upload(input, ...rest) {
        await assertAllowed([input.files].flat());
        return service.upload(input, ...rest);
      },
      async replace(id, input, ...rest) {
        await assertAllowed([input.file]);
        return service.replace(id, input, ...rest);
      },
    }));
}
