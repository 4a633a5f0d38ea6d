import { describe, expect, it } from 'vitest';
import { createUnitMatcher, unitNameKey } from '../../shared/units/names';

const units = [
  { code: '622', name: 'Thành phố Pleiku' },
  { code: '623', name: 'Thị xã An Khê' },
  { code: '625', name: 'Huyện Kbang', aliases: ['Huyện KBang'] },
  { code: '626', name: 'Huyện Đak Đoa', aliases: ['Huyện Đăk Đoa'] },
  { code: '634', name: 'Huyện Đak Pơ', aliases: ['Huyện Đăk Pơ'] },
];
const match = createUnitMatcher(units);
const code = (t: string) => {
  const m = match(t);
  return m.ok ? m.unit.code : m.reason;
};

describe('unit names as clerks type them', () => {
  it.each([
    ['TP Pleiku', '622'],
    ['TP. Pleiku', '622'],
    ['tp.pleiku', '622'],
    ['Pleiku', '622'],
    ['TX An Khê', '623'],
    ['TX. An Khe', '623'],
    ['thị  xã\u00a0an khê', '623'],
    ["Huyện K'Bang", '625'],
    ['H. Kbang', '625'],
    ['huyen KBANG', '625'],
    ['Huyện Đắk Đoa', '626'],
    ['Dak Doa', '626'],
    ['Huyện Đak Đoa'.normalize('NFD'), '626'],
    ['Đăk Pơ', '634'],
  ])('%s → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('rejects a prefix that contradicts the unit', () => {
    expect(code('Huyện Pleiku')).toBe('unknown');
  });

  it('reports ambiguity instead of guessing', () => {
    const m = createUnitMatcher([
      { code: '1', name: 'Thị xã Ayun Pa' },
      { code: '2', name: 'Xã Ayun Pa' },
    ]);
    const r = m('Ayun Pa');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('ambiguous');
    expect(m('TX Ayun Pa')).toMatchObject({ ok: true });
  });

  it('folds the prefix and spacing out of the key', () => {
    expect(unitNameKey('TP.  Plei ku')).toEqual({ kind: 'thanh_pho', base: 'pleiku' });
  });
});
