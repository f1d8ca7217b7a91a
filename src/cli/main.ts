// ntm-check: checks a workbook file and writes a checked copy, a readable summary and a JSON report.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, ArgsError, USAGE, todayInVietnam } from './args';
import { printSummary } from './print-summary';
import { buildJsonReport } from './report-json';
import { checkWorkbook } from '../domain/check';
import { AdapterError } from '../adapters/exceljs/errors';
import { checkedName } from '../adapters/common/checked-name';
import { writeDefinitionsTemplateFile } from './definitions-template-file';
import { loadWorkbookFile, ownedSheetsOfLoaded, writeCheckedCopyFromLoaded, readSettingsFromLoaded } from './workbook-io';

export async function main(argv: string[], log: (s: string) => void = (s) => console.log(s), logErr: (s: string) => void = (s) => console.error(s)): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof ArgsError) {
      logErr(e.message);
      logErr(USAGE);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    log(USAGE);
    return 0;
  }
  const input = path.resolve(args.input);
  const out = path.resolve(args.out ?? checkedName(input));
  if (out === input) {
    logErr('Tệp kết quả trùng tệp đầu vào: không ghi đè tệp gốc. / The output is the input file: refusing to overwrite it.');
    return 2;
  }
  const templateFile = args.definitionsTemplate ? path.resolve(args.definitionsTemplate) : undefined;
  if (templateFile === input || templateFile === out) {
    logErr('--definitions-template: cần một tệp khác tệp đầu vào và bản đã kiểm tra. / must differ from the input and the checked copy.');
    return 2;
  }
  if (!fs.existsSync(input)) {
    logErr(`Không tìm thấy tệp: ${input} / file not found`);
    return 2;
  }
  let loaded;
  try {
    loaded = await loadWorkbookFile(input);
  } catch (e) {
    // A file that is no .xlsx (an .xls, an .ods, a password-locked workbook…): what it is and what to do.
    if (e instanceof AdapterError) {
      logErr(`${args.lang === 'vi' ? 'Không mở được tệp' : 'Cannot open'} ${input}: ${e.text[args.lang]}`);
      // A script checking many files reads the reason from the report, as for a workbook with no table.
      if (args.json) writeJson(args.json, buildJsonReport({ ...checkWorkbook({ sheets: [] }, { asOf: args.asOf ?? todayInVietnam(), lang: args.lang }), usable: false, unusableReason: e.text }, input));
      return 2;
    }
    logErr(`Không mở được tệp .xlsx: ${(e as Error).message} / cannot open the workbook`);
    return 2;
  }
  const settings = readSettingsFromLoaded(loaded);
  const result = checkWorkbook(loaded.data, {
    asOf: args.asOf ?? settings?.asOf ?? todayInVietnam(),
    lang: args.lang,
    region: args.region,
    province: args.province,
    capPerCheck: args.cap,
    ignored: settings?.ignored,
    sheetRoles: settings?.sheetRoles,
    ownedSheets: ownedSheetsOfLoaded(loaded),
    // Advice in the findings names flags, not the add-in's buttons.
    surface: 'cli',
  });
  // Before the usable test: an office starting its workbook asks for the template first.
  if (templateFile && !(await writeTemplate(result, loaded.data.sheets.map((s) => s.name), templateFile, args.lang, log, logErr))) return 2;
  if (!result.usable) {
    logErr(result.unusableReason?.[args.lang] ?? 'Không dùng được tệp đầu vào.');
    if (args.json) writeJson(args.json, buildJsonReport(result, input));
    return 2;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  try {
    await writeCheckedCopyFromLoaded(loaded, out, result, { ...(settings ?? { ignored: [] }), asOf: result.asOf });
  } catch (e) {
    // The input is untouched; say so, with the reason, rather than a stack trace.
    logErr(`Không ghi được bản đã kiểm tra (${(e as Error).message}); tệp gốc không bị thay đổi. / Could not write the checked copy; the input is unchanged.`);
    if (args.json) writeJson(args.json, buildJsonReport(result, input, undefined, loaded.notKept));
    return 2;
  }
  if (args.json) writeJson(args.json, buildJsonReport(result, input, out, loaded.notKept));
  log(printSummary(result, args.lang));
  log('');
  log(args.lang === 'vi' ? `Đã ghi bản đã kiểm tra: ${out}` : `Checked copy written: ${out}`);
  // Said here too: the warning may be past the lines printed above.
  for (const k of result.keptSummaries ?? []) log(args.lang === 'vi' ? `Trang ${k.from} đã được sửa tay: giữ lại thành '${k.to}', trang mới được lập.` : `Sheet ${k.from} was edited by hand: kept as '${k.to}', a fresh one written.`);
  if (loaded.notKept.length) {
    const list = loaded.notKept.map((x) => x[args.lang]).join('; ');
    log(args.lang === 'vi' ? `Lưu ý: bản đã kiểm tra không giữ được: ${list}. Hãy giữ và tiếp tục làm việc trên tệp gốc.` : `Note: the checked copy does not keep: ${list}. Keep working in the original file.`);
  }
  const errors = result.counts.filter((c) => c.severity === 'error').reduce((s, c) => s + c.total, 0);
  return errors > 0 ? 1 : 0;
}

async function writeTemplate(result: Parameters<typeof writeDefinitionsTemplateFile>[0], sheetNames: string[], file: string, lang: 'vi' | 'en', log: (s: string) => void, logErr: (s: string) => void): Promise<boolean> {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const t = await writeDefinitionsTemplateFile(result, sheetNames, file);
    if (!t.written) log(t.reason[lang]);
    else log(lang === 'vi' ? `Đã ghi trang "${t.sheet}" (${t.sets.join(', ')}) vào ${file}: sửa theo văn bản của tỉnh, rồi chép trang vào sổ (nhấp phải tên trang → Di chuyển hoặc Sao chép).` : `Wrote sheet "${t.sheet}" (${t.sets.join(', ')}) to ${file}: edit it, then copy it into the workbook (right-click the tab → Move or Copy).`);
    return true;
  } catch (e) {
    logErr(`Không ghi được ${file}: ${(e as Error).message} / could not write the definitions template`);
    return false;
  }
}

function writeJson(file: string, data: unknown): void {
  const p = path.resolve(file);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, JSON.stringify(data, null, 2) + '\n', 'utf8');
}
