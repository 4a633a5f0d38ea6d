import type { ApiResponse } from '../../../shared/api/contract';
import { decodeJson, encodeJson } from '../../../shared/api/codec';
import type { Transport } from './transport';

const TOKEN_KEY = 'bhxh.token';

/**
 * Browser mode: `POST /api/<method>` with the per-run secret in the `X-BHXH-Token` header.
 * The secret arrives in the URL fragment (`#token=…`), which browsers never send to a server or in a
 * Referer. It is moved to sessionStorage (this tab only, gone when it closes, survives a reload) and
 * wiped from the address bar so it is not copied or bookmarked by accident.
 */
export function readToken(
  loc: Location = window.location,
  storage: Storage = window.sessionStorage,
): string | null {
  // Also after a screen's address (`#/bao-cao?ky=2024&token=…`): a saved address plus this run's secret.
  const match = /(?:^#|[?&])token=([^&]+)/.exec(loc.hash);
  if (match) {
    const token = decodeURIComponent(match[1]!);
    storage.setItem(TOKEN_KEY, token);
    const rest = loc.hash
      .replace(/(^#|[?&])token=[^&]+/, '$1')
      .replace(/([#?&])&/, '$1')
      .replace(/[?&]$/, '');
    window.history.replaceState(null, '', `${loc.pathname}${loc.search}${rest === '#' ? '' : rest}`);
    return token;
  }
  return storage.getItem(TOKEN_KEY);
}

export function httpTransport(
  token: string | null,
  fetchImpl: typeof fetch = (...a) => window.fetch(...a),
): Transport {
  return {
    async invoke(method, input): Promise<ApiResponse<unknown>> {
      if (!token) {
        return {
          ok: false,
          error: {
            code: 'refused',
            message: 'Thiếu mã phiên làm việc: hãy mở đúng đường dẫn mà lệnh "npm run web" đã in ra.',
          },
        };
      }
      let res: Response;
      try {
        res = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-BHXH-Token': token },
          body: encodeJson(input ?? {}),
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: 'Không kết nối được với máy chủ của ứng dụng: lệnh "npm run web" còn chạy không?',
          },
        };
      }
      const text = await res.text();
      try {
        return decodeJson(text) as ApiResponse<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: `Máy chủ trả lời không hợp lệ (mã ${res.status}).` },
        };
      }
    },
  };
}
