// Reads the figures of two summary sheets back, to compare them with a hand count:
// "TH_Theo tiêu chí" (section I, the commune set) and "TH_Theo xã - Xã NTM".
import type ExcelJS from 'exceljs';
import type { Count } from './hand-count';

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : String(v).trim());

/** Differences between the figures of the two sheets and the count. */
export function figureDiffs(wb: ExcelJS.Workbook, count: Count): string[] {
  const out: string[] = [];
  const n = count.communes.length;
  const metBy = (k: number) => count.communes.filter((c) => count.met.get(c)!.has(k));
  const rate = (m: number) => ((m * 100) / n).toFixed(1).replace('.', ',');

  const byCriterion = wb.getWorksheet('TH_Theo tiêu chí');
  if (!byCriterion) out.push('no "TH_Theo tiêu chí"');
  else {
    let inSet = false;
    const rows = new Map<number, ExcelJS.Row>();
    byCriterion.eachRow((row) => {
      const a = text(row.getCell(1).value);
      if (/^I\. /.test(a)) inSet = true;
      else if (/^II\. /.test(a)) inSet = false;
      else if (inSet && /^\d+$/.test(a)) rows.set(Number(a), row);
    });
    for (let k = 1; k <= 19; k++) {
      const row = rows.get(k);
      if (!row) {
        out.push(`TH_Theo tiêu chí: no row for criterion ${k}`);
        continue;
      }
      const m = metBy(k).length;
      const missing = count.communes.filter((c) => !count.met.get(c)!.has(k));
      const got = [row.getCell(3).value, row.getCell(4).value, text(row.getCell(5).value), row.getCell(6).value];
      const want = [m, n, rate(m), n - m];
      if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`TH_Theo tiêu chí ${k}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      const names = text(row.getCell(7).value);
      const listed = names ? names.replace(/^Có \d+ xã chưa đạt, gồm: /, '').replace(/\.$/, '').split(', ') : [];
      if (names && !names.startsWith(`Có ${missing.length} xã chưa đạt, gồm: `)) out.push(`TH_Theo tiêu chí ${k}: "${names}" does not say ${missing.length}`);
      if (JSON.stringify([...listed].sort()) !== JSON.stringify([...missing].sort())) out.push(`TH_Theo tiêu chí ${k}: names ${JSON.stringify(listed)}, want ${JSON.stringify(missing)}`);
    }
  }

  const byCommune = wb.getWorksheet('TH_Theo xã - Xã NTM');
  if (!byCommune) out.push('no "TH_Theo xã - Xã NTM"');
  else {
    let totalCol = 0;
    const critCol = new Map<number, number>();
    const communeRow = new Map<string, ExcelJS.Row>();
    let metRow: ExcelJS.Row | undefined;
    byCommune.eachRow((row) => {
      row.eachCell((c, k) => {
        if (text(c.value) === 'Tổng số tiêu chí đạt') totalCol = k;
      });
      const b = text(row.getCell(2).value);
      if (totalCol && !critCol.size && typeof row.getCell(3).value === 'number') {
        for (let k = 3; k < totalCol; k++) critCol.set(Number(row.getCell(k).value), k);
      } else if (count.communes.includes(b) && typeof row.getCell(1).value === 'number') communeRow.set(b, row);
      else if (text(row.getCell(1).value) === 'Số xã đạt') metRow = row;
    });
    let total = 0;
    for (const c of count.communes) {
      const row = communeRow.get(c);
      const met = count.met.get(c)!;
      total += met.size;
      if (!row) {
        out.push(`TH_Theo xã: no row for ${c}`);
        continue;
      }
      if (row.getCell(totalCol).value !== met.size) out.push(`TH_Theo xã ${c}: total ${JSON.stringify(row.getCell(totalCol).value)}, want ${met.size}`);
      for (const [k, col] of critCol) {
        const x = text(row.getCell(col).value) === 'x';
        if (x !== met.has(k)) out.push(`TH_Theo xã ${c} criterion ${k}: ${x ? 'x' : 'blank'}, want ${met.has(k) ? 'x' : 'blank'}`);
      }
    }
    if (critCol.size !== 19) out.push(`TH_Theo xã: ${critCol.size} criterion columns`);
    if (!metRow) out.push('TH_Theo xã: no "Số xã đạt" row');
    else {
      for (const [k, col] of critCol) if (metRow.getCell(col).value !== metBy(k).length) out.push(`TH_Theo xã "Số xã đạt" ${k}: ${JSON.stringify(metRow.getCell(col).value)}, want ${metBy(k).length}`);
      if (metRow.getCell(totalCol).value !== total) out.push(`TH_Theo xã "Số xã đạt" total: ${JSON.stringify(metRow.getCell(totalCol).value)}, want ${total}`);
    }
  }
  return out;
}
