import { parseDefinitionCode, parseDirection, parseEffectiveDate, parseRegion, parseThreshold } from '../../src/domain/criteria/definition-values';

describe('definition cell readers', () => {
  it('reads directions as DOMAIN §4.4 writes them', () => {
    for (const t of ['≥', '>=', 'tối thiểu', 'Từ']) expect(parseDirection(t)).toBe('gte');
    for (const t of ['≤', '<=', 'tối đa', 'không quá']) expect(parseDirection(t)).toBe('lte');
    for (const t of ['Đạt', 'Không', 'Đạt/Không đạt', 'Có/Không']) expect(parseDirection(t)).toBe('pass');
    expect(parseDirection('lớn')).toBeUndefined();
  });

  it('reads thresholds with Vietnamese decimals, percent and written direction', () => {
    expect(parseThreshold('70%')).toEqual({ value: 70, direction: undefined, percent: true });
    expect(parseThreshold('≥ 70 %')).toEqual({ value: 70, direction: 'gte', percent: true });
    expect(parseThreshold('≤4%')).toEqual({ value: 4, direction: 'lte', percent: true });
    expect(parseThreshold('45,5 triệu đồng/người/năm')).toEqual({ value: 45.5, direction: undefined, percent: false });
    expect(parseThreshold('50% trở lên')?.direction).toBe('gte');
    expect(parseThreshold(4)).toEqual({ value: 4, percent: false });
    expect(parseThreshold('cao')).toBeUndefined();
    expect(parseThreshold('1.000.000')?.value).toBe(1000000);
    // Units with digits and a thousands dot, as status rows write their norms.
    expect(parseThreshold('≥1,5 m2/người')).toEqual({ value: 1.5, direction: 'gte', percent: false });
    expect(parseThreshold('≥ 1.000 m2')).toEqual({ value: 1000, direction: 'gte', percent: false });
    expect(parseThreshold('Từ 70% trở lên')).toEqual({ value: 70, direction: 'gte', percent: true });
    expect(parseThreshold('70% đến 80%')).toBeUndefined();
  });

  it('reads a norm written after "Đạt", in brackets or not, as seed 002 writes 12.1 and 12.2', () => {
    // "Chỉ tiêu 12.1: Tỷ lệ lao động qua đào tạo (Đạt ≥ 70%)", "… chứng chỉ (đạt ≥ 25%)".
    expect(parseThreshold('Đạt ≥ 70%')).toEqual({ value: 70, direction: 'gte', percent: true });
    expect(parseThreshold('(đạt ≥ 25%)')).toEqual({ value: 25, direction: 'gte', percent: true });
    expect(parseThreshold('Đạt: ≤ 4%')).toEqual({ value: 4, direction: 'lte', percent: true });
    // "Đạt" alone is a verdict, not a number.
    expect(parseThreshold('Đạt')).toBeUndefined();
    expect(parseThreshold('Đạt chuẩn')).toBeUndefined();
  });

  it('reads regions by code or name, accent-blind', () => {
    expect(parseRegion('ĐBSCL')).toBe('DBSCL');
    expect(parseRegion('Đồng bằng sông Cửu Long')).toBe('DBSCL');
    expect(parseRegion('vùng Tây Nguyên')).toBe('TN');
    expect(parseRegion('Trung du và miền núi phía Bắc')).toBe('TDMNPB');
    expect(parseRegion('Miền Trăng')).toBeUndefined();
  });

  it('reads effective dates as period starts or ends', () => {
    expect(parseEffectiveDate('01/3/2024', false)).toBe('2024-03-01');
    expect(parseEffectiveDate('2024', false)).toBe('2024-01-01');
    expect(parseEffectiveDate('2024', true)).toBe('2024-12-31');
    expect(parseEffectiveDate('2/2024', true)).toBe('2024-02-29');
    expect(parseEffectiveDate('31/02/2024', false)).toBeUndefined();
  });

  it('reads codes with labels, padding and qualifiers', () => {
    expect(parseDefinitionCode('17.08')).toBe('17.8');
    expect(parseDefinitionCode('Tiêu chí số 5')).toBe('5');
    expect(parseDefinitionCode('Chỉ tiêu 17.10 (ngành Y tế)')).toBe('17.10');
    expect(parseDefinitionCode('abc')).toBeUndefined();
  });
});
