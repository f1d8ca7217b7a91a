// Command-line arguments of ntm-check.
import { REGIONS, type Region } from '../domain/criteria/schema';
import { parseIso } from '../domain/model/dates';
import type { Lang } from '../domain/check-types';

export interface CliArgs {
  input: string;
  asOf?: string;
  out?: string;
  json?: string;
  lang: Lang;
  region?: Region;
  province?: string;
  cap?: number;
  /** Where to write the definitions template (a one-sheet workbook), when asked. */
  definitionsTemplate?: string;
  help: boolean;
}

export const USAGE = `Cách dùng / Usage:
  ntm-check <workbook.xlsx> [--as-of YYYY-MM-DD] [--out FILE.xlsx] [--json FILE.json]
            [--lang vi|en] [--region ${REGIONS.join('|')}] [--province "An Giang"] [--cap N]
            [--definitions-template FILE.xlsx]

  --as-of     ngày báo cáo để xét quá hạn (mặc định: hôm nay) / report date (default: today)
  --out       bản đã kiểm tra (mặc định: <tên>.checked.xlsx; không bao giờ ghi đè tệp gốc)
  --json      báo cáo JSON (xem README) / JSON report (see README)
  --lang      ngôn ngữ thông báo / message language
  --region    vùng để chọn mức đạt / region for thresholds
  --province  tỉnh để chọn mức đạt riêng của tỉnh / province thresholds
  --cap       số phát hiện tối đa mỗi loại (mặc định 200) / findings shown per check
  --definitions-template
              ghi ra tệp riêng trang "Bộ tiêu chí áp dụng" (bộ tiêu chí có sẵn mà sổ đang dùng)
              để sửa theo văn bản của tỉnh rồi chép vào sổ / writes the shipped sets the
              workbook uses as a definitions sheet to edit and copy into the workbook

Mã thoát / exit codes: 0 không có lỗi · 1 có lỗi · 2 không dùng được tệp đầu vào`;

export class ArgsError extends Error {}

export function parseArgs(argv: string[]): CliArgs {
  const a: Partial<CliArgs> & { lang: Lang; help: boolean } = { lang: 'vi', help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new ArgsError(`Thiếu giá trị sau ${arg} / missing value after ${arg}`);
      return v;
    };
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? next();
    switch (flag) {
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '--as-of': {
        const v = value();
        if (!parseIso(v)) throw new ArgsError(`Ngày không hợp lệ "${v}": dùng YYYY-MM-DD / invalid date "${v}": use YYYY-MM-DD`);
        a.asOf = v;
        break;
      }
      case '--out': {
        const v = value();
        // The copy is always an .xlsx package: under .xlsm or .xls Excel refuses or warns on opening it.
        if (!/\.xlsx$/i.test(v)) throw new ArgsError(`--out: tên tệp phải kết thúc bằng .xlsx ("${v}") / the file name must end in .xlsx`);
        a.out = v;
        break;
      }
      case '--json':
        a.json = value();
        break;
      case '--definitions-template': {
        const v = value();
        if (!/\.xlsx$/i.test(v)) throw new ArgsError(`--definitions-template: tên tệp phải kết thúc bằng .xlsx ("${v}") / the file name must end in .xlsx`);
        a.definitionsTemplate = v;
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'vi' && v !== 'en') throw new ArgsError(`--lang: vi hoặc en / vi or en`);
        a.lang = v;
        break;
      }
      case '--region': {
        const v = value().toUpperCase();
        if (!(REGIONS as readonly string[]).includes(v)) throw new ArgsError(`--region: ${REGIONS.join(', ')}`);
        a.region = v as Region;
        break;
      }
      case '--province':
        a.province = value();
        break;
      case '--cap': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new ArgsError('--cap: số nguyên dương / a positive integer');
        a.cap = n;
        break;
      }
      default:
        if (arg.startsWith('-')) throw new ArgsError(`Không biết tùy chọn ${arg} / unknown option ${arg}`);
        positional.push(arg);
    }
  }
  if (a.help) return { ...a, input: positional[0] ?? '' } as CliArgs;
  if (positional.length !== 1) throw new ArgsError('Cần đúng một tệp .xlsx / exactly one .xlsx file is needed');
  return { ...a, input: positional[0] } as CliArgs;
}

/** Today's calendar date in Vietnam (UTC+7), the default report date. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
