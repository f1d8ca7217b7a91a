import { parseDeadline } from '../../src/domain/parse/deadlines';

// Expected dates follow DOMAIN §5: quarter end by default (Q1 31/3, Q2 30/6, Q3 30/9, Q4 31/12);
// "đầu quý" = end of the quarter's first month; "giữa quý" = end of its middle month; a bare year = 31/12.
describe('parseDeadline: quarter forms', () => {
  it.each([
    ['quý II/2023', '2023-06-30', 'Quý II/2023'],
    ['Quý 2/2023', '2023-06-30', 'Quý II/2023'],
    ['quý I/2023', '2023-03-31', 'Quý I/2023'],
    ['quý IV/2023', '2023-12-31', 'Quý IV/2023'],
    ['trong quý III/2023', '2023-09-30', 'Quý III/2023'],
    ['hoàn thành trong quý III/2023', '2023-09-30', 'Quý III/2023'],
    ['hoàn hành trong quý II/2023', '2023-06-30', 'Quý II/2023'], // typo in seed 000
    ['hoàn thành hồ sơ trong quý III/2023.', '2023-09-30', 'Quý III/2023'],
    ['đầu quý IV/2023', '2023-10-31', 'Đầu quý IV/2023'],
    ['hoàn thành trong đầu quý IV/2023', '2023-10-31', 'Đầu quý IV/2023'],
    ['đầu quý II/2023', '2023-04-30', 'Đầu quý II/2023'],
    ['cuối quý III/2023', '2023-09-30', 'Quý III/2023'],
    ['giữa quý II/2023', '2023-05-31', 'Giữa quý II/2023'],
    ['giữa quý I/2024', '2024-02-29', 'Giữa quý I/2024'], // leap year
    ['Quý 3 năm 2023', '2023-09-30', 'Quý III/2023'],
    ['quý III năm 2023', '2023-09-30', 'Quý III/2023'],
    ['Q3/2023', '2023-09-30', 'Quý III/2023'],
    ['Q3-2023', '2023-09-30', 'Quý III/2023'],
    ['q4/2025', '2025-12-31', 'Quý IV/2025'],
    ['QUÝ III/2023', '2023-09-30', 'Quý III/2023'],
    ['quý iii/2023', '2023-09-30', 'Quý III/2023'],
    ['quý I, II/2023', '2023-06-30', 'Quý II/2023'],
    ['quý I và II/2023', '2023-06-30', 'Quý II/2023'],
    ['quý  III  /  2023', '2023-09-30', 'Quý III/2023'],
  ])('%s → %s', (text, date, label) => {
    const d = parseDeadline(text);
    expect(d).toEqual({ raw: text.replace(/\s+/g, ' ').trim(), date, label });
  });

  it('NBSP and NFD input', () => {
    expect(parseDeadline('quy\u0301\u00A0III/2023')?.date).toBe('2023-09-30');
    expect(parseDeadline('\u00A0đa\u0302\u0300u\u00A0quy\u0301 IV/2023\u00A0')?.date).toBe('2023-10-31');
    expect(parseDeadline('trong\u00A0quý\u00A0II/2023')?.raw).toBe('trong quý II/2023');
  });

  it('a quarter without a year uses the context year, else is a problem', () => {
    expect(parseDeadline('quý III', { year: 2024 })?.date).toBe('2024-09-30');
    const d = parseDeadline('quý III');
    expect(d?.date).toBeUndefined();
    expect(d?.problem).toMatch(/thiếu năm/);
  });

  it('"quý V/2023" is not a quarter', () => {
    const d = parseDeadline('quý V/2023');
    expect(d?.date).toBeUndefined();
    expect(d?.problem).toMatch(/Quý "V"/);
    expect(parseDeadline('quý 5/2023')?.problem).toBeDefined();
  });
});

describe('parseDeadline: month ranges', () => {
  it.each([
    ['Tháng 3-6/2023', '2023-06-30'],
    ['tháng 3 - 6 năm 2023', '2023-06-30'],
    ['Tháng 10 đến tháng 12/2023', '2023-12-31'],
  ])('%s → the end of the last month, %s', (text, date) => {
    expect(parseDeadline(text)?.date).toBe(date);
  });
});

