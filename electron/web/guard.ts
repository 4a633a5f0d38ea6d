import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-bhxh-token';

/** Why a request is refused, or null when it may go on. */
export interface Refusal {
  status: number;
  message: string;
}

/**
 * Another page open in the user's browser can reach 127.0.0.1 too. These checks keep it out:
 * - Host must be our own address and port: a DNS-rebinding page sends its own domain as Host;
 * - Origin, when the browser sends one, must be ours: no cross-origin calls, even simple ones;
 * - Sec-Fetch-Site, when present, must not say the request came from another site.
 */
export function checkOrigin(req: IncomingMessage, port: number): Refusal | null {
  const host = req.headers.host;
  if (!host || !allowedHosts(port).has(host.toLowerCase())) {
    return { status: 403, message: 'Yêu cầu bị từ chối: địa chỉ máy chủ (Host) không hợp lệ.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase())) {
    return { status: 403, message: 'Yêu cầu bị từ chối: không nhận yêu cầu từ trang web khác.' };
  }
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    return { status: 403, message: 'Yêu cầu bị từ chối: không nhận yêu cầu từ trang web khác.' };
  }
  return null;
}

/** The per-run secret, compared in constant time. */
export function checkToken(req: IncomingMessage, token: string): Refusal | null {
  const sent = req.headers[TOKEN_HEADER];
  const given = Buffer.from(typeof sent === 'string' ? sent : '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      status: 401,
      message: 'Phiên làm việc không hợp lệ: hãy mở lại đường dẫn mà lệnh "web" đã in ra.',
    };
  }
  return null;
}

function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}
