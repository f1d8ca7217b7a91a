// The office's manual page breaks (which ExcelJS drops on reading) reach the checked copy, on the
// same sheets; the summary sheets and the state sheet get only the breaks the check writes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';

const SAMPLE = path.join(__dirname, '../../examples/tra-cu-2023.xlsx');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-breaks-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

type Brk = Record<string, string>;
type Breaks = Record<string, { rows: Brk[]; cols: Brk[] }>;

/** Sheet name → the attributes of its <brk> entries, read from the package (names through workbook.xml and its rels). */
async function breaksByName(buf: Buffer): Promise<Breaks> {
  const zip = await JSZip.loadAsync(buf);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = (id: string) => new RegExp(`<Relationship\\b(?=[^>]*\\bId="${id}")[^>]*\\bTarget="([^"]+)"`).exec(rels)![1].replace(/^\/?(xl\/)?/, 'xl/');
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const out: Breaks = {};
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])![1];
    const xml = await zip.file(target(/\br:id="([^"]*)"/.exec(m[0])![1]))!.async('string');
    const list = (tag: string) => [...(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? '').matchAll(/<brk\b([^>]*)\/>/g)].map((b) => Object.fromEntries([...b[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
    const rows = list('rowBreaks');
    const cols = list('colBreaks');
    if (rows.length || cols.length) out[name] = { rows, cols };
  }
  return out;
}

/**
 * The sample as Excel would save it after the office set breaks (inserted after pageSetup, where
 * Excel writes them), with its tabs in `order` when given: Excel keeps a moved tab's part number.
 */
async function sampleWith(breaks: Record<string, string>, order?: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  for (const [part, xml] of Object.entries(breaks)) {
    const sheet = await zip.file(part)!.async('string');
    zip.file(part, sheet.replace('</worksheet>', `${xml}</worksheet>`));
  }
  if (order) {
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    const sheets = [...wbXml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
    const byName = (n: string) => sheets.find((s) => s.includes(`name="${n}"`))!;
    zip.file('xl/workbook.xml', wbXml.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${order.map(byName).join('')}</sheets>`));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function checkedCopy(input: Buffer, name: string): Promise<{ copy: Buffer; notKept: unknown[] }> {
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, input);
  const out = path.join(dir, `${name}.checked.xlsx`);
  const json = path.join(dir, `${name}.json`);
  const code = await main([file, '--as-of', '2023-10-15', '--out', out, '--json', json], () => undefined, () => undefined);
  expect(code).toBe(1); // the sample keeps its errors
  return { copy: fs.readFileSync(out), notKept: JSON.parse(fs.readFileSync(json, 'utf8')).notKept ?? [] };
}

const ROWS = (...ids: number[]) => `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${ids.map((id) => `<brk id="${id}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
const brk = (id: number, max = '16383'): Brk => ({ id: String(id), max, man: '1' });
// "Hiện trạng NTM" (xl/worksheets/sheet3.xml) made the first tab, "Phân công" (sheet1) the third.
const MOVED = ['Hiện trạng NTM', 'Danh sách xã', 'Phân công', 'Hiện trạng NTM nâng cao', 'Tiêu chí huyện', 'Đô thị văn minh', 'Bộ tiêu chí'];

test('the office\'s row and column breaks are on the same sheets of the copy, tabs moved or not; the summary sheets keep only their own', async () => {
  const breaks = {
    'xl/worksheets/sheet1.xml': ROWS(21, 37),
    'xl/worksheets/sheet3.xml': `${ROWS(35)}<colBreaks count="1" manualBreakCount="1"><brk id="9" max="1048575" man="1"/></colBreaks>`,
  };
  const office = { 'Phân công': { rows: [brk(21), brk(37)], cols: [] }, 'Hiện trạng NTM': { rows: [brk(35)], cols: [brk(9, '1048575')] } };
  for (const order of [undefined, MOVED]) {
    const tag = order ? 'moved' : 'plain';
    const { copy: without } = await checkedCopy(await sampleWith({}, order), `${tag}-none`);
    const { copy, notKept } = await checkedCopy(await sampleWith(breaks, order), tag);
    // Without the fix the copy has the summary sheets' breaks only.
    expect(await breaksByName(copy)).toEqual({ ...(await breaksByName(without)), ...office });
    expect(JSON.stringify(notKept)).not.toMatch(/ngắt trang|page break/);
  }
});

test('a re-run on the checked copy keeps the office\'s breaks once; old breaks on summary sheets and the state sheet do not come back', async () => {
  const { copy: first } = await checkedCopy(await sampleWith({ 'xl/worksheets/sheet1.xml': ROWS(21, 37) }), 'first');
  // Stale breaks on the add-in's own sheets (their values untouched, so they are replaced).
  const zip = await JSZip.loadAsync(first);
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const partOf = (name: string) => `xl/${new RegExp(`Id="${new RegExp(`name="${name}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1]}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
  for (const name of ['TH_Theo xã - Xã NTM', '_ntm_state']) {
    const part = partOf(name);
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.includes('<rowBreaks') ? xml.replace(/<rowBreaks[^>]*>/, '$&<brk id="5" max="16383" man="1"/>') : xml.replace('</worksheet>', `${ROWS(5)}</worksheet>`));
  }
  const { copy: again } = await checkedCopy(await zip.generateAsync({ type: 'nodebuffer' }), 'again');
  expect(await breaksByName(again)).toEqual(await breaksByName(first));
  expect((await breaksByName(again))['Phân công'].rows).toEqual([brk(21), brk(37)]);
});

test('breaks as LibreOffice writes them (man="true", min="0") keep their ids, min and max', async () => {
  const lo = `<rowBreaks count="2" manualBreakCount="2"><brk id="21" man="true" max="16383" min="0"/><brk id="37" man="true" max="16383" min="0"/></rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="4" man="true" max="65535" min="0"/></colBreaks>`;
  const { copy } = await checkedCopy(await sampleWith({ 'xl/worksheets/sheet1.xml': lo }), 'lo');
  const got = (await breaksByName(copy))['Phân công'];
  const exact = (b: Brk) => ({ id: b.id, min: b.min, max: b.max, manual: b.man === '1' || b.man === 'true' });
  expect(got.rows.map(exact)).toEqual([{ id: '21', min: '0', max: '16383', manual: true }, { id: '37', min: '0', max: '16383', manual: true }]);
  expect(got.cols.map(exact)).toEqual([{ id: '4', min: '0', max: '65535', manual: true }]);
});
