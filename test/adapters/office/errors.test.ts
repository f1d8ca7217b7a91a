// Every Office error code the adapter can meet maps to a Vietnamese sentence that says
// what to do, with English; unknown errors still get one.
import { describeOfficeError, reportSentence } from '../../../src/adapters/office/errors';
import { FakeOfficeError } from '../../support/fake-excel';

const CODES = [
  'InvalidOperationInCellEditMode',
  'AccessDenied',
  'ItemAlreadyExists',
  'ItemNotFound',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'ApiNotFound',
  'Conflict',
];

describe('describeOfficeError', () => {
  test.each(CODES)('%s has its own Vietnamese and English message', (code) => {
    const info = describeOfficeError(new FakeOfficeError(code, 'office text'));
    expect(info.code).toBe(code);
    expect(info.message.vi).toMatch(/[àáảãạăâđêôơư]/i);
    expect(info.message.en).toMatch(/[a-z]/);
    expect(info.detail).toBe('office text');
  });

  test('messages are distinct per code', () => {
    const texts = CODES.map((c) => describeOfficeError({ code: c }).message.vi);
    expect(new Set(texts).size).toBe(CODES.length);
  });

  test('cell edit mode tells the user to leave the cell', () => {
    expect(describeOfficeError({ code: 'InvalidOperationInCellEditMode' }).message.vi).toMatch(/Enter/);
  });

  test('protection reported under another code still reads as protection', () => {
    const e = new FakeOfficeError('InvalidOperation', "The cell or chart you're trying to change is on a protected sheet.");
    expect(describeOfficeError(e).message.vi).toMatch(/bảo vệ/);
  });

  test('unknown errors and plain exceptions get a generic sentence', () => {
    expect(describeOfficeError(new Error('boom')).code).toBe('Unknown');
    expect(describeOfficeError('x').message.vi).toMatch(/chạy lại/);
  });

  test('reportSentence lists what was and was not written', () => {
    const s = reportSentence({
      written: ['TH_Tổng hợp'],
      notWritten: ['biểu "TH_Chi tiết"'],
      error: describeOfficeError({ code: 'AccessDenied' }),
    });
    expect(s).toMatch(/bảo vệ/);
    expect(s).toMatch(/Chưa ghi được: biểu "TH_Chi tiết"/);
    expect(s).toMatch(/Đã ghi: TH_Tổng hợp/);
  });
});
