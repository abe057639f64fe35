import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { ReturnSource } from '../../../ssda903/index.ts';
import { fileSource } from '../../../ssda903/index.ts';
import { ApiError } from '../../plugins/errors.ts';
import { uploadName } from './upload-name.ts';

export interface UploadLimits {
  /** Bytes per file (default 200 MB). */
  fileBytes: number;
  /** Files per upload (default 30). */
  files: number;
  /** Folder the private upload folders are made in (default the system temp folder). */
  root?: string;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { fileBytes: 200 * 1024 * 1024, files: 30 };

export interface ReceivedUpload {
  /** Private folder (0700) holding the files; the caller removes it with `discard`. */
  dir: string;
  sources: ReturnSource[];
  fields: Record<string, string>;
  discard(): Promise<void>;
}

/** Reads a stream to its end, keeping nothing. */
async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _chunk of stream) {
    // dropped
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Streams a multipart upload to a new private folder: each file under a numbered name (the user's name
 * never touches the file system), its name checked (base name, .csv/.xml only) and its size limited.
 * Throws an ApiError naming the file (400 or 413) after removing everything written.
 */
export async function receiveUpload(request: FastifyRequest, limits: UploadLimits): Promise<ReceivedUpload> {
  const dir = await mkdtemp(join(limits.root ?? tmpdir(), 'sufficiency-upload-'));
  await chmod(dir, 0o700);
  const discard = () => rm(dir, { recursive: true, force: true });
  const sources: ReturnSource[] = [];
  const fields: Record<string, string> = {};
  const names = new Set<string>();
  let refusal: ApiError | null = null;
  try {
    // preservePath: see the name as sent, so a climbing name is refused rather than silently cut down.
    const parts = request.parts({
      preservePath: true,
      limits: { fileSize: limits.fileBytes, files: limits.files, fields: 20, fieldSize: 1024 },
    });
    // After a refusal the rest of the body is still read (and dropped): answering mid-upload would make
    // the browser see a broken connection instead of the message.
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (refusal) {
        await drain(part.file);
        continue;
      }
      const checked = uploadName(part.filename);
      if (checked.status === 'refused' || names.has(checked.status === 'ok' ? checked.name : '')) {
        refusal =
          checked.status === 'refused'
            ? new ApiError(400, 'invalid-file', checked.message)
            : new ApiError(400, 'duplicate-file', `${checked.name}: two files with this name in one upload`);
        await drain(part.file);
        continue;
      }
      names.add(checked.name);
      const path = join(dir, `${String(sources.length + 1).padStart(3, '0')}.upload`);
      const tooLarge = await pipeline(part.file, createWriteStream(path, { mode: 0o600 })).then(
        () => false,
        (error: { code?: string }) => {
          if (error.code === 'FST_REQ_FILE_TOO_LARGE') return true;
          throw error;
        },
      );
      if (tooLarge || part.file.truncated) {
        refusal = new ApiError(
          413,
          'file-too-large',
          `${checked.name} is larger than ${megabytes(limits.fileBytes)}, the most one file can be`,
        );
        continue;
      }
      const size = (await stat(path)).size;
      sources.push({ ...(await fileSource(path)), name: checked.name, size });
    }
    if (refusal) throw refusal;
  } catch (error) {
    await discard();
    // The parser may raise its own limit error after we have refused a file by name: ours says more.
    if (refusal) throw refusal;
    const code = (error as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT')
      throw new ApiError(
        413,
        'too-many-files',
        `Too many files: at most ${limits.files} can be uploaded at once`,
      );
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new ApiError(
        413,
        'file-too-large',
        `A file is larger than ${megabytes(limits.fileBytes)}, the most one file can be`,
      );
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw new ApiError(415, 'unsupported-media-type', 'Send the files as multipart/form-data');
    throw error;
  }
  if (sources.length === 0) {
    await discard();
    throw new ApiError(
      400,
      'no-files',
      'No files were uploaded: choose the .csv or .xml files of a 903 return',
      {
        files: 'choose at least one file',
      },
    );
  }
  return { dir, sources, fields, discard };
}
