import { CatalogIndex, checkCatalogIntegrity, criterionOf, loadCatalog, shippedCatalogIndex, validateCatalog } from '../../src/domain/criteria/catalog';
import type { CriteriaSet } from '../../src/domain/criteria/schema';

const ix = shippedCatalogIndex();
const set = (id: string): CriteriaSet => {
  const s = ix.getSet(id);
  if (!s) throw new Error(`missing set ${id}`);
  return s;
};
const indicatorCount = (s: CriteriaSet) => s.criteria.reduce((n, c) => n + c.indicators.length, 0);

describe('xa-ntm-2021 (QĐ 318 Phụ lục I)', () => {
  const s = set('xa-ntm-2021');

  it('has 19 criteria and 57 indicators (DOMAIN §2.1; seed 002 "9/19 tiêu chí và 40/57 chỉ tiêu")', () => {
    expect(s.criteria).toHaveLength(19);
    expect(indicatorCount(s)).toBe(57);
    expect(s.expectedIndicators).toBe(57);
  });

  it('groups criteria I:1, II:2–9, III:10–13, IV:14–17, V:18–19', () => {
    const groups = Object.fromEntries(s.groups.map((g) => [g.id, g.criteria]));
    expect(groups).toEqual({
      I: ['1'],
      II: ['2', '3', '4', '5', '6', '7', '8', '9'],
      III: ['10', '11', '12', '13'],
      IV: ['14', '15', '16', '17'],
      V: ['18', '19'],
    });
    for (const c of s.criteria) expect(s.groups.find((g) => g.id === c.group)?.criteria).toContain(c.code);
  });

  it('has the per-criterion indicator counts of the DOMAIN table', () => {
    const counts = Object.fromEntries(s.criteria.map((c) => [c.code, c.indicators.length]));
    expect(counts).toEqual({
      1: 2, 2: 4, 3: 2, 4: 2, 5: 1, 6: 3, 7: 1, 8: 4, 9: 2, 10: 1, 11: 1, 12: 2, 13: 5, 14: 2, 15: 4, 16: 1, 17: 12, 18: 6, 19: 2,
    });
  });

  it('gives single-indicator criteria 5, 7, 10, 11, 16 one indicator with the criterion code', () => {
    for (const code of ['5', '7', '10', '11', '16']) expect(ix.indicatorCodes('xa-ntm-2021', code)).toEqual([code]);
  });

  it('resolves "5.1" (as offices write it) to indicator 5', () => {
    const hit = ix.findIndicator('xa-ntm-2021', '5.1');
    expect(hit?.indicator.code).toBe('5');
    expect(hit?.criterion.name).toBe('Trường học');
  });

  it('marks the indicators the seeds confirm, and only those, seed-confirmed', () => {
    const confirmed = new Set(['1.1', '1.2', '2.1', '2.4', '6.3', '12.1', '12.2', '13.1', '13.2', '13.3', '13.4', '13.5',
      ...Array.from({ length: 12 }, (_, i) => `17.${i + 1}`), ...Array.from({ length: 6 }, (_, i) => `18.${i + 1}`), '19.1', '19.2']);
    for (const c of s.criteria) {
      for (const i of c.indicators) expect([i.code, i.provenance]).toEqual([i.code, confirmed.has(i.code) ? 'seed-confirmed' : 'decision-as-recalled']);
    }
  });

  it('says lower is better for 11 and 15.3 only', () => {
    const lte = s.criteria.flatMap((c) => c.indicators).filter((i) => i.direction === 'lte').map((i) => i.code);
    expect(lte.sort()).toEqual(['11', '15.3']);
  });

  it('ships only the An Giang thresholds of seed 002', () => {
    const withThresholds = s.criteria.flatMap((c) => c.indicators).filter((i) => i.thresholds.length > 0);
    expect(withThresholds.map((i) => [i.code, i.thresholds.map((t) => [t.value, t.province])])).toEqual([
      ['11', [[4, 'An Giang']]],
      ['12.1', [[70, 'An Giang']]],
      ['12.2', [[25, 'An Giang']]],
    ]);
    for (const i of withThresholds) expect(i.thresholds[0].source).toMatch(/1260\/QĐ-UBND/);
  });

  it('quotes seed wording (seed 002 for 13.3, seed 000 for 19.1)', () => {
    expect(ix.findIndicator('xa-ntm-2021', '13.3')?.indicator.name).toContain('được chứng nhận VietGAP hoặc tương đương');
    expect(ix.findIndicator('xa-ntm-2021', '19.1')?.indicator.name).toContain('vững mạnh, rộng khắp');
  });

  it('has the short names for matrix headers', () => {
    expect(s.criteria.map((c) => c.shortName)).toEqual([
      'Quy hoạch', 'Giao thông', 'Thủy lợi - PCTT', 'Điện', 'Trường học', 'CSVC văn hóa', 'HTTM nông thôn', 'TT-TT', 'Nhà ở DC',
      'Thu nhập', 'Nghèo đa chiều', 'Lao động', 'TCSX - PTKTNT', 'GD-ĐT', 'Y tế', 'Văn hóa', 'MT - ATTP', 'HTCT - TCPL', 'QP-AN',
    ]);
  });
});

