import { editDistance, nameFold, nameKey, toneNormalize } from '../../src/domain/criteria/name-key';

describe('name keys', () => {
  it('moves old-style tones to the new-style vowel', () => {
    expect(toneNormalize('Văn hoá')).toBe('Văn hóa');
    expect(toneNormalize('Thuỷ lợi')).toBe('Thủy lợi');
    expect(toneNormalize('Uỷ ban')).toBe('Ủy ban');
    expect(toneNormalize('hoàn thành')).toBe('hoàn thành');
    expect(toneNormalize('quý')).toBe('quý');
  });

  it('makes "&", "và" spacing and every dash comparable', () => {
    expect(nameKey('Phòng NN&PTNT')).toBe('phòng nn và ptnt');
    expect(nameKey('Lao động – Thương binh')).toBe(nameKey('Lao động - Thương binh'));
    expect(nameFold('Tổ chức sản xuất')).toBe('to chuc san xuat');
  });

  it('counts edits', () => {
    expect(editDistance('nghiêp', 'nghiệp')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
