import type { FileInput } from '../../../../shared/api/files';

/** Reads dropped or picked browser files into bytes, reporting progress over the total size. */
export async function readFiles(files: File[], onProgress: (fraction: number) => void): Promise<FileInput[]> {
  const total = files.reduce((s, f) => s + f.size, 0) || 1;
  let done = 0;
  const out: FileInput[] = [];
  for (const f of files) {
    const data = new Uint8Array(await f.arrayBuffer());
    done += f.size;
    onProgress(done / total);
    out.push({ name: f.name, data });
  }
  return out;
}

/** Only .xlsx is read; an old .xls is refused by the importer with its own message, so let it through. */
export function acceptable(name: string): boolean {
  return /\.(xlsx|xlsm|xls)$/i.test(name);
}
