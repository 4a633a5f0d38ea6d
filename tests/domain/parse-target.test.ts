import { describe, expect, it } from 'vitest';
import { parseTarget, targetText } from '../../shared/format/parse-target';

describe('a target as a clerk types it', () => {
  it('takes a rate with a comma or a dot, up to two decimals, exactly as typed', () => {
    expect(parseTarget('14,83', 'rate')).toEqual({ ok: true, value: 14.83 });
    expect(parseTarget(' 9.5 ', 'rate')).toEqual({ ok: true, value: 9.5 });
    expect(parseTarget('15%', 'rate')).toEqual({ ok: true, value: 15 });
    expect(parseTarget('100', 'rate')).toEqual({ ok: true, value: 100 });
  });

  it('refuses a rate above 100, words, a negative and digits it would have to drop', () => {
    for (const t of ['1583', '150', '100,01']) {
      const r = parseTarget(t, 'rate');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/từ 0 đến 100%/);
    }
    const words = parseTarget('abc', 'rate');
    expect(words).toEqual({ ok: false, message: '“abc” không phải là một tỷ lệ (ví dụ 14,83).' });
    expect(parseTarget('-3', 'rate')).toMatchObject({ ok: false, message: /âm/ });
    expect(parseTarget('14,835', 'rate')).toMatchObject({ ok: false, message: /2 chữ số thập phân/ });
    expect(parseTarget('14,8,3', 'rate').ok).toBe(false);
  });

  it('takes a headcount with vi-VN, Excel or no thousands grouping and refuses a fraction', () => {
    expect(parseTarget('150.000', 'count')).toEqual({ ok: true, value: 150000 });
    expect(parseTarget('150,000', 'count')).toEqual({ ok: true, value: 150000 });
    expect(parseTarget('1 234 567', 'count')).toEqual({ ok: true, value: 1234567 });
    expect(parseTarget('1583', 'count')).toEqual({ ok: true, value: 1583 });
    expect(parseTarget('1,5', 'count')).toMatchObject({ ok: false, message: /số nguyên/ });
    expect(parseTarget('15.00', 'count').ok).toBe(false);
    expect(parseTarget('1.5000', 'count').ok).toBe(false);
  });

  it('reads an emptied cell as removing the target, and shows stored targets without rounding', () => {
    expect(parseTarget('  ', 'rate')).toEqual({ ok: true, value: null });
    expect(targetText(14.83, 'rate')).toBe('14,83');
    expect(targetText(150000, 'count')).toBe('150.000');
    expect(targetText(null, 'rate')).toBe('');
  });
});
