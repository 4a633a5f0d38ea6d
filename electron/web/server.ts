import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode, ApiMethod } from '../../shared/api/contract';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { HEAVY_METHODS } from '../core/heavy/heavy-methods';
import { decodeBody, encodeAnswer, UNREADABLE_BODY, type JsonAnswer } from '../core/heavy/json-body';
import { BodyTooLargeError, readBody } from './body';
import { checkOrigin, checkToken, type Refusal } from './guard';
import { SECURITY_HEADERS } from './headers';
import { resolveStatic, sendFile } from './static-files';

/** Methods that carry workbooks or a database: tens of MB of xlsx, a third more once in base64. */
const FILE_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'imports.preview',
  'units.import',
  'targets.import',
  'db.restoreUpload',
]);
export const FILE_BODY_LIMIT = 300 * 1024 * 1024;
export const PLAIN_BODY_LIMIT = 2 * 1024 * 1024;

export interface WebServerOptions {
  ctx: CoreContext;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0: any free port. */
  port: number;
  /** Fixed secret for tests; a fresh random one otherwise. */
  token?: string;
}

export interface RunningWebServer {
  /** What the user opens: the address with the secret in the fragment (never sent to the server). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Serves the renderer and the API on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = options.port;
  const server: Server = createServer((req, res) => {
    handle(req, res, { ...options, token, port }).catch((e: unknown) => {
      console.error('[web]', e);
      if (!res.headersSent) sendEnvelope(res, 500, 'internal', 'Đã xảy ra lỗi không mong muốn ở máy chủ.');
      else res.destroy();
    });
  });
  // Browsers keep connections open; a short keep-alive lets close() finish promptly.
  server.keepAliveTimeout = 2000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  o: WebServerOptions & { token: string },
): Promise<void> {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  const refused = checkOrigin(req, o.port);
  if (refused) return refuse(res, refused);

  const path = (req.url ?? '/').split('?')[0]!;
  if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length), o);

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return refuse(res, { status: 405, message: 'Phương thức không được hỗ trợ.' });
  }
  const found =
    (await resolveStatic(o.rendererDir, path)) ??
    (isPageRoute(path) ? await resolveStatic(o.rendererDir, '/') : null);
  if (!found) return refuse(res, { status: 404, message: 'Không tìm thấy.' });
  await sendFile(res, found, req.method === 'HEAD', req.headers['accept-encoding']);
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  o: WebServerOptions & { token: string },
): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return refuse(res, { status: 405, message: 'Chỉ nhận yêu cầu POST.' });
  }
  const badToken = checkToken(req, o.token);
  if (badToken) return refuse(res, badToken);
  // A JSON content type also forces a CORS preflight on any cross-origin fetch, which is never answered.
  if (!/^application\/json(;|$)/i.test(req.headers['content-type'] ?? '')) {
    return refuse(res, { status: 415, message: 'Dữ liệu gửi lên phải là JSON.' });
  }
  const limit = FILE_METHODS.has(method as ApiMethod) ? FILE_BODY_LIMIT : PLAIN_BODY_LIMIT;
  let body: Buffer;
  try {
    body = await readBody(req, limit);
  } catch (e) {
    if (!(e instanceof BodyTooLargeError)) throw e;
    // Stop reading the rest of the upload.
    res.setHeader('Connection', 'close');
    return refuse(res, {
      status: 413,
      message: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / 1024 / 1024)} MB).`,
    });
  }
  const heavy = o.ctx.heavy;
  // The worker reads the upload and writes the answer: tens of MB of base64 in, thousands of rows out.
  if (heavy && !o.ctx.unavailable && HEAVY_METHODS.has(method as ApiMethod))
    return sendAnswer(res, await heavy.runJson(method as ApiMethod, body));
  const decoded = decodeBody(body);
  if (!decoded) return refuse(res, { status: 400, message: UNREADABLE_BODY });
  sendAnswer(res, encodeAnswer(await dispatch(o.ctx, method, decoded.input)));
}

function sendAnswer(res: ServerResponse, answer: JsonAnswer): void {
  res.writeHead(answer.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(answer.json.byteLength),
  });
  res.end(answer.json);
}

/** Paths without an extension are the single page app's own routes. */
function isPageRoute(path: string): boolean {
  return !/\.[a-z0-9]+$/i.test(path);
}

function refuse(res: ServerResponse, r: Refusal): void {
  sendEnvelope(res, r.status, 'refused', r.message);
}

function sendEnvelope(res: ServerResponse, status: number, code: ApiErrorCode, message: string): void {
  const text = JSON.stringify({ ok: false, error: { code, message } });
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}
