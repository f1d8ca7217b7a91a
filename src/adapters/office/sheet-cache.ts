// One Worksheet proxy (and one notes collection proxy) per sheet for a whole operation:
// proxies stay valid across syncs within one Excel.run, and each new one costs Office work.
/// <reference types="office-js" />

export interface SheetCache {
  sheet(name: string): Excel.Worksheet;
  notes(name: string): Excel.NoteCollection;
}

export function sheetCache(context: Excel.RequestContext): SheetCache {
  const sheets = new Map<string, Excel.Worksheet>();
  const notes = new Map<string, Excel.NoteCollection>();
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  return {
    sheet,
    notes: (name) => {
      let n = notes.get(name);
      if (!n) notes.set(name, (n = sheet(name).notes));
      return n;
    },
  };
}
