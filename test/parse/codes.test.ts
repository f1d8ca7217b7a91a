import { compareCodes, criterionOf, formatCode, normalizeCode, parseCodes } from '../../src/domain/parse/codes';

const codesOf = (input: string | number) => parseCodes(input).codes.map((c) => c.code);

describe('parseCodes: ordinals', () => {
  it('"Tiêu chí thứ 1" is criterion 1; "Tiêu chí Thu nhập" names no code', () => {
    expect(codesOf('Tiêu chí thứ 1')).toEqual(['1']);
    expect(codesOf('Chỉ tiêu thứ 17.10')).toEqual(['17.10']);
    expect(codesOf('Tiêu chí Thu nhập')).toEqual([]);
  });
});

describe('parseCodes: forms from the seeds', () => {
  it('"Tiêu chí 1,2,7,9" gives four criteria', () => {
    const r = parseCodes('Tiêu chí 1,2,7,9');
    expect(r.codes.map((c) => c.code)).toEqual(['1', '2', '7', '9']);
    expect(r.kindWord).toBe('tiêu chí');
    expect(r.problem).toBeUndefined();
  });

  it('keeps each qualifier on the code it follows (seed 003)', () => {
    const r = parseCodes('Tiêu chí số 17.5 (mai táng, hỏa táng), 17.10 (an toàn thực phẩm)');
    expect(r.codes).toEqual([
      { code: '17.5', qualifier: 'mai táng, hỏa táng', raw: '17.5' },
      { code: '17.10', qualifier: 'an toàn thực phẩm', raw: '17.10' },
    ]);
    expect(r.problem).toBeUndefined();
  });

  it('"17.10 (ngành Y tế)"', () => {
    expect(parseCodes('17.10 (ngành Y tế)').codes).toEqual([{ code: '17.10', qualifier: 'ngành Y tế', raw: '17.10' }]);
  });

  it.each([
    ['chỉ tiêu 13.1', ['13.1'], 'chỉ tiêu'],
    ['Nội dung 5.2', ['5.2'], 'nội dung'],
    ['TC 17', ['17'], 'tc'],
    ['TC17', ['17'], 'tc'],
    ['Tiêu chí 11, 12', ['11', '12'], 'tiêu chí'],
    ['Tiêu chí 17, 18', ['17', '18'], 'tiêu chí'],
    ['Tiêu chí 2,8,9,10,16', ['2', '8', '9', '10', '16'], 'tiêu chí'],
    ['TIÊU CHÍ 19', ['19'], 'tiêu chí'],
    ['tieu chi 19', ['19'], 'tiêu chí'],
    ['Tiêu chí 17 và 18', ['17', '18'], 'tiêu chí'],
  ])('%s', (text, codes, kind) => {
    const r = parseCodes(text);
    expect(r.codes.map((c) => c.code)).toEqual(codes);
    expect(r.kindWord).toBe(kind);
    expect(r.problem).toBeUndefined();
  });

  it('removes zero padding but keeps what was written: "tiêu chí 17.08" → 17.8', () => {
    expect(parseCodes('tiêu chí 17.08').codes).toEqual([{ code: '17.8', raw: '17.08' }]);
  });

  it('"17.10" is indicator ten, not 17.1', () => {
    expect(codesOf('17.10')).toEqual(['17.10']);
    expect(codesOf('05')).toEqual(['5']);
    expect(codesOf('5')).toEqual(['5']);
  });

  it('name after a list: "tiêu chí 1,2,4. Thủy lợi và Phòng chống thiên tai" (seed 000 mistake)', () => {
    const r = parseCodes('tiêu chí 1,2,4. Thủy lợi và Phòng chống thiên tai');
    expect(r.codes.map((c) => c.code)).toEqual(['1', '2', '4']);
    expect(r.writtenName).toBe('Thủy lợi và Phòng chống thiên tai');
    expect(r.named).toEqual([{ codes: ['1', '2', '4'], name: 'Thủy lợi và Phòng chống thiên tai' }]);
  });

  it('"Tiêu chí 11 về Nghèo đa chiều"', () => {
    const r = parseCodes('Tiêu chí 11 về Nghèo đa chiều');
    expect(codesOf('Tiêu chí 11 về Nghèo đa chiều')).toEqual(['11']);
    expect(r.writtenName).toBe('Nghèo đa chiều');
  });

  it('"3. Thủy lợi và Phòng chống thiên tai" (number then name, no kind word)', () => {
    const r = parseCodes('3. Thủy lợi và Phòng chống thiên tai');
    expect(r.codes.map((c) => c.code)).toEqual(['3']);
    expect(r.writtenName).toBe('Thủy lợi và Phòng chống thiên tai');
    expect(r.kindWord).toBeUndefined();
  });

  it('two segments joined by ";" keep their own names', () => {
    const r = parseCodes('Tiêu chí 17 về Môi trường; Tiêu chí 18 về Chất lượng môi trường sống');
    expect(r.codes.map((c) => c.code)).toEqual(['17', '18']);
    expect(r.named).toEqual([
      { codes: ['17'], name: 'Môi trường' },
      { codes: ['18'], name: 'Chất lượng môi trường sống' },
    ]);
    expect(r.writtenName).toBeUndefined();
  });

  it('quoted names and "số …:" forms', () => {
    expect(parseCodes('Tiêu chí số 2 về “Giao thông”').writtenName).toBe('Giao thông');
    expect(parseCodes('Tiêu chí số 9: Nhà ở dân cư').writtenName).toBe('Nhà ở dân cư');
    expect(parseCodes('Nội dung 5.1. Trung tâm Y tế huyện đạt chuẩn.').writtenName).toBe('Trung tâm Y tế huyện đạt chuẩn');
  });

  it('a parent clause is not a code of its own (seed 003/004)', () => {
    const r = parseCodes(
      'Tiêu chí số 17.5 (mai táng, hỏa táng), 17.10 (lĩnh vực an toàn thực phẩm do ngành Công thương quản lý) thuộc tiêu chí số 17 về Môi trường và An toàn thực phẩm.',
    );
    expect(r.codes.map((c) => c.code)).toEqual(['17.5', '17.10']);
    expect(r.codes[1].qualifier).toBe('lĩnh vực an toàn thực phẩm do ngành Công thương quản lý');
    expect(r.parent).toBe('17');
    expect(r.parentName).toBe('Môi trường và An toàn thực phẩm');
    expect(r.writtenName).toBeUndefined();
    expect(r.problem).toBeUndefined();

    const s = parseCodes('chỉ tiêu 18.1, 18.2, 18.3 của tiêu chí số 18 về Hệ thống chính trị');
    expect(s.codes.map((c) => c.code)).toEqual(['18.1', '18.2', '18.3']);
    expect(s.parent).toBe('18');
  });

  it('each parent clause belongs to the codes just before it (seed 004: several clauses in one cell)', () => {
    const r = parseCodes('Tiêu chí số 6 về “Văn hóa”; chỉ tiêu 13.7 thuộc tiêu chí số 13; Tiêu chí số 8 về “Thông tin và Truyền thông”; chỉ tiêu 15.2 thuộc tiêu chí số 15 “Hành chính công”');
    expect(r.codes.map((c) => c.code)).toEqual(['6', '13.7', '8', '15.2']);
    expect(r.parents).toEqual([{ code: '13', codes: ['13.7'] }, { code: '15', name: 'Hành chính công', codes: ['15.2'] }]);
    // 13.7 under 13 and 15.2 under 15, as written: nothing to flag.
    expect(r.problem).toBeUndefined();
    // "; các chỉ tiêu 6.1" ends the name before it and starts a clause of its own.
    const s = parseCodes('Tiêu chí số 7 về “Cơ sở hạ tầng thương mại nông thôn”; các chỉ tiêu 6.1, 6.3 thuộc tiêu chí số 6 về “Kinh tế”');
    expect(s.codes.map((c) => c.code)).toEqual(['7', '6.1', '6.3']);
    expect(s.named).toEqual([{ codes: ['7'], name: 'Cơ sở hạ tầng thương mại nông thôn' }]);
    expect(s.parents).toEqual([{ code: '6', name: 'Kinh tế', codes: ['6.1', '6.3'] }]);
  });

  it('a quoted name ends at its closing quote (seed 004: "… về “Kinh tế” của bộ tiêu chí nâng cao")', () => {
    const r = parseCodes('các chỉ tiêu 6.1 về “có cụm công nghiệp được đầu tư hoàn thiện kết cấu hạ tầng kỹ thuật và được lấp đầy từ 50% trở lên”, 6.3 thuộc tiêu chí số 6 về “Kinh tế” của bộ tiêu chí nâng cao');
    expect(r.codes.map((c) => c.code)).toEqual(['6.1', '6.3']);
    expect(r.parents?.map((x) => [x.code, x.name])).toEqual([['6', 'Kinh tế']]);
    const s = parseCodes('Tiêu chí số 11 về “Nghèo đa chiều” (giao cho 3 xã)');
    expect(s.named).toEqual([{ codes: ['11'], name: 'Nghèo đa chiều' }]);
  });

  it('flags codes that do not belong to the parent written', () => {
    expect(parseCodes('chỉ tiêu 17.5 thuộc tiêu chí số 18').problem).toBeDefined();
  });

  it('several kind words in a row', () => {
    const r = parseCodes('tiêu chí 1. Quy hoạch, tiêu chí 2. Giao thông');
    expect(r.codes.map((c) => c.code)).toEqual(['1', '2']);
    expect(r.named?.map((n) => n.name)).toEqual(['Quy hoạch', 'Giao thông']);
  });

  it('"các chỉ tiêu" after a semicolon continues the list (seed 004: "Tiêu chí số 3; các chỉ tiêu 13.2, 13.3, …")', () => {
    const r = parseCodes('Tiêu chí số 3; các chỉ tiêu 13.2, 13.3, 13.4, 13.5; các chỉ tiêu 17.1, 17.4, 17.9, 17.10; Chỉ tiêu 18.6');
    expect(r.codes.map((c) => c.code)).toEqual(['3', '13.2', '13.3', '13.4', '13.5', '17.1', '17.4', '17.9', '17.10', '18.6']);
    expect(r.problem).toBeUndefined();
    expect(codesOf('Tiêu chí 1 và các tiêu chí 2, 3')).toEqual(['1', '2', '3']);
    expect(codesOf('Những chỉ tiêu 6.1, 6.3')).toEqual(['6.1', '6.3']);
  });

  it('keeps what it could not read after the codes it read', () => {
    const r = parseCodes('Tiêu chí 4; mục 17a');
    expect(r.codes.map((c) => c.code)).toEqual(['4']);
    expect(r.unread).toBe('mục 17a');
    expect(parseCodes('Tiêu chí 4').unread).toBeUndefined();
  });

  it('finds codes after leading words', () => {
    expect(codesOf('Đối với tiêu chí 17.5')).toEqual(['17.5']);
    expect(codesOf('- + Tiêu chí số 17.1')).toEqual(['17.1']);
  });
});

