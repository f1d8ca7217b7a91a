/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Browser mode: a file that is no workbook gets an error naming the file, saying what it is and
// what to do next. A picture renamed .xlsx (a photo of the table sent over Zalo) said only
// "Nội dung tệp không phải sổ làm việc Excel."
import './support/jsdom-globals';
import { fireEvent, screen } from '@testing-library/react';
import { PNG } from 'pngjs';
import { createFileHost } from '../../src/ui/file-host';
import { openWorkbook } from '../../src/ui/file-ops';
import { renderPane } from './support/render';

jest.setTimeout(60000);

function pngBytes(): ArrayBuffer {
  const png = new PNG({ width: 16, height: 16 });
  for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 37) % 256;
  const b = PNG.sync.write(png);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

async function drop(name: string, bytes: ArrayBuffer): Promise<string> {
  await renderPane({ host: createFileHost({ openWorkbook, saveFile: () => undefined }) });
  // jsdom's File has no arrayBuffer(): the part of a File the pane uses.
  fireEvent.drop(screen.getByRole('region', { name: /^Mở tệp/ }), { dataTransfer: { files: [{ name, arrayBuffer: async () => bytes }] } });
  return (await screen.findByRole('alert')).textContent ?? '';
}

test('a PNG picture renamed .xlsx: the error names the file, says it is a picture and to choose the workbook', async () => {
  const text = await drop('anh-chup.xlsx', pngBytes());
  expect(text).toContain('Không mở được tệp "anh-chup.xlsx".');
  expect(text).toContain('Tệp là một hình ảnh (ảnh chụp hay ảnh quét), không phải sổ làm việc Excel.');
  expect(text).toContain('Hãy chọn tệp Excel (.xlsx) của bảng');
});

test('a JPEG photo is a picture too', async () => {
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, ...Array.from({ length: 200 }, (_, i) => (i * 53) % 256)]);
  expect(await drop('bang.xlsx', jpeg.buffer)).toContain('Tệp là một hình ảnh');
});

test('binary content of no known kind still says what to do', async () => {
  const noise = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
  const text = await drop('la.xlsx', noise.buffer);
  expect(text).toContain('Nội dung tệp không phải sổ làm việc Excel.');
  expect(text).toContain('Hãy chọn đúng tệp Excel (.xlsx) của bảng; nếu Excel mở được tệp này, hãy lưu lại thành Sổ làm việc Excel (*.xlsx)');
});
