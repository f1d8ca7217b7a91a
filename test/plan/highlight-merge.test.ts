import {
  NOTE_MARKER,
  composeMarkedNote,
  noteAfterRemoval,
  noteLine,
  resolveMarks,
} from '../../src/domain/plan/highlight-merge';
import type { HighlightMark } from '../../src/domain/plan/highlight-plan';

const mark = (sheet: string, row: number, col: number, kind: HighlightMark['kind'], cue: string): HighlightMark => ({
  sheet,
  row,
  col,
  kind,
  cue,
});

describe('resolveMarks', () => {
  it('gives one entry per cell, the most urgent kind wins, every cue on its own line', () => {
    const out = resolveMarks({
      marks: [
        mark('Phân công', 4, 7, 'unmet', 'xã Tập Sơn chưa đạt tiêu chí 17'),
        mark('Phân công', 4, 7, 'overdue', 'hạn Quý II/2023'),
        mark('Phân công', 2, 1, 'due-soon', 'hạn quý IV/2023'),
      ],
    });
    expect(out).toHaveLength(2);
    const cell = out.find((m) => m.row === 4)!;
    expect(cell.kind).toBe('overdue');
    expect(cell.kinds).toEqual(['overdue', 'unmet']);
    expect(cell.note).toBe('[NTM] Quá hạn: hạn Quý II/2023\n[NTM] Chưa đạt: xã Tập Sơn chưa đạt tiêu chí 17');
    expect(cell.note.startsWith(NOTE_MARKER)).toBe(true);
  });

  it('data errors outrank overdue items', () => {
    const [m] = resolveMarks({ marks: [mark('S', 0, 0, 'overdue', 'a'), mark('S', 0, 0, 'data-error', 'b')] });
    expect(m.kind).toBe('data-error');
  });

  it('does not depend on the order marks arrive in, and drops repeated cues', () => {
    const a = [mark('B', 1, 1, 'unmet', 'y'), mark('A', 3, 0, 'unmet', 'x'), mark('B', 1, 1, 'unmet', 'a'), mark('B', 1, 1, 'unmet', 'y')];
    const r1 = resolveMarks({ marks: a });
    const r2 = resolveMarks({ marks: [...a].reverse() });
    expect(r1).toEqual(r2);
    expect(r1.map((m) => m.sheet)).toEqual(['A', 'B']);
    expect(r1[1].note.split('\n')).toHaveLength(2);
  });

  it('flattens line breaks in a cue so every line starts with the marker, and speaks English on request', () => {
    expect(noteLine('unmet', 'a\nb', 'en')).toBe('[NTM] Not met: a b');
    // The engine's cues often open with the label themselves: said once, not "Quá hạn: Quá hạn: …".
    expect(noteLine('overdue', 'Quá hạn: mã 9, hạn Quý III/2025')).toBe('[NTM] Quá hạn: mã 9, hạn Quý III/2025');
    expect(noteLine('unmet', 'Chưa đạt: Lê Lai, tiêu chí 13')).toBe('[NTM] Chưa đạt: Lê Lai, tiêu chí 13');
    expect(noteLine('unmet', 'Chưa đạt')).toBe('[NTM] Chưa đạt');
  });
});

describe('notes around marking', () => {
  const addin = '[NTM] Quá hạn: hạn Quý II/2023';

  it('keeps the user note visible above the add-in lines', () => {
    expect(composeMarkedNote('Đã báo cáo huyện', addin)).toBe('Đã báo cáo huyện\n\n' + addin);
    expect(composeMarkedNote(null, addin)).toBe(addin);
  });

  it('gives back the saved note exactly when the marked note is untouched', () => {
    expect(noteAfterRemoval('Đã báo cáo huyện', composeMarkedNote('Đã báo cáo huyện', addin))).toBe('Đã báo cáo huyện');
    expect(noteAfterRemoval(null, addin)).toBeNull();
  });

  it('keeps a note the user edited after marking, without the add-in lines', () => {
    expect(noteAfterRemoval(null, 'Xã đã nộp hồ sơ\n' + addin)).toBe('Xã đã nộp hồ sơ');
    expect(noteAfterRemoval('cũ', 'cũ, sửa lại\n\n' + addin)).toBe('cũ, sửa lại');
  });

  it('respects a note the user deleted', () => {
    expect(noteAfterRemoval('cũ', null)).toBeNull();
  });
});
