// Deadlines inside a sentence in the plans' own orthography ("hoàn thành trong quý III/2023").
import { inSentence } from '../../src/domain/text/in-sentence';

test.each([
  ['Quý III/2023', 'quý III/2023'],
  ['Đầu quý IV/2023', 'đầu quý IV/2023'],
  ['Năm 2025', 'năm 2025'],
  ['Tháng 6/2023', 'tháng 6/2023'],
  ['Trước 30/9/2023', 'trước 30/9/2023'],
  ['30/9/2023', '30/9/2023'],
  ['Giai đoạn 2021 - 2025', 'giai đoạn 2021 - 2025'],
  ['Quý III/2023 (chỉ tiêu 2.4, theo dòng hiện trạng); Năm 2024 (chỉ tiêu 2.4, theo dòng hiện trạng)', 'quý III/2023 (chỉ tiêu 2.4, theo dòng hiện trạng); năm 2024 (chỉ tiêu 2.4, theo dòng hiện trạng)'],
  // A name the office typed is not a time word: left as written.
  ['Quyết định 318', 'Quyết định 318'],
])('%s → %s', (label, expected) => {
  expect(inSentence(label)).toBe(expected);
});
