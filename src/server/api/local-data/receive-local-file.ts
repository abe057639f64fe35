import type { FastifyRequest } from 'fastify';
import { LOCAL_FILE_MAX_BYTES } from '../../../local/index.ts';
import { ApiError } from '../../plugins/errors.ts';
import { uploadName } from '../imports/upload-name.ts';

export interface ReceivedLocalFile {
  name: string;
  bytes: Uint8Array;
  fields: Record<string, string>;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * One local-data .csv file (and the form fields) from a multipart upload, held in memory (local files are
 * small). Refuses, naming the file, anything but exactly one .csv within `maxBytes`.
 */
export async function receiveLocalFile(
  request: FastifyRequest,
  maxBytes = LOCAL_FILE_MAX_BYTES,
): Promise<ReceivedLocalFile> {
  const fields: Record<string, string> = {};
  let file: { name: string; bytes: Uint8Array } | undefined;
  let refusal: ApiError | undefined;
  try {
    const parts = request.parts({ limits: { fileSize: maxBytes, files: 2, fields: 10, fieldSize: 1024 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const checked = uploadName(part.filename);
      const buffer = await part.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') return null;
        throw error;
      });
      if (refusal) continue;
      if (part.filename === '' && buffer?.length === 0) continue; // a form sent with no file chosen
      if (checked.status === 'refused') refusal = new ApiError(400, 'invalid-file', checked.message);
      else if (!checked.name.toLowerCase().endsWith('.csv'))
        refusal = new ApiError(
          400,
          'invalid-file',
          `${checked.name}: only a .csv file can be imported (in Excel: Save As "CSV UTF-8")`,
          { file: 'choose a .csv file' },
        );
      else if (buffer === null)
        refusal = new ApiError(
          413,
          'file-too-large',
          `${checked.name} is larger than ${megabytes(maxBytes)}, the most a local-data file can be`,
          { file: `choose a file under ${megabytes(maxBytes)}` },
        );
      else if (file) refusal = new ApiError(400, 'too-many-files', 'Upload one file at a time');
      else file = { name: checked.name, bytes: new Uint8Array(buffer) };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw new ApiError(415, 'unsupported-media-type', 'Send the file as multipart/form-data');
    if (code === 'FST_FILES_LIMIT') throw new ApiError(400, 'too-many-files', 'Upload one file at a time');
    throw error;
  }
  if (refusal) throw refusal;
  if (!file)
    throw new ApiError(400, 'no-files', 'No file was uploaded: choose a .csv file', {
      file: 'choose a .csv file',
    });
  return { ...file, fields };
}
