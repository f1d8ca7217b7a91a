import { parseStatusCell } from '../../src/domain/parse/status-values';

describe('parseStatusCell', () => {
  it.each(['Đạt', 'đạt', 'ĐẠT', 'x', 'X', '✓', '✔', 'Đ', 'có', 'Có', 'đạt chuẩn', 'Đạt chuẩn', 'Hoàn thành', ' Đạt ', 'Đạt\u00A0', 'Đa\u0323t', '\u00D0ạt'])(
    '"%s" is met',
    (text) => {
      const r = parseStatusCell(text);
      expect(r.kind).toBe('met');
      expect(r.problem).toBeUndefined();
    },
  );

  it.each(['Chưa đạt', 'chưa đạt', 'CHƯA ĐẠT', 'Không đạt', 'không', 'chưa', 'CĐ', 'Chu\u031Ba đa\u0323t', 'Chưa\u00A0đạt'])('"%s" is unmet', (text) => {
    expect(parseStatusCell(text).kind).toBe('unmet');
  });

  it.each(['Duy trì', 'Đạt, duy trì', 'Đạt - duy trì', 'Đã đạt, duy trì'])('"%s" (met, being maintained) is met', (text) => {
    expect(parseStatusCell(text).kind).toBe('met');
  });

  it.each(['Đang thực hiện', 'Đang triển khai', 'Đang hoàn thiện hồ sơ', 'đang thẩm định', 'Chưa thực hiện'])('"%s" (in progress) is not met yet', (text) => {
    expect(parseStatusCell(text).kind).toBe('unmet');
  });

  it.each(['Cơ bản đạt', 'Đạt/Chưa đạt', 'K'])('"%s" says neither clearly: unreadable', (text) => {
    expect(parseStatusCell(text).kind).toBe('unreadable');
  });

  it.each(['Cơ bản đạt', 'cơ bản đã đạt', 'Gần đạt', 'Đạt một phần', 'đạt 1 phần', 'Cơ bản hoàn thành', 'Cơ bản đạt (85%)'])(
    '"%s" (nearly met) is no verdict, and the problem says it is not met until it is met in full',
    (text) => {
      const r = parseStatusCell(text);
      expect(r.kind).toBe('unreadable');
      expect(r.problem?.vi).toContain('chưa phải là đạt');
      expect(r.problem?.vi).toContain('Ghi "Chưa đạt"');
      // English too: the message read in English carried no reason at all.
      expect(r.problem?.en).toContain('is not met');
      expect(r.problem?.en).toContain('Write "Chưa đạt"');
    },
  );

  it('"Chưa đạt (đạt 1 phần)" and words that merely contain the phrase keep their own reading', () => {
    expect(parseStatusCell('Chưa đạt (đạt 1 phần)').problem?.vi ?? '').not.toContain('chưa phải là đạt');
    expect(parseStatusCell('Gần đạtx').problem?.vi ?? '').not.toContain('chưa phải là đạt');
  });

  it('keeps the cleaned text as raw', () => {
    expect(parseStatusCell('  Chưa\u00A0 đạt ').raw).toBe('Chưa đạt');
  });

  it.each([null, '', '   ', '\u00A0'])('%j is blank', (v) => {
    expect(parseStatusCell(v).kind).toBe('blank');
  });

  it('a dash is treated as blank (nothing entered / not applicable)', () => {
    expect(parseStatusCell('-')).toEqual({ kind: 'blank', raw: '-' });
    expect(parseStatusCell('–').kind).toBe('blank');
  });

  it('numbers are values', () => {
    expect(parseStatusCell(85)).toEqual({ kind: 'value', value: 85, raw: '85' });
    expect(parseStatusCell(0.85)).toMatchObject({ kind: 'value', value: 0.85 });
    expect(parseStatusCell('85%')).toEqual({ kind: 'value', value: 85, percent: true, raw: '85%' });
    expect(parseStatusCell('85,5%')).toEqual({ kind: 'value', value: 85.5, percent: true, raw: '85,5%' });
    expect(parseStatusCell('0,85')).toEqual({ kind: 'value', value: 0.85, raw: '0,85' });
    expect(parseStatusCell('1.234,5')).toMatchObject({ kind: 'value', value: 1234.5 });
    expect(parseStatusCell('15,1')).toMatchObject({ kind: 'value', value: 15.1 });
  });

  it('a value typed with its unit is that value (seed 001 probe: "45,8 triệu đồng")', () => {
    expect(parseStatusCell('45,8 triệu đồng')).toMatchObject({ kind: 'value', value: 45.8 });
    expect(parseStatusCell('42,5 triệu đồng/người/năm')).toMatchObject({ kind: 'value', value: 42.5 });
    expect(parseStatusCell('58.234,5 nghìn đồng')).toMatchObject({ kind: 'value', value: 58234.5 });
    expect(parseStatusCell('120 hộ')).toMatchObject({ kind: 'value', value: 120 });
    // Not a deadline, not words around a number.
    expect(parseStatusCell('Quý IV/2023').kind).toBe('unreadable');
    expect(parseStatusCell('45,8 triệu đồng năm 2023').kind).toBe('unreadable');
  });

  it('a verdict with its measured value keeps both', () => {
    expect(parseStatusCell('Đạt (85%)')).toMatchObject({ kind: 'met', value: 85, percent: true });
    expect(parseStatusCell('Chưa đạt: 60,5%')).toMatchObject({ kind: 'unmet', value: 60.5, percent: true });
    expect(parseStatusCell('Đạt 92')).toMatchObject({ kind: 'met', value: 92 });
  });

  it('the value written before its verdict, or with a unit after it, keeps both (probe 9-a forms)', () => {
    expect(parseStatusCell('95% - Đạt')).toMatchObject({ kind: 'met', value: 95, percent: true });
    expect(parseStatusCell('95% (đạt)')).toMatchObject({ kind: 'met', value: 95, percent: true });
    expect(parseStatusCell('95%, chưa đạt')).toMatchObject({ kind: 'unmet', value: 95, percent: true });
    expect(parseStatusCell('45 triệu đồng - đạt')).toMatchObject({ kind: 'met', value: 45 });
    expect(parseStatusCell('Đạt 45 tr.đ')).toMatchObject({ kind: 'met', value: 45 });
    expect(parseStatusCell('Chưa đạt - 2,5 lần')).toMatchObject({ kind: 'unmet', value: 2.5 });
    expect(parseStatusCell('2,5 lần')).toMatchObject({ kind: 'value', value: 2.5 });
    // A year before the verdict is when it was reached, not a value to judge.
    expect(parseStatusCell('2022 - Đạt')).toEqual({ kind: 'met', raw: '2022 - Đạt' });
    // A doubtful remark, or words that are no unit, stay unreadable.
    for (const t of ['95% (chưa rõ)', 'Đạt 2 lần kiểm tra', '15 - 20']) expect({ t, kind: parseStatusCell(t).kind }).toEqual({ t, kind: 'unreadable' });
  });

  it('a rate named before its percentage is the value ("Tỷ lệ 15,2%"); other words before a number are not', () => {
    expect(parseStatusCell('Tỷ lệ 15,2%')).toMatchObject({ kind: 'value', value: 15.2, percent: true });
    expect(parseStatusCell('Tỷ lệ hộ nghèo: 3,5%')).toMatchObject({ kind: 'value', value: 3.5, percent: true });
    for (const t of ['Tỷ lệ 15', 'Tiêu chí 15']) expect({ t, kind: parseStatusCell(t).kind }).toEqual({ t, kind: 'unreadable' });
  });

  it('a verdict with the year it was reached: the year is no measured value', () => {
    // A year taken for a value would be judged against the threshold (2022 ≫ 4 % for indicator 11).
    for (const t of ['Đạt (2022)', 'Đạt năm 2022', 'đạt từ năm 2021', 'Đạt, năm 2022']) expect(parseStatusCell(t)).toEqual({ kind: 'met', raw: t });
    expect(parseStatusCell('Chưa đạt (năm 2023)')).toEqual({ kind: 'unmet', raw: 'Chưa đạt (năm 2023)' });
  });

  it('a verdict with a remark in brackets keeps the verdict, unless the remark doubts it', () => {
    expect(parseStatusCell('Chưa đạt (đang thẩm định)')).toEqual({ kind: 'unmet', raw: 'Chưa đạt (đang thẩm định)' });
    expect(parseStatusCell('Đạt (đã có quyết định công nhận)').kind).toBe('met');
    for (const t of ['Đạt (chưa có hồ sơ)', 'Đạt (không chắc)', 'Đạt (?)', 'Chưa đạt (đạt 1 phần)']) expect(parseStatusCell(t).kind).toBe('unreadable');
  });

  it('a verdict with a full stop, quotes, brackets or a footnote star is still the verdict', () => {
    for (const t of ['Đạt.', 'X.', '(x)', 'Đạt*', '"Đạt"', 'đạt;']) expect({ t, kind: parseStatusCell(t).kind }).toEqual({ t, kind: 'met' });
    for (const t of ['Chưa đạt.', 'Chưa đạt*', '“Chưa đạt”']) expect({ t, kind: parseStatusCell(t).kind }).toEqual({ t, kind: 'unmet' });
    // Both verdicts at once is no verdict.
    expect(parseStatusCell('Đạt/Chưa đạt').kind).toBe('unreadable');
  });

  it('booleans: TRUE met, FALSE unmet', () => {
    expect(parseStatusCell(true)).toEqual({ kind: 'met', raw: 'TRUE' });
    expect(parseStatusCell(false)).toEqual({ kind: 'unmet', raw: 'FALSE' });
  });

  it('error values are unreadable with the error named', () => {
    const r = parseStatusCell({ error: '#N/A' });
    expect(r.kind).toBe('unreadable');
    expect(r.raw).toBe('#N/A');
    expect(r.problem?.vi).toMatch(/#N\/A/);
    expect(r.problem?.en).toMatch(/#N\/A/);
  });

  it.each(['đạt?', '?', 'xx', 'abc', 'Đạt (chưa rõ)'])('"%s" is unreadable with a Vietnamese problem', (text) => {
    const r = parseStatusCell(text);
    expect(r.kind).toBe('unreadable');
    expect(r.problem).toBeTruthy();
  });

  it('accent-less words are unreadable but suggest the right word', () => {
    expect(parseStatusCell('dat')).toMatchObject({ kind: 'unreadable', suggestion: 'Đạt' });
    expect(parseStatusCell('Dat')).toMatchObject({ kind: 'unreadable', suggestion: 'Đạt' });
    expect(parseStatusCell('chua dat')).toMatchObject({ kind: 'unreadable', suggestion: 'Chưa đạt' });
    expect(parseStatusCell('dat').problem?.vi).toMatch(/Đạt/);
  });

  it('a date in a status cell is unreadable', () => {
    expect(parseStatusCell(new Date(Date.UTC(2023, 8, 30))).kind).toBe('unreadable');
  });

  it('shares one frozen result for repeated values (memoised), so no caller can change it for others', () => {
    const a = parseStatusCell('Đạt');
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as { value?: number }).value = 1;
    }).toThrow(TypeError);
    expect(parseStatusCell('Đạt').value).toBeUndefined();
  });
});
