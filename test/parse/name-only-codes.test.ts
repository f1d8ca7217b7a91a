// Criteria written by name in a code cell (seed 001's messy copy).
import { codesFromNames } from '../../src/domain/read/name-only-codes';
import { shippedCatalogIndex } from '../../src/domain/criteria/catalog';

const set = shippedCatalogIndex().getSet('xa-ntm-2021')!;
const read = (text: string) => codesFromNames(set, text)?.map((c) => c.code);

describe('codesFromNames', () => {
  it.each([
    ['Tiêu chí Quy hoạch', ['1']],
    ['Tiêu chí Trường học; Giáo dục', ['5', '14']],
    ['Tiêu chí Cơ sở vật chất văn hóa, Văn hóa', ['6', '16']],
    ['Tiêu chí số Quốc phòng và An ninh', ['19']],
    // A name holding a comma of its own is one criterion, not two halves.
    ['Tiêu chí Thủy lợi và phòng, chống thiên tai', ['3']],
    ['TC: Nghèo đa chiều', ['11']],
  ])('%s → %j', (text, codes) => {
    expect(read(text)).toEqual(codes);
  });

  it.each([
    ['Tiêu chí Trường học; Chợ nổi'],
    ['Tiêu chí 5 Trường học'],
    ['Nhiệm vụ chung'],
    [''],
  ])('%s is not read', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
