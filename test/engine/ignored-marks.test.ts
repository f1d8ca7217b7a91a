// "Bỏ qua" on a data error: the finding goes, and so does the mark built from it (the cell kept its
// "Lỗi dữ liệu" fill and the ignored sentence in its note, re-run after re-run).
import { assignmentSheet, check, codes, fullMatrix } from '../support/sheets';

// Seed 000's own slip: the name written after code 4 is criterion 3's.
const sheets = () => [
  assignmentSheet([['Tiêu chí 1,2,4. Thủy lợi và Phòng chống thiên tai', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023']]),
  fullMatrix(['Tân Sơn', 'Kim Sơn']),
];

test('an ignored data error leaves no mark; the marks of the others stay', () => {
  const before = check(sheets());
  const [slip] = codes(before, 'code.name-mismatch');
  expect(slip).toBeDefined();
  const at = (r: typeof before) => r.highlights.marks.filter((m) => m.kind === 'data-error' && m.sheet === slip.sheet && m.cue === slip.message.vi);
  expect(at(before)).toHaveLength(1);
  const after = check(sheets(), { ignored: [slip.key] });
  expect(codes(after, 'code.name-mismatch')).toEqual([]);
  expect(at(after)).toEqual([]);
  // Everything else is marked as before.
  expect(after.highlights.marks.length).toBe(before.highlights.marks.length - 1);
});
