// Turning what the user chose or dropped into the list of 903 files to send.

const ACCEPTED = /\.(csv|xml)$/i;
export const MAX_FILES = 30;
export const MAX_BYTES = 200 * 1024 * 1024;

/** Every file inside a dropped folder (readEntries answers in batches until it returns none). */
async function filesIn(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return [
      await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)),
    ];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const found: File[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return found;
    for (const child of batch) found.push(...(await filesIn(child)));
  }
}

/** The files in a drop, looking inside folders (webkitGetAsEntry); plain files when entries are unavailable. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (entries.length === 0) return [...data.files];
  return (await Promise.all(entries.map(filesIn))).flat();
}

export interface FileChoice {
  files: File[];
  /** Names left out because they are not .csv or .xml (other files in a chosen folder). */
  ignored: string[];
}

/** Keeps .csv and .xml files, one per name (the last chosen wins). */
export function chooseFiles(files: readonly File[]): FileChoice {
  const byName = new Map<string, File>();
  const ignored: string[] = [];
  for (const file of files) {
    if (ACCEPTED.test(file.name)) byName.set(file.name, file);
    else if (!file.name.startsWith('.')) ignored.push(file.name);
  }
  return { files: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)), ignored };
}

/** What stops these files being sent, in words for the error summary. */
export function fileProblems(files: readonly File[]): string[] {
  const problems: string[] = [];
  if (files.length === 0) problems.push('Choose the files of the return, or a folder holding them');
  if (files.length > MAX_FILES)
    problems.push(`Choose at most ${MAX_FILES} files (you chose ${files.length})`);
  for (const file of files) {
    if (file.size > MAX_BYTES) problems.push(`${file.name} is larger than 200 MB`);
    if (file.size === 0) problems.push(`${file.name} is empty`);
  }
  return problems;
}
