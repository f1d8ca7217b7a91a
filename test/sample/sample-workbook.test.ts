// The bundled sample against seed 000, counted by hand from the seed text (not from the generator's tables).
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { makeSample } from '../../scripts/make-sample';
import { ASSUMPTIONS } from '../../scripts/sample/assumptions';
import { bareName, headerRow, readGrids, sheet, type Grid } from './read-xlsx';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;
let file: string;
let grids: Grid[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ntm-sample-'));
  file = await makeSample(ROOT, path.join(dir, 'tra-cu-2023.xlsx'));
  grids = await readGrids(file);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const lower = (s: string) => s.toLocaleLowerCase('vi');
const sorted = (xs: string[]) => [...xs].sort((a, b) => a.localeCompare(b, 'vi'));

/** Communes (as headed) with "Chưa đạt" in any row whose code is the criterion or one of its indicators. */
function unmetFor(g: Grid, criterion: string): string[] {
  const h = headerRow(g, 'Mã');
  const header = g.rows[h];
  const codeCol = header.indexOf('Mã');
  const out = new Set<string>();
  for (const row of g.rows.slice(h + 1)) {
    const code = row[codeCol] ?? '';
    if (code !== criterion && !code.startsWith(`${criterion}.`)) continue;
    row.forEach((v, c) => {
      if (v === 'Chưa đạt') out.add(bareName(header[c]));
    });
  }
  return sorted([...out]);
}

describe('bundled sample tra-cu-2023.xlsx', () => {
  test('has the seven sheets in order', () => {
    expect(grids.map((g) => g.name)).toEqual([
      'Phân công',
      'Danh sách xã',
      'Hiện trạng NTM',
      'Hiện trạng NTM nâng cao',
      'Tiêu chí huyện',
      'Đô thị văn minh',
      'Bộ tiêu chí',
    ]);
  });

  test('NTM matrix: criterion 11 unmet in exactly the 11 communes of seed III.1.1', () => {
    const g = sheet(grids, 'Hiện trạng NTM');
    expect(unmetFor(g, '11')).toEqual(
      sorted(['Phước Hưng', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Ngọc Biên', 'Long Hiệp', 'Tân Hiệp']),
    );
  });

  test('NTM matrix: criteria 13 (11 communes), 15 (10) and 17 (7, with "Tập sơn" as the seed writes it)', () => {
    const g = sheet(grids, 'Hiện trạng NTM');
    expect(unmetFor(g, '13')).toEqual(
      sorted(['Phước Hưng', 'Tập sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Long Hiệp', 'Tân Hiệp']),
    );
    expect(unmetFor(g, '15')).toEqual(
      sorted(['Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Long Hiệp', 'Tân Hiệp', 'Ngọc Biên']),
    );
    expect(unmetFor(g, '17')).toEqual(sorted(['Tập sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An']));
    expect(g.rows[headerRow(g, 'Mã')]).toContain('Tập sơn');
  });

  test('NTM matrix: 15 communes, 57 indicator rows, 39 unmet cells, nothing unmet outside 11/13/15/17', () => {
    const g = sheet(grids, 'Hiện trạng NTM');
    const h = headerRow(g, 'TT', 'Mã');
    const header = g.rows[h];
    const communes = header.slice(3).filter((x) => x !== '');
    expect(communes).toHaveLength(15);
    const valueRows = g.rows.slice(h + 1).filter((r) => /^\d+(\.\d+)?$/.test(r[1] ?? '') && r.slice(3).some((v) => v !== ''));
    expect(valueRows).toHaveLength(57);
    const unmetCells = valueRows.flatMap((r) => r.slice(3).filter((v) => v === 'Chưa đạt'));
    expect(unmetCells).toHaveLength(11 + 11 + 10 + 7);
    for (const r of valueRows) {
      const crit = r[1].split('.')[0];
      if (!['11', '13', '15', '17'].includes(crit)) expect(r.slice(3)).not.toContain('Chưa đạt');
      for (const v of r.slice(3, 3 + communes.length)) expect(['Đạt', 'Chưa đạt', 'x']).toContain(v);
    }
    for (const done of ['Ngãi Xuyên', 'Kim Sơn', 'Hàm Giang']) {
      const c = header.findIndex((x) => bareName(x) === done);
      expect(valueRows.every((r) => r[c] !== 'Chưa đạt')).toBe(true);
    }
  });

  test('advanced matrix follows seed III.1.3 for each of the four communes', () => {
    const g = sheet(grids, 'Hiện trạng NTM nâng cao');
    const h = headerRow(g, 'Mã tiêu chí');
    const header = g.rows[h];
    const codeCol = header.indexOf('Mã tiêu chí');
    const unmetOf = (commune: string) => {
      const c = header.findIndex((x) => bareName(x) === commune);
      return g.rows.slice(h + 1).filter((r) => r[c] === 'Chưa đạt').map((r) => r[codeCol]);
    };
    expect(g.rows.slice(h + 1).filter((r) => r[codeCol])).toHaveLength(19);
    expect(unmetOf('Long Hiệp')).toEqual(['1', '2', '7', '8', '9', '10', '11', '13', '14', '16', '17', '18']);
    expect(unmetOf('Đại An')).toEqual(['1', '11', '12', '13', '14', '17', '18']);
    expect(unmetOf('Tập Sơn')).toEqual(['1', '7', '13', '14', '17', '18']);
    expect(unmetOf('Ngọc Biên')).toEqual(['1', '11', '13', '14', '15']);
  });

  test('assignment sheet keeps the seed wording, mistakes included', () => {
    const g = sheet(grids, 'Phân công');
    const text = g.rows.flat();
    expect(text).toContain('Tiêu chí 1,2,4. Thủy lợi và Phòng chống thiên tai');
    expect(text).toContain('hoàn hành trong quý II/2023');
    expect(text).toContain('Phòng Tư Pháp');
    expect(text).toContain('Đối với thi trấn đạt chuẩn Đô thị Văn minh');
    const sections = text.filter((v) => /^(I|II|III|IV)\. /.test(v));
    expect(sections).toEqual([
      'I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI',
      'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO',
      'III. TIÊU CHÍ HUYỆN NÔNG THÔN MỚI',
      'IV. ĐÔ THỊ VĂN MINH',
    ]);
    // Title rows are merged across the table width (8 columns: A..H).
    expect(g.merges).toContain('A2:H2');
    expect(g.ws.getCell('A5').font?.name).toBe('Times New Roman');
  });

  test('assignment section I covers all 19 NTM criteria; 11 and 17 as seed III.1.2 writes them', () => {
    const g = sheet(grids, 'Phân công');
    const h = headerRow(g, 'STT', 'Tiêu chí/chỉ tiêu');
    const header = g.rows[h];
    const col = (label: string) => header.indexOf(label);
    const end = g.rows.findIndex((r) => r[0]?.startsWith('II. '));
    const rows = g.rows.slice(h + 2, end);
    const covered = new Set<string>();
    for (const r of rows) for (const m of r[col('Tiêu chí/chỉ tiêu')].matchAll(/\d+/g)) covered.add(m[0]);
    for (let i = 1; i <= 19; i++) expect(covered.has(String(i))).toBe(true);
    const row = (code: string) => rows.find((r) => r[col('Tiêu chí/chỉ tiêu')] === code)!;
    expect(row('Tiêu chí 11')[col('Đơn vị chủ trì')]).toBe('Phòng Lao động – Thương binh và Xã hội');
    expect(row('Tiêu chí 11')[col('Thời hạn hoàn thành')]).toBe('đầu quý IV/2023');
    expect(row('Tiêu chí 17')[col('Xã áp dụng')].split(', ')).toEqual(['Tập sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An']);
  });

  test('communes sheet: 15 xã and 2 thị trấn, the four advanced communes marked', () => {
    const g = sheet(grids, 'Danh sách xã');
    const h = headerRow(g, 'STT', 'Loại');
    const body = g.rows.slice(h + 1).filter((r) => r[0]);
    expect(body).toHaveLength(17);
    expect(body.filter((r) => r[2] === 'Xã')).toHaveLength(15);
    expect(body.filter((r) => r[2] === 'Thị trấn').map((r) => r[1])).toEqual(['thị trấn Định An', 'thị trấn Trà Cú']);
    const advanced = body.filter((r) => lower(r[4]).includes('nâng cao')).map((r) => r[1]);
    expect(sorted(advanced)).toEqual(sorted(['Tập Sơn', 'Đại An', 'Ngọc Biên', 'Long Hiệp']));
    expect(body.every((r) => r[3] === 'Đồng bằng sông Cửu Long')).toBe(true);
  });

  test('district sheet: 27 contents, 11 unmet, 6.4 without a verdict (seed III.1.6)', () => {
    const g = sheet(grids, 'Tiêu chí huyện');
    const h = headerRow(g, 'Mã', 'Đánh giá');
    const header = g.rows[h];
    const code = header.indexOf('Mã');
    const verdict = header.indexOf('Đánh giá');
    const contents = g.rows.slice(h + 1).filter((r) => /^\d\.\d$/.test(r[code] ?? ''));
    expect(contents).toHaveLength(27);
    expect(contents.filter((r) => r[verdict] === 'Chưa đạt').map((r) => r[code])).toEqual(['5.2', '5.3', '5.4', '6.1', '6.2', '7.2', '7.4', '8.3', '8.4', '8.5', '9.6']);
    expect(contents.find((r) => r[code] === '6.4')![verdict]).toBe('');
    const criteria = g.rows.slice(h + 1).filter((r) => /^\d$/.test(r[code] ?? ''));
    expect(criteria.map((r) => r[verdict])).toEqual(['Đạt', 'Đạt', 'Đạt', 'Đạt', 'Chưa đạt', 'Chưa đạt', 'Chưa đạt', 'Chưa đạt', 'Chưa đạt']);
  });

  test('town sheet: Định An lacks 3.2, 8.2, 8.4; Trà Cú lacks only 8.4 (seed III.1.5)', () => {
    const g = sheet(grids, 'Đô thị văn minh');
    const h = headerRow(g, 'Mã', 'Đánh giá');
    const header = g.rows[h];
    const unmet = (town: string) =>
      g.rows.slice(h + 1).filter((r) => r[1] === town && r[header.indexOf('Đánh giá')] === 'Chưa đạt').map((r) => r[header.indexOf('Mã')]);
    expect(unmet('thị trấn Định An')).toEqual(['3.2', '8.2', '8.4']);
    expect(unmet('thị trấn Trà Cú')).toEqual(['8.4']);
  });

  test('README lists every assumption the script makes', async () => {
    const readme = await fs.readFile(path.join(dir, 'README.md'), 'utf8');
    for (const a of ASSUMPTIONS) expect(readme).toContain(`**${a.id}** (${a.sheet}): ${a.text}`);
    const committed = await fs.readFile(path.join(ROOT, 'examples/README.md'), 'utf8');
    expect(committed).toBe(readme);
  });

  test('output is byte-for-byte deterministic and the committed sample is up to date', async () => {
    const again = await makeSample(ROOT, path.join(dir, 'again.xlsx'));
    const a = await fs.readFile(file);
    expect((await fs.readFile(again)).equals(a)).toBe(true);
    expect((await fs.readFile(path.join(ROOT, 'examples/tra-cu-2023.xlsx'))).equals(a)).toBe(true);
  });
});
