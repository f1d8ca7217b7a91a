// The "Ghi chú" cell of a commune's row on a commune summary sheet, as an office finds it.
import ExcelJS from 'exceljs';

export function noteCellOf(ws: ExcelJS.Worksheet, commune: string): string {
  let row = 0;
  let col = 0;
  ws.eachRow((r, n) =>
    r.eachCell((c, k) => {
      if (c.value === commune) row = n;
      if (c.value === 'Ghi chú') col = k;
    }),
  );
  if (!row || !col) throw new Error(`no "Ghi chú" cell for ${commune} on ${ws.name}`);
  return ws.getCell(row, col).address;
}

/** Assignment and status for Tân Sơn and Kim Sơn; Kim Sơn misses criterion 11. */
export function twoCommuneBook(indicators: readonly string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const pc = wb.addWorksheet('Phân công');
  pc.addRow(['STT', 'Tiêu chí', 'Cơ quan chủ trì', 'Thời hạn hoàn thành']);
  pc.addRow([1, 'Tiêu chí 11', 'Phòng Nông nghiệp và Phát triển nông thôn', 'quý IV/2023']);
  const st = wb.addWorksheet('Hiện trạng');
  st.addRow(['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI']);
  st.addRow(['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn', 'Kim Sơn']);
  for (const c of indicators) st.addRow([c, `Chỉ tiêu ${c}`, 'Đạt', c === '11' ? 'Chưa đạt' : 'Đạt']);
  return wb;
}
