import type { settingsApi } from '../../../shared/api/contract';
import { getSettings, saveSettings } from '../repos/settings';
import { backupDatabase, databaseInfo, readBackup } from '../services/backup';
import { restoreBackup, restoreFromBytes } from '../services/restore';
import type { HandlerMap } from './types';

export const settingsHandlers: HandlerMap<keyof typeof settingsApi> = {
  'settings.get': (_i, { db }) => getSettings(db),
  'settings.save': (input, { db }) => saveSettings(db, input),
  'db.status': (_i, ctx) => ({ ok: !ctx.unavailable, message: ctx.unavailable ?? null }),
  'db.info': (_i, ctx) => databaseInfo(ctx),
  'db.backup': (_i, ctx) => backupDatabase(ctx, 'manual'),
  'db.restore': async (input, ctx) => {
    await restoreBackup(ctx, input.name);
    return null;
  },
  'db.downloadBackup': (input, ctx) => readBackup(ctx, input.name),
  'db.restoreUpload': async (input, ctx) => {
    await restoreFromBytes(ctx, input.file.data);
    return null;
  },
};
