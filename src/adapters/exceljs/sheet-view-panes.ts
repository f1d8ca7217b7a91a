// Where the office left a sheet view's panes and selection, put back on the copy's view. ExcelJS
// keeps a frozen or split pane's place and scroll position and one cell of the selection, and
// drops the rest: the selections of the other panes (a sheet frozen at D6 has four), a selected
// range (sqref="J33:K35" comes back as J33, several ranges as one cell), and it recomputes a
// frozen pane's activePane, which then names a pane the cursor is not in. Those are taken from the
// original view as Excel wrote them, only onto a written view with the same panes: the check never
// sets panes on the office's sheets (write-plan.ts freezes the summary sheets it writes), and a
// pane written otherwise would not match the original's selections.

const PANE = /<pane\b[^>]*?\/?>/;
const SELECTIONS = /<selection\b[^>]*?(?:\/>|>[\s\S]*?<\/selection>)/g;
const START = /^<sheetView\b[^>]*>/;

const attr = (el: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1];
const split = (pane: string, name: string) => Math.trunc(Number(attr(pane, name) ?? 0)) || 0;
const frozen = (pane: string) => /^frozen/.test(attr(pane, 'state') ?? 'split');

/** The pane a frozen view's cursor is in, as ExcelJS writes it whatever the file said. */
const frozenActive = (x: number, y: number) => (x && y ? 'bottomRight' : x ? 'topRight' : 'bottomLeft');

/** Whether ExcelJS writes the view `el` (a whole <sheetView>) with other panes or selection than it has. */
export function panesChanged(el: string): boolean {
  const selections = el.match(SELECTIONS) ?? [];
  if (selections.length > 1) return true;
  if (selections.some((s) => attr(s, 'sqref') !== undefined && attr(s, 'sqref') !== attr(s, 'activeCell'))) return true;
  if (selections.some((s) => (attr(s, 'activeCellId') ?? '0') !== '0')) return true;
  const pane = PANE.exec(el)?.[0];
  if (!pane) return false;
  if (attr(pane, 'state') === 'frozenSplit') return true;
  if (String(split(pane, 'xSplit')) !== (attr(pane, 'xSplit') ?? '0') || String(split(pane, 'ySplit')) !== (attr(pane, 'ySplit') ?? '0')) return true;
  return frozen(pane) && (attr(pane, 'activePane') ?? 'topLeft') !== frozenActive(split(pane, 'xSplit'), split(pane, 'ySplit'));
}

/** Whether two views have the same panes: none, or split at the same place, both frozen or both not. */
export function samePanes(a: string, b: string): boolean {
  const pa = PANE.exec(a)?.[0];
  const pb = PANE.exec(b)?.[0];
  if (!pa || !pb) return !pa && !pb;
  return split(pa, 'xSplit') === split(pb, 'xSplit') && split(pa, 'ySplit') === split(pb, 'ySplit') && frozen(pa) === frozen(pb);
}

/**
 * The written view `el` with the pane and selections of the original view `was`, when ExcelJS
 * changed them and both views have the same panes; else `el` as it is.
 */
export function withPanesOf(was: string, el: string): string {
  if (!panesChanged(was) || !samePanes(was, el)) return el;
  const start = START.exec(el)?.[0];
  if (!start) return el;
  // ExcelJS writes nothing else in a view; anything else there stays, after them (CT_SheetView's order).
  const rest = start === el ? '' : el.slice(start.length, -'</sheetView>'.length).replace(PANE, '').replace(SELECTIONS, '');
  const body = (PANE.exec(was)?.[0] ?? '') + (was.match(SELECTIONS) ?? []).join('');
  const open = start === el ? `${start.slice(0, -2).trimEnd()}>` : start;
  return `${open}${body}${rest}</sheetView>`;
}
