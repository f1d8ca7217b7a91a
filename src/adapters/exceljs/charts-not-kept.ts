// Charts the checked copy lacks, counted from the original package for `notKept` (package-parts.ts).
// A chart on a worksheet is copied back with its anchor (drawn-shapes.ts, restore-shapes.ts)
// unless it cannot be: an Excel 2016 chart (waterfall, treemap…: chartex, inside
// mc:AlternateContent) or one whose drawing lacks its link. A chart sheet (a whole tab that is a
// chart) is dropped by ExcelJS with the tab, and is named as such, its chart not counted again.
import type JSZip from 'jszip';
import type { Bilingual } from '../../domain/model/finding';
import { partsReached } from './copy-parts';

const CHART_PART = /^xl\/charts\/chart[^/]*\.xml$/;
const CHART_SHEET = /^xl\/chartsheets\/[^/]+\.xml$/;

/** The lines for the charts of `zip` the copy will not have; `kept`: the chart parts copied back (`drawnShapes(zip).charts`). */
export async function chartsNotKept(zip: JSZip, kept: ReadonlySet<string>): Promise<Bilingual[]> {
  const out: Bilingual[] = [];
  const names = Object.keys(zip.files);
  const chartSheets = names.filter((n) => CHART_SHEET.test(n));
  const onChartSheets = new Set<string>();
  for (const sheet of chartSheets) for (const part of await partsReached(zip, sheet)) onChartSheets.add(part);
  const lost = names.filter((n) => CHART_PART.test(n) && !kept.has(n) && !onChartSheets.has(n)).length;
  if (lost) out.push({ vi: `${lost} biểu đồ`, en: `${lost} chart(s)` });
  if (chartSheets.length) out.push({ vi: `${chartSheets.length} trang biểu đồ (chart sheet)`, en: `${chartSheets.length} chart sheet(s)` });
  return out;
}