describe('parseCodes: ranges', () => {
  it('"13.1-13.5" expands within the criterion', () => {
    const r = parseCodes('13.1-13.5');
    expect(r.codes.map((c) => c.code)).toEqual(['13.1', '13.2', '13.3', '13.4', '13.5']);
    expect(r.codes.every((c) => c.raw === '13.1-13.5')).toBe(true);
  });

  it('"17.1 - 17.12" gives twelve indicators ending with 17.10, 17.11, 17.12', () => {
    const codes = codesOf('chỉ tiêu 17.1 - 17.12');
    expect(codes).toHaveLength(12);
    expect(codes.slice(-3)).toEqual(['17.10', '17.11', '17.12']);
  });

  it('a range across criteria is a problem', () => {
    const r = parseCodes('17.1-18.2');
    expect(r.problem).toBeDefined();
  });

  it('criterion ranges', () => {
    expect(codesOf('Tiêu chí 1-3')).toEqual(['1', '2', '3']);
  });

  it('ranges written in words: "từ … đến …", with or without the kind word again', () => {
    const oneToFive = ['1', '2', '3', '4', '5'];
    expect(codesOf('Tiêu chí từ 1 đến 5')).toEqual(oneToFive);
    expect(codesOf('Tiêu chí 1 đến tiêu chí 5')).toEqual(oneToFive);
    expect(codesOf('Từ tiêu chí 1 đến tiêu chí 5')).toEqual(oneToFive);
    expect(parseCodes('Từ tiêu chí 1 đến tiêu chí 5').writtenName).toBeUndefined();
    expect(codesOf('Chỉ tiêu 13.1 đến chỉ tiêu 13.3')).toEqual(['13.1', '13.2', '13.3']);
    // "từ" after a code is not a range: it starts the text that follows.
    expect(codesOf('Tiêu chí 3 từ năm 2023')).toEqual(['3']);
  });
});

