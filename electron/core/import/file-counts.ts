/** How many of each file's values are new, changed or unchanged, so the batch list can show every file's share. */
import type { FilePreview } from '../../../shared/api/import-types';
import type { ValueStore } from './value-store';

type Counts = NonNullable<FilePreview['counts']>;

/** Needs `store.old` filled (NaN where the database had no figure). One pass over the store, whatever the file count. */
export function withFileCounts(files: FilePreview[], store: ValueStore): FilePreview[] {
  const bySource = store.sources.map(() => ({ inserted: 0, updated: 0, unchanged: 0 }));
  for (let i = 0; i < store.length; i++) {
    const c = bySource[store.source[i]!]!;
    const old = store.old[i]!;
    if (Number.isNaN(old)) c.inserted++;
    else if (old === store.value[i]) c.unchanged++;
    else c.updated++;
  }
  const byFile = new Map<string, Counts>();
  store.sources.forEach((s, k) => {
    const c = byFile.get(s.file) ?? { inserted: 0, updated: 0, unchanged: 0 };
    const add = bySource[k]!;
    byFile.set(s.file, {
      inserted: c.inserted + add.inserted,
      updated: c.updated + add.updated,
      unchanged: c.unchanged + add.unchanged,
    });
  });
  return files.map((f) => ({
    ...f,
    counts: byFile.get(f.name) ?? { inserted: 0, updated: 0, unchanged: 0 },
  }));
}
