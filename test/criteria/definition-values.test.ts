import { parseDecimal, parseDefinitionCode, parseDirection, parseEffectiveDate, parseRegion, parseThreshold } from '../../src/domain/criteria/definition-values';

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
    expect(parseDecimal('1.000.000')).toBe(1000000);
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
