/** The unit form's parent picker: a code that named two units (52: old Bình Định, then the new Gia Lai) is offered once. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './setup';
import { UnitForm } from '../../renderer/src/screens/Units/UnitForm';
import type { UnitInfo } from '../../shared/api/types';

function unit(id: number, code: string, name: string, over: Partial<UnitInfo> = {}): UnitInfo {
  return {
    id,
    code,
    name,
    level: 'province',
    parentId: null,
    parentCode: null,
    validFrom: null,
    validTo: null,
    active: true,
    sortOrder: id,
    aliases: [],
    ...over,
  };
}

const UNITS: UnitInfo[] = [
  unit(1, '64', 'Tỉnh Gia Lai', { validTo: '2025-06-30' }),
  unit(2, '52', 'Tỉnh Bình Định', { validTo: '2025-06-30' }),
  unit(3, '52', 'Tỉnh Gia Lai', { validFrom: '2025-07-01' }),
  unit(4, '622', 'Thành phố Pleiku', {
    level: 'district',
    parentId: 1,
    parentCode: '64',
    validTo: '2025-06-30',
  }),
  unit(5, '23590', 'Xã Biển Hồ', {
    level: 'commune',
    parentId: 3,
    parentCode: '52',
    validFrom: '2025-07-01',
  }),
];

describe('unit form', () => {
  it('offers each parent code once, naming every unit the code stood for with its dates', async () => {
    render(<UnitForm unit={null} units={UNITS} onClose={() => {}} onSaved={() => {}} />);
    const picker = await screen.findByRole('combobox', { name: 'Đơn vị cấp trên' });
    fireEvent.mouseDown(picker);
    await waitFor(() =>
      expect(document.querySelectorAll('.ant-select-item-option').length).toBeGreaterThan(0),
    );
    const options = [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent ?? '');
    expect(options.filter((o) => o.startsWith('52 '))).toHaveLength(1);
    expect(options).toHaveLength(3); // 64, 52, 622: communes are no one's parent
    const fiftyTwo = options.find((o) => o.startsWith('52 '))!;
    expect(fiftyTwo).toBe('52 – Tỉnh Gia Lai (từ 01/07/2025); Tỉnh Bình Định (đến 30/06/2025)');
    expect(options.find((o) => o.startsWith('64 '))).toBe('64 – Tỉnh Gia Lai');
  });
});
