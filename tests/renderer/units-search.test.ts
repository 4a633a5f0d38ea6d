import { describe, expect, it } from 'vitest';
import { buildTree } from '../../renderer/src/screens/Units/units-tree';
import { foldText, searchTree, topKeys } from '../../renderer/src/screens/Units/units-search';
import type { UnitInfo } from '../../shared/api/types';

function unit(
  id: number,
  code: string,
  name: string,
  parentId: number | null,
  over: Partial<UnitInfo> = {},
): UnitInfo {
  return {
    id,
    code,
    name,
    level: parentId === null ? 'province' : parentId === 1 || parentId === 9 ? 'district' : 'commune',
    parentId,
    parentCode: null,
    validFrom: null,
    validTo: null,
    active: true,
    sortOrder: id,
    aliases: [],
    ...over,
  };
}

const TREE = buildTree([
  unit(1, '64', 'Tỉnh Gia Lai', null),
  unit(2, '625', 'Huyện Kbang', 1),
  unit(3, '23641', 'Xã Kon Pne', 2),
  unit(4, '23668', 'Xã Kông Lơng Khơng', 2),
  unit(5, '622', 'Thành phố Pleiku', 1),
  unit(6, '23560', 'Phường Đống Đa', 5, { aliases: ['P. Đống Đa cũ'] }),
  unit(9, '52', 'Tỉnh Bình Định', null),
  unit(10, '540', 'Thành phố Quy Nhơn', 9),
]);

const ids = (nodes: ReturnType<typeof buildTree>): number[] =>
  nodes.flatMap((n) => [n.id, ...ids(n.children ?? [])]);

describe('units search', () => {
  it('folds marks, đ and case', () => {
    expect(foldText('  Xã Kông  Lơng Khơng ')).toBe('xa kong long khong');
    expect(foldText('Phường Đống Đa')).toBe('phuong dong da');
  });

  it('opens with the districts shown and every commune folded', () => {
    expect(topKeys(TREE)).toEqual([1, 9]);
    const all = searchTree(TREE, '  ');
    expect(all.nodes).toBe(TREE);
    expect(all.open).toEqual([1, 9]);
  });

  it('folds a province whose communes hang right under it (the new province)', () => {
    const tree = buildTree([
      unit(20, '52', 'Tỉnh Gia Lai', null, { validFrom: '2025-07-01' }),
      unit(21, '21553', 'Phường Quy Nhơn Bắc', 20, { level: 'commune' }),
      unit(1, '64', 'Tỉnh Gia Lai', null),
      unit(2, '625', 'Huyện Kbang', 1),
    ]);
    expect(topKeys(tree)).toEqual([1]);
  });

  it('keeps a matching commune with its district and province, unfolded, and drops the rest', () => {
    const found = searchTree(TREE, 'kong long');
    expect(ids(found.nodes)).toEqual([1, 2, 4]);
    expect(found.open.sort()).toEqual([1, 2]);
    expect(found.matches).toBe(1);
  });

  it('finds by another name and by the start of a code', () => {
    expect(ids(searchTree(TREE, 'dong da cu').nodes)).toEqual([1, 5, 6]);
    expect(ids(searchTree(TREE, '2364').nodes)).toEqual([1, 2, 3]);
  });

  it('a matching district keeps its communes, folded', () => {
    const found = searchTree(TREE, 'kbang');
    expect(ids(found.nodes)).toEqual([1, 2, 3, 4]);
    expect(found.open).toEqual([1]);
  });

  it('says when nothing matches', () => {
    const found = searchTree(TREE, 'không có');
    expect(found.nodes).toEqual([]);
    expect(found.matches).toBe(0);
  });
});
