// Writes one summary sheet (SheetPlan) into a workbook, replacing the add-in's previous copy.
import type ExcelJS from 'exceljs';
import type { SheetPlan } from '../../domain/plan/sheet-plan';
import { OWNED_SHEET_PREFIX, STATE_SHEET_NAME } from '../../domain/plan/highlight-plan';
import { AdapterError } from './errors';
import type { OwnedPredicate } from '../../domain/plan/owned-sheets';
import { findSheet, isValidSheetName, removeSheet, startsWithCi } from './sheets';
import { styleByCell, toExcelStyle } from './plan-style';

const A4 = 9 as ExcelJS.PaperSize;

/** `owned`: the add-in's own sheets (from its state); only those are ever replaced. */
export function writeSheetPlan(wb: ExcelJS.Workbook, plan: SheetPlan, owned: OwnedPredicate = () => false): ExcelJS.Worksheet {
  if (!startsWithCi(plan.name, OWNED_SHEET_PREFIX) || !isValidSheetName(plan.name)) {
    throw new AdapterError('bad-sheet-name', {
      vi: `Tên trang "${plan.name}" không hợp lệ: add-in chỉ ghi các trang bắt đầu bằng "${OWNED_SHEET_PREFIX}", tối đa 31 ký tự.`,
      en: `Sheet name "${plan.name}" is not valid: the add-in only writes sheets starting with "${OWNED_SHEET_PREFIX}", at most 31 characters.`,
    });
  }
  const existing = findSheet(wb, plan.name);
  if (existing) {
    // A user's sheet that happens to start with "TH_" ("TH" = tổng hợp) is never replaced.
    if (!owned(existing.name) || existing.name === STATE_SHEET_NAME) {
      throw new AdapterError('not-owned-sheet', {
        vi: `Trang "${existing.name}" là của người dùng, add-in không ghi đè.`,
        en: `Sheet "${existing.name}" belongs to the user; the add-in does not overwrite it.`,
      });
    }
    removeSheet(wb, existing);
  }
  return writePlanInto(wb.addWorksheet(plan.name), plan);
}

/**
 * A sheet the office owns once written (the definitions template): a new name only, never a
 * "TH_" one, never over an existing sheet.
 */
export function writeUserSheetPlan(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  if (!isValidSheetName(plan.name) || startsWithCi(plan.name, OWNED_SHEET_PREFIX) || findSheet(wb, plan.name)) {
    throw new AdapterError('bad-sheet-name', { vi: `Không ghi được trang "${plan.name}".`, en: `Cannot write sheet "${plan.name}".` });
  }
  return writePlanInto(wb.addWorksheet(plan.name), plan);
}

function writePlanInto(ws: ExcelJS.Worksheet, plan: SheetPlan): ExcelJS.Worksheet {
  writeValues(ws, plan);
  for (const m of plan.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  // After merges, so each covered cell keeps its own borders (merging copies nothing then).
  for (const [key, style] of styleByCell(plan.styles)) {
    const [r, c] = key.split(',').map(Number);
    ws.getCell(r + 1, c + 1).style = toExcelStyle(style);
  }
  plan.columnWidths.forEach((w, i) => {
    if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const { row, height } of plan.rowHeights) {
    if (Number.isFinite(height) && height > 0) ws.getRow(row + 1).height = height;
  }
  writeLinks(ws, plan);
  applyPrint(ws, plan);
  if (plan.freezeRows && plan.freezeRows > 0) {
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }];
  }
  return ws;
}

function writeValues(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      if (typeof v === 'number' && !Number.isFinite(v)) return; // no cell can hold NaN or ∞
      // A plain string is stored as text by ExcelJS ("=SUM(A1)" stays a string); only
      // {formula} objects become formulas, and the plan never contains any.
      ws.getCell(r + 1, c + 1).value = v;
    });
  });
}

/** Links to cells of the workbook ("#'Phân công'!B7"): the cell keeps its text and style. */
function writeLinks(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const link of plan.links ?? []) {
    const cell = ws.getCell(link.row + 1, link.col + 1);
    const text = cell.value === null || cell.value === undefined ? link.target : String(cell.value);
    cell.value = { text, hyperlink: `#${link.target}`, tooltip: link.target };
  }
}

function applyPrint(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const p = plan.print;
  const ps = ws.pageSetup;
  ps.paperSize = A4;
  ps.orientation = p.orientation;
  if (p.fitToWidth) {
    ps.fitToPage = true;
    ps.fitToWidth = 1;
    ps.fitToHeight = p.fitToHeight ?? 0; // 0: as many pages down as needed
  }
  if (p.repeatRows) ps.printTitlesRow = `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}`;
  // Margins in inches, the unit of the file format and of ExcelJS.
  if (p.margins) ps.margins = { ...p.margins, header: 0.3, footer: 0.3 };
  // ExcelJS writes <brk id="n"> into <rowBreaks>: a break after row n (1-based), so the row
  // after it starts the page. Columns 1..16384 spelled out: left alone, ExcelJS writes max="16838",
  // past the last column, where Excel writes 16383. The sheet is new, so no older break stays.
  for (const row of p.pageBreaksBefore ?? []) {
    if (Number.isInteger(row) && row > 0) ws.getRow(row).addPageBreak(1, 16384);
  }
}
