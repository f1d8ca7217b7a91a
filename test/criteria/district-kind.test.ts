import { districtKindOfAgency, nameForKind, PlaceWords } from '../../src/domain/criteria/district-kind';

test('the kind a committee\'s name says', () => {
  expect(districtKindOfAgency('UBND THỊ XÃ TÂN CHÂU')).toBe('thi-xa');
  expect(districtKindOfAgency('Ủy ban nhân dân thành phố Sóc Trăng')).toBe('thanh-pho');
  expect(districtKindOfAgency('UBND QUẬN Ô MÔN')).toBe('quan');
  expect(districtKindOfAgency('UBND HUYỆN TRÀ CÚ')).toBe('huyen');
  expect(districtKindOfAgency('UBND XÃ TÂN THẠNH')).toBeUndefined();
  expect(districtKindOfAgency('UBND TỈNH TRÀ VINH')).toBeUndefined();
  expect(districtKindOfAgency(undefined)).toBeUndefined();
});

test('shipped names in another kind of unit: the word "huyện", and the Youth Union\'s name', () => {
  expect(nameForKind('Phòng giao dịch Ngân hàng Chính sách xã hội huyện', 'thi-xa')).toBe('Phòng giao dịch Ngân hàng Chính sách xã hội thị xã');
  expect(nameForKind('UBND huyện', 'quan')).toBe('UBND quận');
  expect(nameForKind('Huyện Đoàn', 'thi-xa')).toBe('Thị Đoàn');
  expect(nameForKind('Phòng Nông nghiệp và Phát triển nông thôn', 'thi-xa')).toBe('Phòng Nông nghiệp và Phát triển nông thôn');
  expect(nameForKind('Công an huyện', 'huyen')).toBe('Công an huyện');
  expect(nameForKind('Công an huyện', undefined)).toBe('Công an huyện');
});

test('place words of department cells: one kind when they agree, none when they do not', () => {
  const w = new PlaceWords();
  w.add('NHCSXH thị xã, UBMTTQ và các đoàn thể');
  w.add('Các ngành thị xã');
  w.add('UBND các xã, thị trấn');
  expect(w.kind()).toBe('thi-xa');
  w.add('Phòng NN&PTNT huyện');
  expect(w.kind()).toBeUndefined();
  const tp = new PlaceWords();
  tp.add('Công an TP');
  expect(tp.kind()).toBe('thanh-pho');
  expect(new PlaceWords().kind()).toBeUndefined();
});
