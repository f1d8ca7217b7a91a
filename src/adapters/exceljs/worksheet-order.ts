// Where an element goes in a written worksheet part: ECMA-376's CT_Worksheet is a sequence, and
// Excel reports a file as damaged when an element is out of its place.
/**
 * `xml` with `element` inserted before the first match of `precedes` found after the last of
 * `follows` (closing or leaf tags of elements that come before it, searched from the end: a data
 * bar's rule holds an <extLst> of its own inside <conditionalFormatting>, which is no place to
 * insert at); undefined when no place is found.
 */
export function insertInWorksheet(xml: string, element: string, follows: readonly string[], precedes: RegExp): string | undefined {
  const from = Math.max(0, ...follows.map((m) => xml.lastIndexOf(m)));
  const found = precedes.exec(xml.slice(from))?.index;
  if (found === undefined) return undefined;
  return xml.slice(0, from + found) + element + xml.slice(from + found);
}
