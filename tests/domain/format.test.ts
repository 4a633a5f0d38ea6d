import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatPercent, formatSignedRate } from '../../shared/format/vi';

describe('vi-VN formatting', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatPercent(14.83)).toBe('14,83%');
    expect(formatPercent(34.836052)).toBe('34,84%');
    expect(formatSignedRate(-0.625)).toBe('-0,63');
    expect(formatCount(null)).toBe('–');
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate(new Date(2024, 5, 5))).toBe('05/06/2024');
  });
});

describe('date and time', () => {
  it('puts the date first, as Vietnamese office documents do', async () => {
    const { formatDateTime } = await import('../../shared/format/vi');
    expect(formatDateTime(new Date(2026, 10, 29, 15, 3, 9))).toBe('29/11/2026 15:03');
  });
});
