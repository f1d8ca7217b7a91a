// A package part read once as a stream of text, for what the adapter must know before it reads the
// part whole: a national table's sheet is 100 MB of XML, and is rewritten (held as one string) only
// when it needs to be.
import type JSZip from 'jszip';

/** JSZip's StreamHelper, as far as used here. */
interface PausableStream {
  on(event: 'data', f: (chunk: string) => void): PausableStream;
  on(event: 'error', f: (e: Error) => void): PausableStream;
  on(event: 'end', f: () => void): PausableStream;
  resume(): PausableStream;
}

// ZipObject#internalStream is JSZip's documented API; its typings leave it out.
const textStream = (zip: JSZip, part: string) => (zip.file(part)! as unknown as { internalStream(type: 'string'): PausableStream }).internalStream('string');

/** Characters of one chunk kept before the next: a match cut between two chunks is still found. */
const OVERLAP = 64;

export interface PartScan {
  /** The part's first characters (at least `headChars`, whole chunks), or all of a shorter part. */
  head: string;
  /** Whether `finds` held of some stretch of the part (a match shorter than 64 characters is never cut). */
  found: boolean;
  /** What follows the last `marker` ("" when the part has none). */
  after: string;
}

/** One pass over `part`: its start, whether `finds` holds somewhere, and what follows the last `marker` (shorter than 64 characters). */
export function scanPart(zip: JSZip, part: string, finds: (text: string) => boolean, marker: string, headChars = 1 << 16): Promise<PartScan> {
  return new Promise((resolve, reject) => {
    let head = '';
    let found = false;
    let after: string | undefined;
    // The end of the text so far: a match or the marker cut between two chunks is found with it.
    let last = '';
    textStream(zip, part)
      .on('data', (chunk: string) => {
        if (head.length < headChars) head += chunk;
        const text = last + chunk;
        found ||= finds(text);
        const at = text.lastIndexOf(marker);
        if (at >= 0) after = text.slice(at + marker.length);
        else if (after !== undefined) after += chunk;
        last = text.slice(-OVERLAP);
      })
      .on('error', reject)
      .on('end', () => resolve({ head, found, after: after ?? '' }))
      .resume();
  });
}
