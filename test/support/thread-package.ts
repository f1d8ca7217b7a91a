// The sample with threaded comments as Excel 365 saves them: each thread in a part linked from
// its sheet, its people in xl/persons/person.xml, and under it the legacy note Excel writes for
// older programs (author "tc={thread id}", `xr:uid` the thread's id, "[Threaded comment]" text).
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SAMPLE } from './sample-variants';
import { sheetParts } from '../../src/adapters/exceljs/page-breaks';
import { relationships, relsPathOf, resolveTarget } from '../../src/adapters/exceljs/package-rels';

export const THREAD_REL = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';
export const PERSON_REL = 'http://schemas.microsoft.com/office/2017/10/relationships/person';
export const THREAD_TYPE = 'application/vnd.ms-excel.threadedcomments+xml';
export const PERSON_TYPE = 'application/vnd.ms-excel.person+xml';
const TC_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export const AN = '{5C2F8D1A-3B4E-4F60-8A71-92B3C4D5E6F7}';
export const BINH = '{7E9A1B2C-4D5E-4F60-9A8B-1C2D3E4F5A6B}';

export interface Thread {
  sheet: string;
  cell: string;
  /** The thread's id (its first comment's), which the legacy note's `xr:uid` repeats. */
  id: string;
  /** First the comment, then the replies: [person id, text]. */
  comments: [string, string][];
  done?: boolean;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The part Excel writes for one sheet's threads. */
export function threadsXml(threads: Thread[]): string {
  const items = threads.flatMap((t) =>
    t.comments.map(([person, text], i) => {
      const id = i === 0 ? t.id : t.id.replace(/.{2}\}$/, `${String(i).padStart(2, '0')}}`);
      return `<threadedComment ref="${t.cell}" dT="2023-10-0${i + 2}T08:15:00.00" personId="${person}" id="${id}"${i ? ` parentId="${t.id}"` : ''}${i === 0 && t.done ? ' done="1"' : ''}><text>${escape(text)}</text></threadedComment>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<ThreadedComments xmlns="${TC_NS}" xmlns:x="${MAIN_NS}">${items.join('')}</ThreadedComments>`;
}

export const PERSONS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<personList xmlns="${TC_NS}" xmlns:x="${MAIN_NS}"><person displayName="Nguyễn Văn An" id="${AN}" userId="an.nv@tracu.travinh.gov.vn" providerId="AD"/><person displayName="Trần Thị Bình" id="${BINH}" userId="binh.tt@tracu.travinh.gov.vn" providerId="AD"/></personList>`;

/** The legacy note Excel writes under a thread. */
function shadowText(t: Thread): string {
  const [first, ...replies] = t.comments.map(([, text]) => text);
  return '[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ' + first + replies.map((r) => `\nReply:\n    ${r}`).join('');
}

/** The sample (or `input`) with `threads`, as Excel 365 saves them. */
export async function sampleWithThreads(threads: Thread[], input: Buffer = fs.readFileSync(SAMPLE)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ExcelJS.Buffer);
  for (const t of threads) wb.getWorksheet(t.sheet)!.getCell(t.cell).note = shadowText(t);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const parts = await sheetParts(zip);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  const bySheet = new Map<string, Thread[]>();
  for (const t of threads) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
  let n = 0;
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet)!;
    const relsPath = relsPathOf(part);
    const rels = await zip.file(relsPath)!.async('string');
    const comments = resolveTarget(part, relationships(rels).find((r) => r.type.endsWith('/comments'))!.target);
    // The legacy notes as Excel writes them: by "tc={id}", each with the thread's id.
    const ids = new Map(list.map((t) => [t.cell, t.id]));
    const xml = await zip.file(comments)!.async('string');
    // ExcelJS's "Author" first: other notes of the sheet keep theirs.
    const authors = ['Author', ...list.map((t) => `tc=${t.id}`)].map((a) => `<author>${a}</author>`).join('');
    zip.file(
      comments,
      xml
        .replace(/<comments\b[^>]*>/, `<comments xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">`)
        .replace(/<authors>[\s\S]*?<\/authors>/, `<authors>${authors}</authors>`)
        .replace(/<comment ref="([A-Z]+\d+)" authorId="\d+"([^>]*)>/g, (tag, ref: string, rest: string) => (ids.has(ref) ? `<comment ref="${ref}" authorId="${list.findIndex((t) => t.cell === ref) + 1}"${rest} xr:uid="${ids.get(ref)}">` : tag)),
    );
    const name = `xl/threadedComments/threadedComment${++n}.xml`;
    zip.file(name, threadsXml(list));
    zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="rId90" Type="${THREAD_REL}" Target="../threadedComments/threadedComment${n}.xml"/></Relationships>`));
    types = types.replace('</Types>', `<Override PartName="/${name}" ContentType="${THREAD_TYPE}"/></Types>`);
  }
  zip.file('xl/persons/person.xml', PERSONS);
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', wbRels.replace('</Relationships>', `<Relationship Id="rId91" Type="${PERSON_REL}" Target="persons/person.xml"/></Relationships>`));
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/xl/persons/person.xml" ContentType="${PERSON_TYPE}"/></Types>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}
