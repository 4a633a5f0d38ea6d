import { describe, expect, it } from 'vitest';
import { isCarried, resolveStock } from '../../shared/domain/stock';

describe('stock resolution', () => {
  it("takes the month's own value", () => {
    expect(resolveStock([{ period: '2024-06', value: 5 }], '2024-06')).toEqual({
      value: 5,
      period: '2024-06',
      carried: false,
    });
  });

  it('carries the latest earlier value forward and says from when', () => {
    const obs = [
      { period: '2024-02', value: 10 },
      { period: '2024-04', value: 12 },
      { period: '2024-08', value: 15 },
    ];
    expect(resolveStock(obs, '2024-06')).toEqual({ value: 12, period: '2024-04', carried: true });
    expect(resolveStock(obs, '2024-01')).toBeNull();
  });

  it('applies a yearly figure to every month of its year, and carries it into the next year', () => {
    const obs = [{ period: '2024', value: 1000 }];
    expect(resolveStock(obs, '2024-01')).toEqual({ value: 1000, period: '2024', carried: false });
    expect(resolveStock(obs, '2024-12')).toEqual({ value: 1000, period: '2024', carried: false });
    expect(resolveStock(obs, '2025-03')).toEqual({ value: 1000, period: '2024', carried: true });
    expect(resolveStock(obs, '2023-12')).toBeNull();
  });

  it('prefers a monthly figure of the same year once it exists', () => {
    const obs = [
      { period: '2024', value: 1000 },
      { period: '2024-05', value: 1100 },
    ];
    expect(resolveStock(obs, '2024-04')?.value).toBe(1000);
    expect(resolveStock(obs, '2024-05')?.value).toBe(1100);
    expect(resolveStock(obs, '2024-09')).toEqual({ value: 1100, period: '2024-05', carried: true });
  });

  it('calls a figure carried when it is older than the month, a yearly one only after its year', () => {
    expect(isCarried('2024-06', '2024-06')).toBe(false);
    expect(isCarried('2024-05', '2024-06')).toBe(true);
    expect(isCarried('2023-12', '2024-01')).toBe(true);
    expect(isCarried('2024', '2024-01')).toBe(false);
    expect(isCarried('2024', '2024-12')).toBe(false);
    expect(isCarried('2024', '2025-01')).toBe(true);
  });
});