describe('parseCodes: numbers and bad input', () => {
  it('number cells', () => {
    expect(parseCodes(5).codes).toEqual([{ code: '5', raw: '5' }]);
    // A number cannot carry 17.10: 17.1 stays 17.1 (no guessing).
    expect(parseCodes(17.1).codes).toEqual([{ code: '17.1', raw: '17.1' }]);
    expect(codesOf(17.12)).toEqual(['17.12']);
  });

  it('numbers that are not codes', () => {
    expect(parseCodes(2023).codes).toEqual([]);
    expect(parseCodes(2023).problem).toBeDefined();
    expect(parseCodes(0).problem).toBeDefined();
    expect(parseCodes(17.123).problem).toBeDefined();
  });

  it('text without a code gives no codes and a Vietnamese problem', () => {
    const r = parseCodes('Phòng Kinh tế và Hạ tầng');
    expect(r.codes).toEqual([]);
    expect(r.problem).toMatch(/Không tìm thấy mã/);
    expect(parseCodes('').problem).toBeDefined();
    expect(parseCodes('năm 2023').codes).toEqual([]);
  });

  it('reports unread trailing text', () => {
    const r = parseCodes('17.5 ###');
    expect(r.codes.map((c) => c.code)).toEqual(['17.5']);
    expect(r.problem).toMatch(/###/);
  });

  it('reports a code written twice', () => {
    const r = parseCodes('Tiêu chí 9, 9');
    expect(r.codes.map((c) => c.code)).toEqual(['9']);
    expect(r.duplicates).toEqual(['9']);
  });
});

describe('parseCodes: NFD and NBSP', () => {
  it('decomposed text and non-breaking spaces', () => {
    const r = parseCodes('Tie\u0302u\u00A0chi\u0301\u00A0so\u0302\u0301 17.5 (mai ta\u0301ng)');
    expect(r.codes).toEqual([{ code: '17.5', qualifier: 'mai táng', raw: '17.5' }]);
    expect(r.kindWord).toBe('tiêu chí');
    expect(codesOf('Chi\u0309 tie\u0302u\u00A013.1')).toEqual(['13.1']);
    expect(parseCodes('Tie\u0302u chi\u0301 11 ve\u0302\u0300 Nghe\u0300o đa chie\u0302\u0300u').writtenName).toBe('Nghèo đa chiều');
  });
});

describe('code helpers', () => {
  it('compareCodes orders naturally', () => {
    const codes = ['17.10', '2', '17.2', '10', '17', '1', '17.1', '18.1'];
    expect([...codes].sort(compareCodes)).toEqual(['1', '2', '10', '17', '17.1', '17.2', '17.10', '18.1']);
    expect(compareCodes('2', '10')).toBeLessThan(0);
    expect(compareCodes('17.2', '17.10')).toBeLessThan(0);
    expect(compareCodes('5', '5')).toBe(0);
  });

  it('formatCode / normalizeCode / criterionOf', () => {
    expect(formatCode({ code: '17.10', qualifier: 'ngành Y tế', raw: '17.10' })).toBe('17.10 (ngành Y tế)');
    expect(formatCode({ code: '17', raw: 'TC 17' })).toBe('17');
    expect(normalizeCode('17.08')).toBe('17.8');
    expect(normalizeCode('05')).toBe('5');
    expect(normalizeCode('17.10')).toBe('17.10');
    expect(normalizeCode('abc')).toBeUndefined();
    expect(criterionOf('17.10')).toBe('17');
    expect(criterionOf('5')).toBe('5');
  });
});
