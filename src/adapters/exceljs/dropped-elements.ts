// Settings of a sheet that ExcelJS neither reads nor writes, each a whole element copied from
// the original as it was, at its place in the schema's order: Data › Consolidate (the function,
// the source ranges and the label options the office last consolidated with, offered again when
// it reopens the dialog), a sheet set to be recalculated in full on opening (<sheetCalcPr
// fullCalcOnLoad>, which generators set when the cached results may be stale) and the cells the
// office put in the Watch Window (Formulas › Watch Window), which Excel saves with each sheet.
import { insertAfterCells } from './worksheet-order';
import { afterCells } from './worksheet-regions';

const FULL_CALC = /<sheetCalcPr\b[^>]*\bfullCalcOnLoad="(?:1|true)"[^>]*\/>/;
const CONSOLIDATE = /<dataConsolidate\b[^>]*?(?:\/>|>[\s\S]*?<\/dataConsolidate>)/;
const WATCHES = /<cellWatches\b[^>]*>[\s\S]*?<\/cellWatches>/;
/** A source range in another workbook, through a relationship of the sheet the copy does not have. */
const LINKED = /\s\w+:id="/;

/** The original's consolidation settings, unless a source is in another workbook (settings-not-kept.ts names those). */
function consolidateOf(tail: string): string | undefined {
  const el = CONSOLIDATE.exec(tail)?.[0];
  return el && !LINKED.test(el) ? el : undefined;
}

/** Each element by name, as found in what follows an original worksheet's cells. */
const ELEMENTS: [name: string, of: (tail: string) => string | undefined][] = [
  ['sheetCalcPr', (t) => FULL_CALC.exec(t)?.[0]],
  ['dataConsolidate', consolidateOf],
  ['cellWatches', (t) => WATCHES.exec(t)?.[0]],
];

/** Whether `tail` (what follows an original worksheet's cells) has consolidation settings the copy cannot keep. */
export function hasLinkedConsolidation(tail: string): boolean {
  const el = tail.includes('<dataConsolidate') ? CONSOLIDATE.exec(tail)?.[0] : undefined;
  return el !== undefined && LINKED.test(el);
}

/** Cheap test on an original worksheet part: it has one of these elements to copy. */
export function hasDroppedElements(xml: string): boolean {
  const tail = afterCells(xml);
  return ELEMENTS.some(([name, of]) => tail.includes(`<${name}`) && of(tail) !== undefined);
}

/** `written` (a worksheet part) with those of the original's elements it lacks. */
export function withDroppedElementsOf(original: string, written: string): string {
  const tail = afterCells(original);
  let out = written;
  for (const [name, of] of ELEMENTS) {
    const el = of(tail);
    if (el && !new RegExp(`<${name}\\b`).test(afterCells(out))) out = insertAfterCells(out, el, name) ?? out;
  }
  return out;
}
