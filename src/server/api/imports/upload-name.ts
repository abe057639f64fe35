export type UploadNameResult = { status: 'ok'; name: string } | { status: 'refused'; message: string };

const ALLOWED = new Set(['.csv', '.xml']);

/**
 * The name an uploaded file is known by: its base name. A browser uploading a folder may send
 * `folder/episodes.csv`, which is fine; a name that climbs (`..`), is absolute (`/etc`, `C:\`), or holds
 * control characters is refused, as is any extension other than .csv and .xml.
 *
 * ### Example
 * ```ts
 * uploadName('2025/episodes.csv') // { status: 'ok', name: 'episodes.csv' }
 * uploadName('../../etc/passwd.csv') // { status: 'refused', … }
 * ```
 */
export function uploadName(raw: string): UploadNameResult {
  const shown = JSON.stringify(raw.slice(0, 120));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (raw.trim() === '' || /[\u0000-\u001f\u007f]/.test(raw))
    return { status: 'refused', message: `file name ${shown} is empty or has control characters` };
  const segments = raw.split(/[/\\]/);
  if (
    raw.startsWith('/') ||
    raw.startsWith('\\') ||
    /^[A-Za-z]:/.test(raw) ||
    segments.some((s) => s === '..')
  )
    return {
      status: 'refused',
      message: `file name ${shown} points outside the upload (only a plain file name is accepted)`,
    };
  const name = (segments[segments.length - 1] ?? '').trim();
  if (name === '' || name === '.' || name.length > 200)
    return { status: 'refused', message: `file name ${shown} is not a usable file name` };
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (!ALLOWED.has(extension))
    return { status: 'refused', message: `${name}: only .csv and .xml files can be imported` };
  return { status: 'ok', name };
}
