import { undoImport } from '../../core/services/write-values';
import { backupIfEnabled } from '../../core/services/backup';
import { contextExisting, parse, printJson, required, say, UsageError } from '../args';

export async function undoCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' },
    import: { type: 'string' },
    json: { type: 'boolean' },
  });
  const idText = required(values.import, 'import');
  if (!/^\d+$/.test(idText)) throw new UsageError(`Số lần nhập "${idText}" không hợp lệ.`);
  const ctx = contextExisting(required(values.db, 'db'));
  try {
    await backupIfEnabled(ctx, 'before-undo');
    const r = undoImport(ctx.db, Number(idText));
    say(`Đã hoàn tác lần nhập số ${idText}: khôi phục ${r.restored} số liệu.`);
    if (values.json) printJson({ ok: true, import: Number(idText), ...r });
    return 0;
  } finally {
    ctx.db.close();
  }
}
