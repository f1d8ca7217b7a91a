// Links (<hyperlink r:id="…">) whose relationship the sheet does not have: the file is damaged
// there, Excel offers to repair it and drops them, LibreOffice opens it; ExcelJS stopped ("Cannot
// read properties of undefined (reading 'Target')") and the workbook could not be checked at all.
// ExcelJS is given the sheet without them (in the package it reads only). They pointed nowhere, so
// the copy loses nothing (hyperlinks.ts copies only the links ExcelJS related).
const LINK = /<hyperlink\b[^>]*?\sr:id="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/hyperlink>)/g;

/** The relationship ids the links of a sheet (its part, or what follows its cells) name that `ids` lacks. */
export function danglingLinks(xml: string, ids: ReadonlySet<string>): string[] {
  if (!xml.includes('<hyperlink')) return [];
  return [...xml.matchAll(LINK)].map((m) => m[1]).filter((id) => !ids.has(id));
}

/** `xml` (a worksheet part) without the links whose relationship `ids` lacks; an emptied <hyperlinks> goes too. */
export function withoutDanglingLinks(xml: string, ids: ReadonlySet<string>): string {
  const fixed = xml.replace(LINK, (el, id: string) => (ids.has(id) ? el : ''));
  return fixed === xml ? xml : fixed.replace(/<hyperlinks\b[^>]*>\s*<\/hyperlinks>/, '');
}
