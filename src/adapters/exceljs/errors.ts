// Errors the ExcelJS adapter throws on purpose, with a message a user can act on.
import type { Bilingual } from '../../domain/model/finding';

export type AdapterErrorCode = 'not-owned-sheet' | 'bad-sheet-name' | 'output-is-input' | 'not-a-workbook';

export class AdapterError extends Error {
  readonly code: AdapterErrorCode;
  readonly text: Bilingual;
  constructor(code: AdapterErrorCode, text: Bilingual) {
    super(text.vi);
    this.name = 'AdapterError';
    this.code = code;
    this.text = text;
  }
}
