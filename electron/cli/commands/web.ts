import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createContext } from '../../core/context';
import { attachHeavyWorker } from '../../core/heavy/heavy-worker-host';
import { startWebServer } from '../../web/server';
import { parse, required, say, UsageError } from '../args';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * `web --db FILE [--port N] [--renderer DIR]`: the app in a browser. Stdout gets exactly one line, the URL
 * with the per-run secret, so scripts can read it; everything else goes to stderr. Keeps running (-1).
 */
export async function webCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' },
    port: { type: 'string' },
    renderer: { type: 'string' },
  });
  const dbPath = resolve(required(values.db, 'db'));
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`Cổng không hợp lệ: "${values.port}" (0–65535; 0 là cổng trống bất kỳ).`);

  const rendererDir = values.renderer ? resolve(values.renderer) : join(ROOT, 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    if (values.renderer) {
      say(`Lỗi: không thấy giao diện đã dựng trong "${rendererDir}" (thiếu index.html).`);
      return 1;
    }
    if (!buildRenderer()) {
      say('Lỗi: chưa dựng được giao diện (out/renderer). Hãy chạy "npm run build" rồi chạy lại lệnh này.');
      return 1;
    }
  }

  const missing = !existsSync(dbPath);
  if (missing) say(`Chưa có cơ sở dữ liệu ${dbPath}: tạo mới với danh mục đơn vị và chỉ tiêu mặc định.`);
  const ctx = createContext(dbPath, { create: missing });
  // Commits, undos and reports run in a worker thread: the server keeps answering meanwhile.
  attachHeavyWorker(ctx);
  const server = await startWebServer({ ctx, rendererDir, port });
  process.stdout.write(`${server.url}\n`);
  say(
    `Đang phục vụ ứng dụng tại http://127.0.0.1:${server.port}/ (chỉ máy này truy cập được). Mở đường dẫn ở trên (có mã bí mật) trong trình duyệt. Nhấn Ctrl+C để dừng.`,
  );

  const stop = () => {
    say('Đang dừng máy chủ…');
    void server.close().then(async () => {
      await ctx.heavy?.close();
      if (ctx.db.open) ctx.db.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

/** Builds the three bundles once; its output goes to stderr so stdout stays the URL alone. */
function buildRenderer(): boolean {
  say('Chưa có giao diện đã dựng (out/renderer): đang dựng, lần đầu mất khoảng một phút…');
  const bin = join(ROOT, 'node_modules/.bin/electron-vite');
  if (!existsSync(bin)) return false;
  const r = spawnSync(bin, ['build', '-c', 'electron.config.ts'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  return r.status === 0 && existsSync(join(ROOT, 'out/renderer/index.html'));
}
