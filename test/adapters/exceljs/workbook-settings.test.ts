// How the office set its workbook to calculate and to be opened stays in the copy: ExcelJS writes
// a bare <calcPr> and no <fileSharing>.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { hasWorkbookSettings, withWorkbookSettingsOf } from '../../../src/adapters/exceljs/workbook-settings';
import { inspectPackage } from '../../../src/adapters/exceljs/package-parts';

const WORKBOOK = 'xl/workbook.xml';
// Iterative calculation (a circular reference the office relies on), precision as displayed,
// manual calculation; opened read-only recommended, with a password to modify.
const CALC = '<calcPr calcId="191029" calcMode="manual" iterate="1" iterateCount="50" iterateDelta="0.0001" fullPrecision="0"/>';
const SHARING = '<fileSharing readOnlyRecommended="1" userName="VP Điều phối NTM" algorithmName="SHA-512" hashValue="c2hhNTEy" saltValue="c2FsdA==" spinCount="100000"/>';

/** A small plan whose workbook part `edit` changes. */
async function plan(edit: (xml: string) => string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hiện trạng').addRows([['Mã', 'Tiêu chí', 'Tân Sơn'], ['1', 'Quy hoạch', 'Đạt']]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file(WORKBOOK, edit(await zip.file(WORKBOOK)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const excelSaved = (xml: string) => xml.replace(/<calcPr\b[^>]*\/>/, CALC).replace(/(<fileVersion\b[^>]*\/>)/, `$1${SHARING}`);

test('iterative calculation, precision as displayed, manual calculation and the file-sharing options are kept', async () => {
  const input = await plan(excelSaved);
  // ExcelJS alone writes a bare calcPr and no fileSharing (a newer ExcelJS keeping them fails here).
  const alone = new ExcelJS.Workbook();
  await alone.xlsx.load(input as unknown as ExcelJS.Buffer);
  const bare = await (await JSZip.loadAsync(await alone.xlsx.writeBuffer())).file(WORKBOOK)!.async('string');
  expect(bare).toMatch(/<calcPr calcId="\d+"\/>/);
  expect(bare).not.toContain('<fileSharing');

  const { copy, reread } = await checkedCopyOf(input);
  const xml = await copy.file(WORKBOOK)!.async('string');
  // ExcelJS's calcId stays (Excel recalculates the copy on opening), the office's settings are back.
  expect(/<calcPr\b[^>]*\/>/.exec(xml)![0]).toBe('<calcPr calcId="171027" calcMode="manual" iterate="1" iterateCount="50" iterateDelta="0.0001" fullPrecision="0"/>');
  // Right after fileVersion (ECMA-376 CT_Workbook), once.
  expect(xml).toMatch(new RegExp(`<fileVersion\\b[^>]*/>${SHARING}<workbookPr\\b`));
  expect(xml.match(/<fileSharing\b/g)).toHaveLength(1);
  expect(reread.worksheets.map((w) => w.name)).toContain('Hiện trạng');
});

test('LibreOffice\'s calcPr, all defaults spelled out, changes nothing', () => {
  const lo = '<workbook><sheets/><calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/></workbook>';
  const written = '<workbook><fileVersion appName="xl"/><sheets/><calcPr calcId="171027"/></workbook>';
  expect(withWorkbookSettingsOf(lo, written)).toBe(written);
  // A calcPr ExcelJS did not write goes before what follows it.
  expect(withWorkbookSettingsOf('<calcPr iterate="true"/>', '<workbook><sheets/><customWorkbookViews/></workbook>')).toBe('<workbook><sheets/><calcPr iterate="1"/><customWorkbookViews/></workbook>');
});

test('the workbook protection the office set (Review › Protect Workbook) is kept, password hash included', async () => {
  const LOCK = '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>';
  const input = await plan((xml) => xml.replace('<sheets>', `${LOCK}<sheets>`));
  expect(await (await JSZip.loadAsync(input)).file(WORKBOOK)!.async('string')).toContain(LOCK);
  // ExcelJS alone drops it: the copy's sheets could be renamed, deleted or moved.
  const alone = new ExcelJS.Workbook();
  await alone.xlsx.load(input as unknown as ExcelJS.Buffer);
  expect(await (await JSZip.loadAsync(await alone.xlsx.writeBuffer())).file(WORKBOOK)!.async('string')).not.toContain('<workbookProtection');
  const { copy, reread } = await checkedCopyOf(input);
  const xml = await copy.file(WORKBOOK)!.async('string');
  // Before <bookViews> or <sheets> (ECMA-376 CT_Workbook), once.
  expect(xml).toMatch(new RegExp(`${LOCK}<(?:bookViews|sheets)\\b`));
  expect(xml.match(/<workbookProtection\b/g)).toHaveLength(1);
  expect(reread.worksheets.map((w) => w.name)).toContain('Hiện trạng');
  // LibreOffice's empty one, in every file it saves, locks nothing and is not copied.
  expect(withWorkbookSettingsOf('<workbook><workbookProtection/><sheets/></workbook>', '<workbook><bookViews/><sheets/></workbook>')).toBe('<workbook><bookViews/><sheets/></workbook>');
});

// Two windows (View › New Window) as Excel saves them: the first with no horizontal scroll bar, a
// wider tab bar and dates not grouped in the AutoFilter menu; the second minimized, no vertical scroll bar.
const WINDOWS = '<bookViews><workbookView xWindow="120" yWindow="45" windowWidth="19200" windowHeight="10000" tabRatio="750" showHorizontalScroll="0" autoFilterDateGrouping="0"/><workbookView minimized="1" showVerticalScroll="0" xWindow="300" yWindow="300" windowWidth="9600" windowHeight="8000"/></bookViews>';

test('each window keeps its scroll bars, tab bar width, minimized state and AutoFilter date grouping', async () => {
  const input = await plan((xml) => xml.replace('<sheets>', `${WINDOWS}<sheets>`));
  const { copy } = await checkedCopyOf(input);
  expect((await copy.file(WORKBOOK)!.async('string')).match(/<workbookView\b[^>]*>/g)).toEqual([
    '<workbookView xWindow="120" yWindow="45" windowWidth="19200" windowHeight="10000" tabRatio="750" showHorizontalScroll="0" autoFilterDateGrouping="0"/>',
    '<workbookView xWindow="300" yWindow="300" windowWidth="9600" windowHeight="8000" minimized="1" showVerticalScroll="0"/>',
  ]);
});

test('hidden sheet tabs are shown in the copy, and named: the summary sheets it adds must be found', async () => {
  const input = await plan((xml) => xml.replace('<sheets>', '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="19200" windowHeight="10000" showSheetTabs="0"/></bookViews><sheets>'));
  expect((await inspectPackage(input)).notKept).toEqual([{ vi: 'tab trang tính bị ẩn (bản đã kiểm tra hiện lại để thấy các trang tổng hợp)', en: 'hidden sheet tabs (the checked copy shows them, so that its summary sheets can be found)' }]);
  const { copy } = await checkedCopyOf(input);
  expect(await copy.file(WORKBOOK)!.async('string')).not.toContain('showSheetTabs');
});

test('ExcelJS still drops the window settings (a newer ExcelJS keeping them fails here)', async () => {
  const alone = new ExcelJS.Workbook();
  await alone.xlsx.load((await plan((xml) => xml.replace('<sheets>', `${WINDOWS}<sheets>`))) as unknown as ExcelJS.Buffer);
  expect(await (await JSZip.loadAsync(await alone.xlsx.writeBuffer())).file(WORKBOOK)!.async('string')).not.toMatch(/tabRatio|showHorizontalScroll|showVerticalScroll|minimized|autoFilterDateGrouping/);
});

// As Excel saves a workbook whose office set, in File › Options, Save As › General Options and
// Check Compatibility: objects hidden, always a backup, compatibility checked on save, pictures
// not compressed; its links never updated, and the VBA code name of an .xlsm.
const OPTIONS = '<workbookPr showObjects="none" backupFile="1" checkCompatibility="1" autoCompressPictures="0" updateLinks="never" codeName="ThisWorkbook" defaultThemeVersion="166925"/>';
const withOptions = (props: string) => (xml: string) => xml.replace(/<workbookPr\b[^>]*\/>/, props);

test('the workbook\'s options stay: objects hidden, a backup on every save, compatibility checked, pictures not compressed', async () => {
  const { copy, reread } = await checkedCopyOf(await plan(withOptions(OPTIONS)));
  const xml = await copy.file(WORKBOOK)!.async('string');
  // Not the links option (the copy has no links), nor the code name (nor the macros), nor a theme version.
  expect(/<workbookPr\b[^>]*\/>/.exec(xml)![0]).toBe('<workbookPr defaultThemeVersion="164011" showObjects="none" backupFile="1" checkCompatibility="1" autoCompressPictures="0"/>');
  expect(reread.worksheets.map((w) => w.name)).toContain('Hiện trạng');
});

test('"Remove personal information on save" is on in the copy only if the office turned it on (ExcelJS turns it on in every file)', async () => {
  const props = async (workbookPr: string) => /<workbookPr\b[^>]*\/>/.exec(await (await checkedCopyOf(await plan(withOptions(workbookPr)))).copy.file(WORKBOOK)!.async('string'))![0];
  expect(await props('<workbookPr defaultThemeVersion="166925"/>')).toBe('<workbookPr defaultThemeVersion="164011"/>');
  expect(await props('<workbookPr filterPrivacy="1" defaultThemeVersion="166925"/>')).toBe('<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>');
  // LibreOffice's workbookPr, its defaults spelled out: no option to copy, privacy off.
  const lo = '<workbook><workbookPr backupFile="false" showObjects="all" date1904="false"/><sheets/></workbook>';
  expect(withWorkbookSettingsOf(lo, '<workbook><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets/></workbook>')).toBe('<workbook><workbookPr defaultThemeVersion="164011"/><sheets/></workbook>');
  // A file ExcelJS wrote, as the sample was, has it on: nothing to change, the package is not rewritten for it.
  expect(hasWorkbookSettings('<workbook><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets/></workbook>')).toBe(false);
});

test('ExcelJS still drops the workbook\'s options (a newer ExcelJS keeping them fails here)', async () => {
  const alone = new ExcelJS.Workbook();
  await alone.xlsx.load((await plan(withOptions(OPTIONS))) as unknown as ExcelJS.Buffer);
  expect(/<workbookPr\b[^>]*\/>/.exec(await (await JSZip.loadAsync(await alone.xlsx.writeBuffer())).file(WORKBOOK)!.async('string'))![0]).toBe('<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>');
});

// As Excel 365 saves them: 150 dpi and "Discard editing data" (Image Size and Quality), chart
// properties following their data points, and its calculation features, which no option sets.
const X14 = '<ext uri="{79F54976-1DA5-4618-B147-4CDE4B953A38}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:workbookPr defaultImageDpi="150" discardImageEditData="1"/></ext>';
const X15 = '<ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext>';
const CALC_FEATURES = '<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:LET_WF"/></xcalcf:calcFeatures></ext>';
const withExtensions = (exts: string) => (xml: string) => xml.replace('</workbook>', `<extLst>${exts}</extLst></workbook>`);

test('the workbook\'s picture options and chart tracking in its extension list stay, last in the part', async () => {
  const { copy } = await checkedCopyOf(await plan(withExtensions(X14 + X15 + CALC_FEATURES)));
  const xml = await copy.file(WORKBOOK)!.async('string');
  expect(xml).toMatch(new RegExp(`<calcPr\\b[^>]*/><extLst>${(X14 + X15).replace(/[{}.]/g, '\\$&')}</extLst></workbook>$`));
});

test('an extension whose prefix the workbook\'s root declares comes with its own declaration; calcFeatures alone is nothing to restore', async () => {
  const rooted = (xml: string) =>
    withExtensions('<ext uri="{79F54976-1DA5-4618-B147-4CDE4B953A38}"><p14:workbookPr discardImageEditData="1"/></ext>')(xml).replace('<workbook ', '<workbook xmlns:p14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" ');
  const xml = await (await checkedCopyOf(await plan(rooted))).copy.file(WORKBOOK)!.async('string');
  expect(xml).toContain('<extLst><ext uri="{79F54976-1DA5-4618-B147-4CDE4B953A38}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:workbookPr discardImageEditData="1"/></ext></extLst>');
  expect(hasWorkbookSettings(withExtensions(CALC_FEATURES)('<workbook><workbookPr filterPrivacy="1"/><sheets/></workbook>'))).toBe(false);
  expect(hasWorkbookSettings(withExtensions(X14)('<workbook><workbookPr filterPrivacy="1"/><sheets/></workbook>'))).toBe(true);
});

test('ExcelJS still drops the workbook\'s extension list (a newer ExcelJS keeping it fails here)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await plan(withExtensions(X14 + X15))) as unknown as ExcelJS.Buffer);
  expect(await (await JSZip.loadAsync(await wb.xlsx.writeBuffer())).file(WORKBOOK)!.async('string')).not.toContain('<extLst');
});
