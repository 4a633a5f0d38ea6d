import { listImports } from '../../core/repos/imports';
import { openExisting, parse, printJson, required } from '../args';

export async function importsCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
  const db = openExisting(required(values.db, 'db'));
  try {
    const list = listImports(db);
    if (values.json) printJson(list);
    else
      for (const i of list)
        process.stdout.write(
          `${i.id}\t${i.createdAt}\t${i.files.map((f) => f.name).join(', ') || i.note || ''}\tthêm ${i.inserted}, cập nhật ${i.updated}, giữ nguyên ${i.unchanged}${i.undoneAt ? '\t(đã hoàn tác)' : ''}\n`,
        );
    return 0;
  } finally {
    db.close();
  }
}
