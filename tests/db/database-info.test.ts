import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databaseInfo } from '../../electron/core/services/backup';
import { handlers } from '../../electron/core/handlers';
import { tempContext } from '../helpers/tmp';

describe('the database size shown in Cài đặt', () => {
  it('counts the -wal file, where recent writes wait for a checkpoint', async () => {
    const ctx = tempContext();
    for (let m = 1; m <= 9; m++)
      await handlers['values.set'](
        { unit: '622', indicator: 'bhtn', period: `2024-0${m}`, value: 100 + m, acceptWarnings: true },
        ctx,
      );
    const wal = statSync(`${ctx.dbPath}-wal`).size;
    expect(wal).toBeGreaterThan(0);
    expect(databaseInfo(ctx).sizeBytes).toBe(statSync(ctx.dbPath).size + wal);
  });
});