describe('parseDeadline: dates', () => {
  it.each([
    ['trước 30/3/2023', '2023-03-30'],
    ['trước ngày 20/9/2025', '2025-09-20'],
    ['30/09/2023', '2023-09-30'],
    ['30-9-2023', '2023-09-30'],
    ['30.9.2023', '2023-09-30'],
    ['ngày 30 tháng 9 năm 2023', '2023-09-30'],
    ['30 tháng 9 năm 2023', '2023-09-30'],
    ['29/2/2024', '2024-02-29'],
    // Year first, as exports write it: the day, not the year's end (was read as "năm 2023").
    ['2023-09-30', '2023-09-30'],
    ['trước 2023/9/30', '2023-09-30'],
  ])('%s → %s', (text, date) => {
    const [y, m, d] = date.split('-');
    expect(parseDeadline(text)).toEqual({ raw: text, date, label: `${d}/${m}/${y}` });
  });

  it('"31/2/2023" does not exist', () => {
    const d = parseDeadline('31/2/2023');
    expect(d?.date).toBeUndefined();
    expect(d?.problem).toMatch(/31\/2\/2023/);
    expect(parseDeadline('29/2/2023')?.problem).toBeDefined();
    expect(parseDeadline('2023-02-31')?.problem).toMatch(/31\/02\/2023|31\/2\/2023/);
  });

  it('"trước 30/6" needs a year', () => {
    expect(parseDeadline('trước 30/6', { year: 2023 })?.date).toBe('2023-06-30');
    expect(parseDeadline('trước 30/6')?.problem).toMatch(/thiếu năm/);
  });

  it('Date cells give their UTC calendar date', () => {
    expect(parseDeadline(new Date(Date.UTC(2023, 8, 30)))).toEqual({ raw: '30/09/2023', date: '2023-09-30', label: '30/09/2023' });
  });
});

describe('parseDeadline: months, halves and years', () => {
  it.each([
    ['tháng 9/2023', '2023-09-30', 'Tháng 9/2023'],
    ['tháng 9 năm 2023', '2023-09-30', 'Tháng 9/2023'],
    ['tháng 02/2024', '2024-02-29', 'Tháng 2/2024'],
    ['T9/2023', '2023-09-30', 'Tháng 9/2023'],
    ['9/2023', '2023-09-30', 'Tháng 9/2023'],
    ['6 tháng đầu năm 2023', '2023-06-30', '6 tháng đầu năm 2023'],
    ['06 tháng đầu năm 2023', '2023-06-30', '6 tháng đầu năm 2023'],
    ['9 tháng đầu năm 2023', '2023-09-30', '9 tháng đầu năm 2023'],
    ['6 tháng cuối năm 2023', '2023-12-31', '6 tháng cuối năm 2023'],
    ['năm 2025', '2025-12-31', 'Năm 2025'],
    ['trong năm 2025', '2025-12-31', 'Năm 2025'],
    ['2025', '2025-12-31', 'Năm 2025'],
    ['giai đoạn 2021-2025', '2025-12-31', 'Giai đoạn 2021 - 2025'],
    // Seed 001 as typed: the period is said as written, not as "Năm 2030".
    ['Giai đoạn 2021 - 2030', '2030-12-31', 'Giai đoạn 2021 - 2030'],
    ['2021–2025', '2025-12-31', 'Giai đoạn 2021 - 2025'],
    ['cuối năm 2024', '2024-12-31', 'Cuối năm 2024'],
  ])('%s → %s', (text, date, label) => {
    expect(parseDeadline(text)).toEqual({ raw: text, date, label });
  });

  it('"6 tháng đầu năm" takes the context year, else is a problem', () => {
    expect(parseDeadline('6 tháng đầu năm', { year: 2023 })?.date).toBe('2023-06-30');
    const d = parseDeadline('6 tháng đầu năm');
    expect(d?.date).toBeUndefined();
    expect(d?.problem).toMatch(/thiếu năm/);
  });

  it('"trong năm", "cả năm", "hết năm" are 31/12 of the context year, else a missing year', () => {
    for (const t of ['Trong năm', 'cả năm', 'Đến hết năm']) {
      expect({ t, d: parseDeadline(t, { year: 2023 }) }).toEqual({ t, d: { raw: t, date: '2023-12-31', label: 'Năm 2023' } });
      expect({ t, missing: parseDeadline(t)?.yearMissing }).toEqual({ t, missing: true });
    }
    // With a year written, the latest year decides, as before.
    expect(parseDeadline('Trong năm 2023 và năm 2024')?.date).toBe('2024-12-31');
  });

  it('"Thường xuyên", "Hàng năm" are ongoing: no date and no problem', () => {
    // Seed 002: "duy trì, nâng chất các tiêu chí đã đạt", "Báo cáo định kỳ vào ngày 10 hàng tháng".
    for (const t of ['Thường xuyên', 'Hàng năm', 'Thường xuyên, hàng quý', 'Liên tục', 'THƯỜNG XUYÊN.', 'Duy trì', 'Duy trì, nâng chất', 'ngày 10 hàng tháng', 'Vào ngày 10 hàng tháng']) {
      expect({ t, d: parseDeadline(t) }).toEqual({ t, d: { raw: t, ongoing: true } });
    }
    expect(parseDeadline('Thường xuyên đến năm 2025')?.date).toBe('2025-12-31');
    // A day without "hàng tháng" is no ongoing task, and the problem does not repeat the finding's sentence.
    expect(parseDeadline('ngày 10')?.ongoing).toBeUndefined();
    expect(parseDeadline('Sớm nhất có thể')?.problem).toBe('Cần ghi dạng "quý III/2023", "30/9/2023", "tháng 9/2023" hoặc "năm 2025".');
  });

  it('"tháng 13/2023" is a problem', () => {
    expect(parseDeadline('tháng 13/2023')?.problem).toBeDefined();
  });
});

