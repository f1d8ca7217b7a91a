import { shippedCatalogIndex } from '../../src/domain/criteria/catalog';
import { isPlaceholderName } from '../../src/domain/criteria/placeholder-name';
import { itemLabel } from '../../src/domain/layout/item-label';

const ix = shippedCatalogIndex();
const name = (setId: string, text: string) => ix.whichCriterionHasName(setId, text);

describe('whichCriterionHasName', () => {
  it('finds the seed 000 mistake: "Thủy lợi và Phòng chống thiên tai" is criterion 3, not 4', () => {
    expect(name('huyen-ntm-2021', 'Thủy lợi và Phòng chống thiên tai')).toBe('3');
    expect(name('xa-ntm-2021', 'Thủy lợi và Phòng chống thiên tai')).toBe('3');
    expect(name('huyen-ntm-2021', '1,2,4. Thủy lợi và Phòng chống thiên tai')).toBe('3');
  });

  it('"Y tế" is 15 in the commune set and 14 in the advanced set', () => {
    expect(name('xa-ntm-2021', 'Y tế')).toBe('15');
    expect(name('xa-ntm-nang-cao-2021', 'Y tế')).toBe('14');
    expect(name('xa-ntm-nang-cao-2021', 'tiêu chí 15 về Y tế')).toBe('14');
  });

  it('tolerates wording variants', () => {
    expect(name('xa-ntm-2021', 'Thủy lợi và Phòng, chống thiên tai')).toBe('3');
    expect(name('xa-ntm-2021', 'Thuỷ lợi và phòng, chống thiên tai')).toBe('3');
    expect(name('xa-ntm-2021', 'Thủy lợi')).toBe('3');
    expect(name('xa-ntm-2021', 'Tổ chức sản xuất và phát triển KTNT')).toBe('13');
    expect(name('xa-ntm-2021', 'Hệ thống chính trị và Tiếp cận Pháp luật')).toBe('18');
    expect(name('xa-ntm-2021', 'Cơ sở vật chất Văn hóa')).toBe('6');
    expect(name('xa-ntm-2021', 'Thông tin và truyền thông')).toBe('8');
    expect(name('xa-ntm-2021', 'Nhà ở')).toBe('9');
    expect(name('xa-ntm-2021', 'Hộ nghèo')).toBe('11');
    expect(name('xa-ntm-2021', 'Nghèo đa chiều')).toBe('11');
    expect(name('xa-ntm-2021', '“Môi trường và an toàn thực phẩm”')).toBe('17');
    expect(name('xa-ntm-2021', 'MT - ATTP')).toBe('17');
  });

  it('"Môi trường" is 17, never 18 "Chất lượng môi trường sống"', () => {
    expect(name('xa-ntm-2021', 'Môi trường')).toBe('17');
    expect(name('xa-ntm-nang-cao-2021', 'Môi trường')).toBe('17');
    expect(name('xa-ntm-nang-cao-2021', 'Chất lượng môi trường sống')).toBe('18');
    expect(name('huyen-ntm-2021', 'Môi trường')).toBe('7');
    expect(name('xa-ntm-2021', 'Chất lượng môi trường sống')).toBeUndefined();
  });

  it('does not guess across sets or on ambiguous text', () => {
    expect(name('xa-ntm-nang-cao-2021', 'Hệ thống chính trị và Tiếp cận Pháp luật')).toBeUndefined();
    expect(name('xa-ntm-2021', 'Cơ sở')).toBeUndefined();
    expect(name('xa-ntm-2021', 'Hành chính công')).toBeUndefined();
    expect(name('xa-ntm-2021', '')).toBeUndefined();
    expect(name('no-such-set', 'Y tế')).toBeUndefined();
  });

  it('knows the district criteria names', () => {
    expect(name('huyen-ntm-2021', 'Hệ thống chính trị - An ninh trật tự - Hành chính công')).toBe('9');
    expect(name('huyen-ntm-2021', 'Kinh tế')).toBe('6');
    expect(name('huyen-ntm-2021', 'Chất lượng môi trường sống')).toBe('8');
  });
});

describe('placeholder names of open sets', () => {
  it('recognizes a name that only repeats its code', () => {
    expect(isPlaceholderName('8.4', 'Nội dung 8.4')).toBe(true);
    expect(isPlaceholderName('3', 'Tiêu chí 3')).toBe(true);
    expect(isPlaceholderName('3', 'TC 3')).toBe(true);
    expect(isPlaceholderName('8.4', 'Nội dung 8.2')).toBe(false);
    expect(isPlaceholderName('8.4', 'Cảnh quan, không gian sáng - xanh - sạch - đẹp')).toBe(false);
    expect(isPlaceholderName('8.4', undefined)).toBe(false);
  });
  it('labels seed 000 town content 8.4 once, not "Nội dung 8.4: Nội dung 8.4"', () => {
    expect(itemLabel('8.4', 'Nội dung 8.4', { contents: true, lang: 'vi' })).toBe('Nội dung 8.4');
    expect(itemLabel('8.4', 'Cảnh quan', { contents: true, lang: 'vi' })).toBe('Nội dung 8.4: Cảnh quan');
  });
});
