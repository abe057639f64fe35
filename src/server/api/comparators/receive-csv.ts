import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../plugins/errors.ts';
import { uploadName } from '../imports/upload-name.ts';

/** The most a DfE table may be: the largest council-level tables are a few MB. */
export const CSV_UPLOAD_BYTES = 50 * 1024 * 1024;

export interface ReceivedCsv {
  name: string;
  text: string;
  fields: Record<string, string>;
}

/**
 * One CSV file (and any fields) from a multipart upload, held in memory (a DfE table is small). Refuses,
 * with a message naming the file, anything that is not exactly one .csv file within `maxBytes`.
 */
export async function receiveCsv(request: FastifyRequest, maxBytes = CSV_UPLOAD_BYTES): Promise<ReceivedCsv> {
  const fields: Record<string, string> = {};
  let file: { name: string; text: string } | undefined;
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
      if (checked.status === 'refused') refusal = new ApiError(400, 'invalid-file', checked.message);
      else if (!checked.name.toLowerCase().endsWith('.csv'))
        refusal = new ApiError(400, 'invalid-file', `${checked.name}: only a DfE .csv table can be imported`);
      else if (buffer === null)
        refusal = new ApiError(
          413,
          'file-too-large',
          `${checked.name} is larger than the 50 MB a table can be`,
        );
      else if (file) refusal = new ApiError(400, 'too-many-files', 'Upload one DfE table at a time');
      else file = { name: checked.name, text: buffer.toString('utf8') };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw new ApiError(415, 'unsupported-media-type', 'Send the file as multipart/form-data');
    if (code === 'FST_FILES_LIMIT')
      throw new ApiError(400, 'too-many-files', 'Upload one DfE table at a time');
    throw error;
  }
  if (refusal) throw refusal;
  if (!file)
    throw new ApiError(400, 'no-files', 'No file was uploaded: choose a DfE .csv table', {
      file: 'choose a .csv file',
    });
  return { ...file, fields };
}
