import { CHUNK_PREFIX, STATE_CHUNK_CHARS, decodeState, encodeState } from '../../src/domain/plan/state-codec';
import type { StateSheetContent } from '../../src/domain/plan/workbook-state';

const content: StateSheetContent = {
  settings: { asOf: '2023-10-15', ignored: ['k1'], sheetRoles: { 'Phân công': 'assignment', Nháp: null }, lang: 'vi' },
  highlight: {
    version: 1,
    appliedAt: '2023-10-15',
    cells: [
      { sheet: 'Phân công', cell: 'H5', fill: null, note: null, kind: 'overdue' },
      { sheet: 'Hiện trạng', cell: 'C7', fill: { pattern: 'solid', color: 'FFFF00' }, note: 'Ghi chú của tôi', kind: 'unmet' },
    ],
  },
};

describe('state codec', () => {
  it('round-trips the content, with a bilingual header cell', () => {
    const rows = encodeState(content);
    expect(rows[0][0]).toMatch(/không sửa/);
    expect(rows[0][0]).toMatch(/do not edit/);
    expect(decodeState(rows)).toEqual({ content });
  });

  it('cuts long content into pieces that fit an Excel cell (≤ 32,767 characters)', () => {
    const cells = [];
    for (let i = 0; i < 3000; i++) {
      cells.push({ sheet: 'Hiện trạng', cell: `C${i + 1}`, fill: null, note: 'Ghi chú dài 😀 '.repeat(3), kind: 'unmet' as const });
    }
    const big: StateSheetContent = { settings: { ignored: [] }, highlight: { version: 1, appliedAt: '2024-01-01', cells } };
    const rows = encodeState(big);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows.slice(1)) {
      expect(r[0].length).toBeLessThanOrEqual(STATE_CHUNK_CHARS + CHUNK_PREFIX.length);
      expect(r[0].length).toBeLessThanOrEqual(32767);
      expect(r[0].startsWith('=')).toBe(false);
    }
    expect(decodeState(rows).content).toEqual(big);
  });

  it('keeps the fingerprints of the summary sheets; a state from before them still reads', () => {
    const withPrints: StateSheetContent = { ...content, summarySheets: ['TH_Theo xã'], summaryFingerprints: { 'TH_Theo xã': { rows: '00000a00000b', cols: '00000c' } } };
    expect(decodeState(encodeState(withPrints))).toEqual({ content: withPrints });
    const before = decodeState(encodeState({ ...content, summarySheets: ['TH_Theo xã'] }));
    expect(before.content?.summarySheets).toEqual(['TH_Theo xã']);
    expect(before.content?.summaryFingerprints).toBeUndefined();
  });

  it('accepts the piece count read back as a number', () => {
    const rows: (string | number)[][] = encodeState(content);
    rows[0][2] = 1;
    rows[0][3] = Number(rows[0][3]);
    expect(decodeState(rows).content).toEqual(content);
  });

  it('reports a damaged sheet instead of throwing', () => {
    const rows = encodeState(content);
    expect(decodeState([]).problem).toBeDefined();
    expect(decodeState([[rows[0][0]]]).problem).toBeDefined();
    expect(decodeState([rows[0]]).problem).toMatch(/thiếu phần/);
    expect(decodeState([rows[0], [rows[1][0].slice(0, 20)]]).problem).toMatch(/JSON/);
    const wrongShape = encodeState({ settings: { ignored: 'x' } } as unknown as StateSheetContent);
    expect(decodeState(wrongShape).problem).toMatch(/ignored/);
    const badDate = encodeState({ settings: { ignored: [], asOf: '15/10/2023' } });
    expect(decodeState(badDate).problem).toBeDefined();
    expect(decodeState([[null, null], [{ error: '#REF!' }]]).problem).toBeDefined();
  });
});
