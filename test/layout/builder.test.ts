import { PlanBuilder, rect } from '../../src/domain/layout/plan-builder';
import { isValidSheetName, ownedSheetName } from '../../src/domain/layout/sheet-name';
import { estimateLines } from '../../src/domain/layout/text-fit';

describe('PlanBuilder', () => {
  it('refuses overlapping merges', () => {
    const b = new PlanBuilder('TH_x').setColumnWidths([10, 10, 10]);
    b.merge(rect(0, 0, 1, 1), 'a');
    expect(() => b.merge(rect(1, 1, 2, 2), 'b')).toThrow(/overlapping/);
    expect(() => b.merge(rect(2, 0, 2, 2), 'c')).not.toThrow();
  });

  it('pads values to a rectangle of the table width', () => {
    const b = new PlanBuilder('TH_x').setColumnWidths([10, 10, 10]);
    b.set(2, 1, 'v');
    const p = b.build();
    expect(p.values).toHaveLength(3);
    expect(p.values.every((r) => r.length === 3)).toBe(true);
    expect(p.values[0][0]).toBeNull();
  });
});

describe('sheet names', () => {
  it('makes owned names valid, short and distinct', () => {
    const used = new Set<string>();
    const a = ownedSheetName('TH_Theo xã - Bộ tiêu chí xã NTM nâng cao [2021/2025]', used);
    expect(isValidSheetName(a)).toBe(true);
    expect(a.startsWith('TH_')).toBe(true);
    expect(a.length).toBeLessThanOrEqual(31);
    const b = ownedSheetName('TH_Theo xã - Bộ tiêu chí xã NTM nâng cao [2021/2025]', used);
    expect(b).not.toBe(a);
    expect(isValidSheetName(b)).toBe(true);
    expect(ownedSheetName('Theo tiêu chí', used)).toBe('TH_Theo tiêu chí');
  });

  it('rejects what Excel rejects', () => {
    expect(isValidSheetName('a/b')).toBe(false);
    expect(isValidSheetName('x'.repeat(32))).toBe(false);
    expect(isValidSheetName("'x")).toBe(false);
    expect(isValidSheetName('TH_Chú giải')).toBe(true);
  });
});

describe('text fit', () => {
  it('wraps at spaces and counts explicit line breaks', () => {
    expect(estimateLines('Phòng Y tế', 30, 12)).toBe(1);
    expect(estimateLines('Phòng Y tế\nTrung tâm Y tế', 30, 12)).toBe(2);
    expect(estimateLines('a '.repeat(40).trim(), 10, 12)).toBeGreaterThan(5);
  });

  it('counts wrapped lines by hand: words kept whole, long words spill, blank lines count', () => {
    // Width 5.5 at 11 pt: floor((5.5 - 0.5) * 11 * 1.1 / 11) = 5 characters per line.
    expect(estimateLines('ab cd', 5.5, 11)).toBe(1); // 5 characters fit exactly
    expect(estimateLines('ab cde', 5.5, 11)).toBe(2); // "ab" / "cde"
    expect(estimateLines('abcdefghijk', 5.5, 11)).toBe(3); // 11 characters: 5 + 5 + 1
    expect(estimateLines('ab\n\ncd', 5.5, 11)).toBe(3); // an empty line between counts
    expect(estimateLines('a b c d e f', 5.5, 11)).toBe(2); // "a b c" / "d e f"
  });
});
