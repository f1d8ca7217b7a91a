// A package part read as a stream of text and stopped once the question is answered: a national
// table's sheet is 100 MB of XML, not decompressed whole (nor held as one string) to learn that it
// is written as usual.
import type JSZip from 'jszip';

/** JSZip's StreamHelper, as far as used here. */
interface PausableStream {
  on(event: 'data', f: (chunk: string) => void): PausableStream;
  on(event: 'error', f: (e: Error) => void): PausableStream;
  on(event: 'end', f: () => void): PausableStream;
  pause(): PausableStream;
  resume(): PausableStream;
}

// ZipObject#internalStream is JSZip's documented API; its typings leave it out.
const textStream = (zip: JSZip, part: string) => (zip.file(part)! as unknown as { internalStream(type: 'string'): PausableStream }).internalStream('string');

/** The start of a part: its first `chars` characters (or more: whole chunks), or all of a shorter one. */
export function partStart(zip: JSZip, part: string, chars = 1 << 16): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const stream = textStream(zip, part);
    stream
      .on('data', (chunk: string) => {
        text += chunk;
        if (text.length < chars) return;
        stream.pause();
        resolve(text);
      })
      .on('error', reject)
      .on('end', () => resolve(text))
      .resume();
  });
}

/** Characters of one chunk kept before the next: a match cut between two chunks is still found. */
const OVERLAP = 64;

/** Whether `finds` is true of some stretch of the part (a match shorter than 64 characters is never cut). */
export function partHas(zip: JSZip, part: string, finds: (text: string) => boolean): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let tail = '';
    const stream = textStream(zip, part);
    stream
      .on('data', (chunk: string) => {
        const text = tail + chunk;
        if (finds(text)) {
          stream.pause();
          resolve(true);
          return;
        }
        tail = text.slice(-OVERLAP);
      })
      .on('error', reject)
      .on('end', () => resolve(false))
      .resume();
  });
}
