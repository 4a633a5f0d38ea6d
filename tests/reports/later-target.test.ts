/** A report for a year its plan sets no target for says what the plan's next target asks (plan 156: 2024). */
import { describe, expect, it } from 'vitest';
import { buildProgressReport } from '../../electron/core/reports/progress-model';
import { setTargetChecked } from '../../electron/core/services/targets';
import { tempContext } from '../helpers/tmp';
import { seedFigures } from './fixture';

describe('the next target of the plan, in section I', () => {
  it('names 2025’s 16,83% from 156/KH-UBND with the people and the monthly pace it asks from June 2024', () => {
    const ctx = tempContext();
    seedFigures(ctx.db);
    const m = buildProgressReport(ctx.db, '2024-06');
    const p = m.province;
    expect(p.bhxh.target).toBeNull();
    const t = m.laterTarget.bhxh!;
    expect(t).toMatchObject({ year: 2025, target: 16.83, kind: 'rate', document: '156/KH-UBND' });
    const needed = Math.ceil((16.83 / 100) * p.laborForce! - 1e-9) - p.bhxhParticipants!;
    expect(t.peopleNeeded).toBe(needed);
    expect(t.pace.monthsLeft).toBe(18);
    const text = m.summary.join('\n');
    expect(text).toContain(
      'Chỉ tiêu gần nhất về BHXH là năm 2025: tỷ lệ bao phủ BHXH 16,83% (theo Kế hoạch số 156/KH-UBND)',
    );
    expect(text).toContain(`cần phát triển thêm ${needed.toLocaleString('vi-VN')} người`);
    expect(text).toContain('trong 18 tháng đến hết năm 2025');
    expect(m.laterTarget.bhtn).toMatchObject({ year: 2025, target: 9.85 });
  });

  it('says nothing of a later year once the year has its own target', () => {
    const ctx = tempContext();
    seedFigures(ctx.db);
    setTargetChecked(ctx.db, { unit: '64', indicator: 'bhxh_coverage', year: 2024, value: 15.5 });
    const m = buildProgressReport(ctx.db, '2024-06');
    expect(m.laterTarget.bhxh).toBeNull();
    expect(m.summary.join('\n')).not.toContain('Chỉ tiêu gần nhất về BHXH');
  });
});
