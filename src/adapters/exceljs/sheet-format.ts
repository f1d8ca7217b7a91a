// A sheet's standard column width and thick row borders (sheetFormatPr), put back on the copy's
// sheet. ExcelJS keeps defaultColWidth but drops baseColWidth, which Excel writes alone when the
// office set Format › Default Width: every column without a width of its own then fell back to
// 8.43 in the copy. thickTop / thickBottom (rows taller for a thick border) go the same way.
const FORMAT = /<sheetFormatPr\b[^>]*>/;

// Each attribute with its schema default (CT_SheetFormatPr).
const DEFAULTS: Record<string, string> = { baseColWidth: '8', thickTop: '0', thickBottom: '0' };

const norm = (v: string) => (v === 'true' ? '1' : v === 'false' ? '0' : v);

function settings(xml: string): [string, string][] {
  const tag = FORMAT.exec(xml)?.[0];
  if (!tag) return [];
  const out: [string, string][] = [];
  for (const m of tag.matchAll(/\s(\w+)="([^"]*)"/g)) {
    const want = DEFAULTS[m[1]];
    if (want !== undefined && norm(m[2]) !== want) out.push([m[1], norm(m[2])]);
  }
  return out;
}

/** Cheap test on an original worksheet part: its format has a setting ExcelJS drops. */
export function hasFormatSettings(xml: string): boolean {
  return settings(xml).length > 0;
}

/** `written` (a worksheet part) with the original's sheetFormatPr settings it lacks. */
export function withFormatSettingsOf(original: string, written: string): string {
  const want = settings(original);
  if (!want.length) return written;
  const tag = FORMAT.exec(written)?.[0];
  // ExcelJS writes a sheetFormatPr for every sheet; one without would need it placed by schema order.
  if (!tag) return written;
  const missing = want.filter(([name]) => !new RegExp(`\\s${name}="`).test(tag));
  if (!missing.length) return written;
  const fixed = tag.replace(/(\s*\/?>)$/, `${missing.map(([n, v]) => ` ${n}="${v}"`).join('')}$1`);
  return written.replace(tag, () => fixed);
}
