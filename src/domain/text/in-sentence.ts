// A deadline's words inside a sentence, as the plans write them: "hoàn thành trong quý III/2023",
// "hạn đầu quý IV/2023". The labels are capitalised to stand at the head of a cell ("Quý III/2023"
// under "Thời hạn"); the findings and cell notes that say "hạn …" read "hạn Quý III/2023",
// "hạn Đầu quý IV/2023" otherwise.

const TIME_WORDS = new Set(['Giai', 'Quý', 'Đầu', 'Giữa', 'Cuối', 'Tháng', 'Năm', 'Trước', 'Trong', 'Hết', 'Ngày', 'Sau', 'Chậm', 'Từ', 'Đến', 'Hàng', 'Thường', 'Liên', 'Duy']);

/** `label` (one deadline, or several joined by "; ") with each part's leading time word in lower case. */
export function inSentence(label: string): string {
  return label
    .split('; ')
    .map((part) => {
      const space = part.indexOf(' ');
      const first = space < 0 ? part : part.slice(0, space);
      return TIME_WORDS.has(first) ? first.toLocaleLowerCase('vi') + part.slice(first.length) : part;
    })
    .join('; ');
}