describe('xa-ntm-nang-cao-2021 (QĐ 318 Phụ lục II)', () => {
  const s = set('xa-ntm-nang-cao-2021');

  it('has 19 criteria with the DOMAIN §2.2 names and expects 75 indicators', () => {
    expect(s.criteria).toHaveLength(19);
    expect(s.expectedIndicators).toBe(75);
    expect(s.open).toBe(false);
    const names = Object.fromEntries(s.criteria.map((c) => [c.code, c.name]));
    expect(names['5']).toBe('Giáo dục');
    expect(names['6']).toBe('Văn hóa');
    expect(names['14']).toBe('Y tế');
    expect(names['15']).toBe('Hành chính công');
    expect(names['16']).toBe('Tiếp cận pháp luật');
    expect(names['17']).toBe('Môi trường');
    expect(names['18']).toBe('Chất lượng môi trường sống');
  });

  it('knows 13.1–13.8, 15.1–15.3, 17.1–17.12, 18.1–18.8, 19.1–19.2 (8+3+12+8+2 = 33)', () => {
    expect(indicatorCount(s)).toBe(33);
    expect(ix.indicatorCodes('xa-ntm-nang-cao-2021', '13')).toEqual(['13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '13.8']);
    expect(ix.indicatorCodes('xa-ntm-nang-cao-2021', '18')).toHaveLength(8);
    expect(ix.findIndicator('xa-ntm-nang-cao-2021', '13.7')?.indicator.name).toMatch(/^Có triển khai quảng bá hình ảnh di sản du lịch/);
    expect(ix.findIndicator('xa-ntm-nang-cao-2021', '19.1')?.indicator.name).toMatch(/nâng cao chất lượng hoạt động của Ban chỉ huy quân sự xã/i);
  });

  it('leaves criteria with unknown indicators open', () => {
    expect(ix.isOpenCriterion('xa-ntm-nang-cao-2021', '2.3')).toBe(true);
    expect(ix.isOpenCriterion('xa-ntm-nang-cao-2021', '5')).toBe(true);
    expect(ix.isOpenCriterion('xa-ntm-nang-cao-2021', '17.13')).toBe(false);
    expect(ix.isOpenCriterion('xa-ntm-2021', '2.5')).toBe(false);
  });

  it('resolves the same code differently per set ("tiêu chí 15")', () => {
    expect(ix.findCriterion('xa-ntm-2021', '15')?.name).toBe('Y tế');
    expect(ix.findCriterion('xa-ntm-nang-cao-2021', '15')?.name).toBe('Hành chính công');
  });
});

describe('huyen-ntm-2021 (QĐ 320)', () => {
  const s = set('huyen-ntm-2021');

  it('has 9 criteria; contents 5.1–9.6 are 4+4+8+5+6 = 27', () => {
    expect(s.criteria).toHaveLength(9);
    const contents = s.criteria.filter((c) => Number(c.code) >= 5).flatMap((c) => c.indicators);
    expect(contents).toHaveLength(27);
    expect(contents.every((i) => i.provenance === 'seed-confirmed')).toBe(true);
  });

  it('quotes seed 000 section 1.6', () => {
    expect(ix.findIndicator('huyen-ntm-2021', '5.2')?.indicator.name).toBe('Trung tâm Văn hóa - Thể thao huyện đạt chuẩn, có nhiều hoạt động văn hóa - thể thao kết nối với các xã');
    expect(ix.findIndicator('huyen-ntm-2021', '9.5')?.indicator.name).toBe('Có dịch vụ công trực tuyến mức độ 3 trở lên');
    expect(ix.findCriterion('huyen-ntm-2021', '9')?.name).toBe('Hệ thống chính trị - An ninh trật tự - Hành chính công');
  });

  it('gives open criteria 1–4 one content with their own code', () => {
    for (const code of ['1', '2', '3', '4']) {
      const c = ix.findCriterion('huyen-ntm-2021', code)!;
      expect(c.open).toBe(true);
      expect(c.indicators.map((i) => [i.code, i.provenance])).toEqual([[code, 'open']]);
    }
  });
});

describe('open sets', () => {
  it('kiểu mẫu is a model-level set of 4 conditions and no table', () => {
    const s = set('xa-ntm-kieu-mau-2021');
    expect(s.level).toBe('commune-model');
    expect(s.criteria).toHaveLength(0);
    expect(s.conditions).toHaveLength(4);
    expect(s.open).toBe(true);
  });

  it('đô thị văn minh ships only the contents seed 000 cites (3.2, 8.2, 8.4), open', () => {
    const s = set('do-thi-van-minh-2022');
    expect(s.level).toBe('town');
    expect(s.open).toBe(true);
    expect(s.criteria.flatMap((c) => c.indicators.map((i) => i.code))).toEqual(['3.2', '8.2', '8.4']);
    expect(ix.isOpenCriterion('do-thi-van-minh-2022', '5.1')).toBe(true);
  });
});

describe('index lookups', () => {
  it('criterionOf takes the part before the dot', () => {
    expect(criterionOf('17.10')).toBe('17');
    expect(criterionOf('5')).toBe('5');
  });

  it('setsWithCode tells where a code exists', () => {
    expect(ix.setsWithCode('14.1')).toEqual(['xa-ntm-2021']);
    expect(ix.setsWithCode('18.7')).toEqual(['xa-ntm-nang-cao-2021']);
    expect(ix.setsWithCode('9.6')).toEqual(['huyen-ntm-2021']);
    expect(ix.setsWithCode('17.10').sort()).toEqual(['xa-ntm-2021', 'xa-ntm-nang-cao-2021']);
    expect(ix.setsWithCode('42')).toEqual([]);
  });

  it('findCriterion wants a criterion code; unknown sets give undefined', () => {
    expect(ix.findCriterion('xa-ntm-2021', '17.5')).toBeUndefined();
    expect(ix.findIndicator('no-such-set', '1.1')).toBeUndefined();
    expect(ix.indicatorCodes('xa-ntm-2021', '99')).toEqual([]);
  });

  it('loadCatalog is cached', () => {
    expect(loadCatalog()).toBe(loadCatalog());
  });
});

describe('validation', () => {
  const good = (): unknown => JSON.parse(JSON.stringify(loadCatalog()));

  it('accepts the shipped catalog', () => {
    expect(checkCatalogIntegrity(loadCatalog())).toEqual([]);
    expect(() => validateCatalog(good())).not.toThrow();
  });

  it('rejects a set whose indicator code is malformed (zod)', () => {
    const raw = good() as { criteria: { indicators: { code: string }[] }[] }[];
    raw[0].criteria[0].indicators[0].code = '1.a';
    expect(() => validateCatalog(raw)).toThrow();
  });

  it('rejects a set missing required fields (zod)', () => {
    const raw = good() as Record<string, unknown>[];
    delete raw[0].level;
    expect(() => validateCatalog(raw)).toThrow();
  });

  it('rejects an indicator filed under the wrong criterion, and a count that disagrees', () => {
    const raw = good() as { criteria: { code: string; indicators: { code: string }[] }[] }[];
    raw[0].criteria[1].indicators[0].code = '3.9';
    expect(() => validateCatalog(raw)).toThrow(/3\.9 is not under criterion 2/);
    const fewer = good() as { criteria: { indicators: unknown[] }[] }[];
    fewer[0].criteria[16].indicators.pop();
    expect(() => validateCatalog(fewer)).toThrow(/56 indicators, expected 57/);
  });

  it('an index over another catalog sees only that catalog', () => {
    const own = new CatalogIndex(loadCatalog().filter((s) => s.id === 'huyen-ntm-2021'));
    expect(own.allSets().map((s) => s.id)).toEqual(['huyen-ntm-2021']);
  });
});
