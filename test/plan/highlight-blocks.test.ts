import { addressChunks, toBlocks } from '../../src/domain/plan/highlight-blocks';
import { parseA1 } from '../../src/domain/model/address';
import type { CellRect } from '../../src/domain/model/grid';

function cellsOf(rect: CellRect): { row: number; col: number }[] {
  const out = [];
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) out.push({ row: r, col: c });
  return out;
}

/** Expands "B2:D4,F7" back to cell keys, to check coverage independently of toBlocks. */
function expand(chunk: string): string[] {
  const keys: string[] = [];
  for (const part of chunk.split(',')) {
    const [a, b] = part.split(':');
    const p = parseA1(a)!;
    const q = b ? parseA1(b)! : p;
    for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) keys.push(`${r},${c}`);
  }
  return keys;
}

describe('toBlocks', () => {
  it('turns a 3×3 square into one block B2:D4', () => {
    const rects = toBlocks(cellsOf({ top: 1, left: 1, bottom: 3, right: 3 }));
    expect(rects).toEqual([{ top: 1, left: 1, bottom: 3, right: 3 }]);
    expect(addressChunks(rects)).toEqual(['B2:D4']);
  });

  it('cannot merge a checkerboard: every cell stays alone', () => {
    const cells = [];
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) if ((r + c) % 2 === 0) cells.push({ row: r, col: c });
    const rects = toBlocks(cells);
    expect(rects).toHaveLength(8);
    expect(rects.every((x) => x.top === x.bottom && x.left === x.right)).toBe(true);
    expect(addressChunks(rects)).toEqual(['A1,C1,B2,D2,A3,C3,B4,D4']);
  });

  it('joins runs in a row, keeps different runs in the next row apart, ignores duplicates', () => {
    const cells = [
      { row: 0, col: 0 }, { row: 0, col: 1 }, { row: 0, col: 1 }, { row: 0, col: 2 },
      { row: 1, col: 0 }, { row: 1, col: 1 }, { row: 1, col: 2 },
      { row: 2, col: 0 }, { row: 2, col: 1 },
      { row: 4, col: 0 }, { row: 4, col: 1 },
    ];
    expect(toBlocks(cells)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 2 },
      { top: 2, left: 0, bottom: 2, right: 1 },
      { top: 4, left: 0, bottom: 4, right: 1 },
    ]);
  });

  it('splits 10,000 scattered cells into chunks of at most 8,000 characters covering exactly the input', () => {
    // Deterministic scatter over 2,000 rows × 60 columns: a multiplicative hash of the
    // index modulo a prime visits distinct cells, so exactly 10,000 are generated.
    const input = new Set<string>();
    const total = 2000 * 60;
    for (let i = 1; i <= 10000; i++) {
      const k = (i * 7919) % total; // 7919 is prime and coprime with 120,000
      input.add(`${Math.floor(k / 60)},${(k * 13) % 60}`);
    }
    expect(input.size).toBe(10000);
    const cells = [...input].map((k) => {
      const [row, col] = k.split(',').map(Number);
      return { row, col };
    });
    const chunks = addressChunks(toBlocks(cells));
    expect(chunks.length).toBeGreaterThan(1);
    for (const ch of chunks) expect(ch.length).toBeLessThanOrEqual(8000);
    const covered = chunks.flatMap(expand);
    expect(covered.length).toBe(10000); // no cell covered twice
    expect(new Set(covered)).toEqual(input);
  });

  it('returns nothing for no cells', () => {
    expect(toBlocks([])).toEqual([]);
    expect(addressChunks([])).toEqual([]);
  });
});
