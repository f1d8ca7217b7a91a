import type ExcelJS from 'exceljs';
import { fromPortableFill, isMarkFill, markFill, toPortableFill } from '../../../src/adapters/exceljs/fill-codec';

describe('fill codec', () => {
  it('keeps RGB colours, drops theme colours (kept only in the exact snapshot), reads "none" as no fill', () => {
    expect(toPortableFill({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } })).toEqual({ pattern: 'solid', color: 'FFFF00' });
    expect(toPortableFill({ type: 'pattern', pattern: 'solid', fgColor: { theme: 5 } })).toEqual({ pattern: 'solid' });
    expect(toPortableFill({ type: 'pattern', pattern: 'none' })).toBeNull();
    expect(toPortableFill(undefined)).toBeNull();
    const gradient = { type: 'gradient', gradient: 'angle', degree: 0, stops: [{ position: 0, color: { argb: 'FF00B050' } }] } as ExcelJS.Fill;
    expect(toPortableFill(gradient)).toEqual({ pattern: 'gradient', color: '00B050' });
  });

  it('reads fills saved by the Office adapter (Office pattern names) or by this one', () => {
    expect(fromPortableFill({ pattern: 'Solid', color: 'ffff00' })).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(fromPortableFill({ pattern: 'Gray50', color: '000000' })).toMatchObject({ pattern: 'mediumGray' });
    expect(fromPortableFill({ pattern: 'darkTrellis', color: '000000', bgColor: 'FFFFFF' })).toMatchObject({
      pattern: 'darkTrellis',
      bgColor: { argb: 'FFFFFFFF' },
    });
    expect(fromPortableFill({ pattern: 'gradient', color: '00B050' })).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FF00B050' } });
    expect(fromPortableFill({ pattern: 'None' })).toBeUndefined();
    expect(fromPortableFill(null)).toBeUndefined();
  });

  it('recognizes the add-in mark fills only', () => {
    expect(isMarkFill(markFill('overdue'))).toBe(true);
    expect(isMarkFill({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } })).toBe(false);
    expect(isMarkFill(undefined)).toBe(false);
  });
});