describe('parseDeadline: numbers', () => {
  it('a plausible year is 31/12 of that year', () => {
    expect(parseDeadline(2025)).toEqual({ raw: '2025', date: '2025-12-31', label: 'Năm 2025' });
    expect(parseDeadline(2000)?.date).toBe('2000-12-31');
  });

  it('an Excel serial in range is a date (45000 = 15/03/2023, 45199 = 30/09/2023)', () => {
    expect(parseDeadline(45000)?.date).toBe('2023-03-15');
    expect(parseDeadline(45199)).toEqual({ raw: '45199', date: '2023-09-30', label: '30/09/2023' });
    expect(parseDeadline(36526)?.date).toBe('2000-01-01');
  });

  it('other numbers are problems', () => {
    for (const n of [3, 12, 1999, 2101, 36525, 73052, -5]) {
      const d = parseDeadline(n);
      expect(d?.date).toBeUndefined();
      expect(d?.problem).toBeDefined();
    }
  });
});

describe('parseDeadline: blank and unreadable', () => {
  it('blank cells give undefined', () => {
    expect(parseDeadline(null)).toBeUndefined();
    expect(parseDeadline('')).toBeUndefined();
    expect(parseDeadline('  \u00A0 ')).toBeUndefined();
  });

  it.each(['sớm', 'đạt?', 'trước ngày 20 tháng cuối quý', 'QĐ 211/QĐ-TTg'])('"%s" is a problem in Vietnamese', (text) => {
    const d = parseDeadline(text);
    expect(d?.raw).toBe(text);
    expect(d?.date).toBeUndefined();
    expect(d?.label).toBeUndefined();
    expect(d?.problem).toMatch(/quý III\/2023/);
  });

  it('error and boolean cells are problems', () => {
    expect(parseDeadline({ error: '#N/A' })).toMatchObject({ raw: '#N/A' });
    expect(parseDeadline({ error: '#N/A' })?.problem).toMatch(/#N\/A/);
    expect(parseDeadline(true)?.problem).toBeDefined();
  });
});
