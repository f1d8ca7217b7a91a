import { CatalogIndex, loadCatalog } from '../../src/domain/criteria/catalog';
import { applyDefinitions, thresholdFor, type DefinitionRow } from '../../src/domain/criteria/definitions';
import { CatalogSchema, type Indicator } from '../../src/domain/criteria/schema';

const AS_OF = '2024-06-30';
let row = 1;
const r = (fields: Partial<DefinitionRow>): DefinitionRow => ({ set: 'xã NTM', code: '', source: { sheet: 'Bộ tiêu chí', cell: `B${++row}` }, ...fields });

function apply(rows: DefinitionRow[], asOf = AS_OF) {
  const result = applyDefinitions(loadCatalog(), rows, asOf);
  return { ...result, ix: new CatalogIndex(result.catalog) };
}

describe('applyDefinitions: overrides', () => {
  it('overrides name, unit, direction and adds a provincial threshold with workbook provenance', () => {
    const row = r({ code: '12.1', name: 'Tỷ lệ lao động qua đào tạo', unit: '%', direction: '≥', threshold: '75%', province: 'Trà Vinh' });
    const { ix, findings } = apply([row]);
    expect(findings).toEqual([]);
    const ind = ix.findIndicator('xa-ntm-2021', '12.1')!.indicator;
    expect(ind.name).toBe('Tỷ lệ lao động qua đào tạo');
    expect(ind.provenance).toBe('workbook');
    expect(thresholdFor(ind, { province: 'Trà Vinh' })?.value).toBe(75);
    expect(thresholdFor(ind, { province: 'tỉnh Trà Vinh' })?.value).toBe(75);
    expect(thresholdFor(ind, { province: 'An Giang' })?.value).toBe(70);
    expect(thresholdFor(ind, { province: 'Trà Vinh' })?.source).toContain(row.source.cell);
  });

  it('a row repeating the catalog (the template sheet) leaves it as shipped; a row that differs overrides it', () => {
    const shipped = new CatalogIndex(loadCatalog()).findIndicator('xa-ntm-2021', '17.1')!.indicator;
    const same = apply([r({ code: 'Tiêu chí 17', name: 'Môi trường và an toàn thực phẩm' }), r({ code: '17.1', name: shipped.name, unit: '%', direction: '≥' })]);
    expect(same.findings).toEqual([]);
    expect(same.ix.findIndicator('xa-ntm-2021', '17.1')!.indicator.provenance).toBe(shipped.provenance);
    expect(same.catalog).toEqual(loadCatalog());
    expect(same.sets).toEqual(['xa-ntm-2021']);
    const other = apply([r({ code: '17.1', name: shipped.name, unit: 'hộ' })]);
    expect(other.ix.findIndicator('xa-ntm-2021', '17.1')!.indicator).toMatchObject({ unit: 'hộ', provenance: 'workbook' });
  });

  it('reads regions by name or code, and the direction from the threshold text', () => {
    const { ix, findings } = apply([
      r({ code: '10', threshold: '≥ 54', unit: 'triệu đồng/người/năm', region: 'ĐBSCL' }),
      r({ code: '10', threshold: '45', region: 'Trung du miền núi phía Bắc' }),
      r({ code: '11', threshold: '≤ 6%' }),
    ]);
    expect(findings).toEqual([]);
    const income = ix.findIndicator('xa-ntm-2021', '10')!.indicator;
    expect(thresholdFor(income, { region: 'DBSCL' })?.value).toBe(54);
    expect(thresholdFor(income, { region: 'Đồng bằng sông Cửu Long' })?.value).toBe(54);
    expect(thresholdFor(income, { region: 'TDMNPB' })?.value).toBe(45);
    expect(thresholdFor(income, { region: 'TN' })).toBeUndefined();
    const poverty = ix.findIndicator('xa-ntm-2021', '11')!.indicator;
    expect(poverty.direction).toBe('lte');
    expect(thresholdFor(poverty, {})?.value).toBe(6);
  });

  it('reads a percent cell (0.7) as 70 when the unit is %', () => {
    const { ix, findings } = apply([r({ code: '15.1', threshold: 0.95 })]);
    expect(thresholdFor(ix.findIndicator('xa-ntm-2021', '15.1')!.indicator)?.value).toBe(95);
    expect(findings.map((f) => f.code)).toEqual(['definitions.percent-scaled']);
  });

  it('applies "5.1" to indicator 5 of the commune set', () => {
    const { ix } = apply([r({ code: '5.1', threshold: '≥ 80%' })]);
    expect(thresholdFor(ix.findIndicator('xa-ntm-2021', '5')!.indicator)?.value).toBe(80);
  });

  it('renames a criterion from a criterion row and sets a single-indicator criterion threshold', () => {
    const { ix } = apply([r({ code: 'Tiêu chí 11', name: 'Hộ nghèo đa chiều', threshold: '≤ 3%' })]);
    expect(ix.findCriterion('xa-ntm-2021', '11')!.name).toBe('Hộ nghèo đa chiều');
    expect(thresholdFor(ix.findIndicator('xa-ntm-2021', '11')!.indicator)?.value).toBe(3);
  });

  it('reads zero-padded codes ("17.08")', () => {
    const { ix } = apply([r({ code: '17.08', threshold: '≥ 90%' })]);
    expect(thresholdFor(ix.findIndicator('xa-ntm-2021', '17.8')!.indicator)?.value).toBe(90);
  });

  it('does not change the shipped catalog', () => {
    apply([r({ code: '12.1', name: 'Đổi tên' })]);
    expect(loadCatalog()[0].criteria[11].indicators[0].name).toBe('Tỷ lệ lao động có việc làm qua đào tạo');
  });
});

describe('applyDefinitions: extensions', () => {
  it('fills an open criterion of the advanced set without a finding', () => {
    const { ix, findings } = apply([r({ set: 'xã NTM nâng cao', code: '2.1', name: 'Tỷ lệ đường xã được nhựa hóa', direction: 'tối thiểu', threshold: '100%' })]);
    expect(findings).toEqual([]);
    expect(ix.findIndicator('xa-ntm-nang-cao-2021', '2.1')?.indicator.name).toBe('Tỷ lệ đường xã được nhựa hóa');
  });

  it('adds an indicator to a closed criterion with a warning', () => {
    const { ix, findings } = apply([r({ code: '17.13', name: 'Chỉ tiêu riêng của tỉnh' })]);
    expect(ix.findIndicator('xa-ntm-2021', '17.13')?.indicator.provenance).toBe('workbook');
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['definitions.new-indicator', 'warning']]);
  });

  it('creates an open set for an unknown set name, with its criteria and indicators', () => {
    const { ix, findings, catalog } = apply([
      r({ set: 'Bộ tiêu chí ấp văn minh tỉnh Trà Vinh', code: '1.1', name: 'Ấp có quy ước', direction: 'Đạt' }),
      r({ set: 'Bộ tiêu chí ấp văn minh tỉnh Trà Vinh', code: '1', name: 'Quy ước' }),
    ]);
    const created = catalog.find((s) => s.name === 'Bộ tiêu chí ấp văn minh tỉnh Trà Vinh')!;
    expect(created.open).toBe(true);
    expect(ix.findCriterion(created.id, '1')?.name).toBe('Quy ước');
    expect(ix.findIndicator(created.id, '1.1')?.indicator.direction).toBe('pass');
    expect(findings.filter((f) => f.code === 'definitions.new-set')).toHaveLength(1);
  });

  it('returns a catalog that passes the zod schema', () => {
    const { catalog } = apply([r({ set: 'Bộ riêng', code: '3.4', threshold: '50%' })]);
    expect(CatalogSchema.safeParse(catalog).success).toBe(true);
  });
});

describe('applyDefinitions: bad rows become findings with their cell', () => {
  const cases: [string, Partial<DefinitionRow>, string][] = [
    ['no code', { code: '' }, 'definitions.no-code'],
    ['unreadable code', { code: 'abc' }, 'definitions.bad-code'],
    ['unreadable threshold', { code: '12.1', threshold: 'cao' }, 'definitions.bad-threshold'],
    ['two numbers', { code: '12.1', threshold: '70 - 80%' }, 'definitions.bad-threshold'],
    ['unknown direction', { code: '12.1', direction: 'lớn' }, 'definitions.bad-direction'],
    ['unknown region', { code: '10', threshold: '50', region: 'Miền Trăng' }, 'definitions.unknown-region'],
    ['criterion missing from a closed set', { code: '20.1', name: 'Không có' }, 'definitions.unknown-criterion'],
    ['no set at all', { set: '', code: '12.1', threshold: '70%' }, 'definitions.unknown-set'],
    ['threshold for a criterion of several indicators', { code: '17', threshold: '90%' }, 'definitions.threshold-on-criterion'],
    ['threshold for a pass/fail indicator', { code: '1.1', threshold: '100%' }, 'definitions.threshold-ignored'],
    ['unreadable date', { code: '12.1', from: 'sau Tết' }, 'definitions.bad-date'],
    ['threshold without any direction', { set: 'xã NTM nâng cao', code: '2.2', threshold: '100%' }, 'definitions.no-direction'],
    ['threshold against the direction column', { code: '12.1', direction: '≥', threshold: '≤ 70%' }, 'definitions.direction-conflict'],
  ];

  it.each(cases)('%s', (_label, fields, code) => {
    const bad = r(fields);
    const { findings } = apply([bad]);
    const f = findings.find((x) => x.code === code);
    expect(f).toBeDefined();
    expect([f!.sheet, f!.cell]).toEqual(['Bộ tiêu chí', bad.source.cell]);
    expect(f!.message.vi.length).toBeGreaterThan(0);
    expect(f!.message.en.length).toBeGreaterThan(0);
    expect(f!.key).toBeTruthy();
  });

  it('does not apply the bad part of a row', () => {
    const { ix } = apply([r({ code: '12.2', threshold: 'cao', province: 'An Giang' })]);
    expect(thresholdFor(ix.findIndicator('xa-ntm-2021', '12.2')!.indicator, { province: 'An Giang' })?.value).toBe(25);
  });

  it('warns when the same scope is given twice, keeping the later row', () => {
    const { ix, findings } = apply([r({ code: '12.1', threshold: '70%' }), r({ code: '12.1', threshold: '72%' })]);
    expect(findings.map((f) => f.code)).toEqual(['definitions.duplicate']);
    expect(thresholdFor(ix.findIndicator('xa-ntm-2021', '12.1')!.indicator)?.value).toBe(72);
  });

  it('never throws on junk', () => {
    const junk = { set: undefined, code: undefined, source: { sheet: 'X', cell: 'A1' } } as unknown as DefinitionRow;
    const odd = [
      junk,
      { set: undefined, code: '12.1', threshold: {}, source: { sheet: 'X', cell: 'A2' } } as unknown as DefinitionRow,
      r({ code: '12.1', threshold: {} as unknown as string, region: 7 as unknown as string, from: null as unknown as string }),
      null as unknown as DefinitionRow,
    ];
    expect(() => applyDefinitions(loadCatalog(), odd, AS_OF)).not.toThrow();
    expect(applyDefinitions(loadCatalog(), odd, AS_OF).findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['definitions.no-code', 'definitions.unknown-set']),
    );
  });
});

describe('applyDefinitions: effective dates', () => {
  it('ignores rows not yet or no longer in force at the as-of date', () => {
    const { ix, findings } = apply([
      r({ code: '12.1', threshold: '80%', from: '01/01/2025' }),
      r({ code: '12.2', threshold: '30%', to: '2023' }),
      r({ code: '15.1', threshold: '95%', from: '01/3/2024', to: '2025-12-31' }),
    ]);
    expect(findings).toEqual([]);
    expect(thresholdFor(ix.findIndicator('xa-ntm-2021', '12.1')!.indicator)).toBeUndefined();
    expect(thresholdFor(ix.findIndicator('xa-ntm-2021', '12.2')!.indicator)).toBeUndefined();
    expect(thresholdFor(ix.findIndicator('xa-ntm-2021', '15.1')!.indicator)?.value).toBe(95);
  });

  it('applies the later period when the as-of date moves', () => {
    const rows = [r({ code: '12.1', threshold: '80%', from: '2025' })];
    expect(thresholdFor(apply(rows, '2025-01-01').ix.findIndicator('xa-ntm-2021', '12.1')!.indicator)?.value).toBe(80);
  });
});

describe('thresholdFor', () => {
  const ind: Indicator = {
    code: '10', name: 'Thu nhập', provenance: 'workbook', aliases: [], direction: 'gte',
    thresholds: [
      { value: 48, source: 'national' },
      { value: 54, region: 'DBSCL', source: 'region' },
      { value: 60, province: 'Trà Vinh', source: 'province' },
    ],
  };

  it('prefers province, then region, then national', () => {
    expect(thresholdFor(ind, { region: 'DBSCL', province: 'Trà Vinh' })?.value).toBe(60);
    expect(thresholdFor(ind, { region: 'DBSCL', province: 'An Giang' })?.value).toBe(54);
    expect(thresholdFor(ind, { region: 'DBSH' })?.value).toBe(48);
    expect(thresholdFor(ind)?.value).toBe(48);
  });
});

describe('a criterion that is its one indicator (11)', () => {
  it('a row with a norm names the indicator; the criterion keeps "Nghèo đa chiều" (DOMAIN §2.1)', () => {
    const { ix: index } = apply([r({ code: '11', name: 'Tỷ lệ hộ nghèo đa chiều giai đoạn 2021-2025', direction: '≤', threshold: '4%' })]);
    const c = index.findCriterion('xa-ntm-2021', '11')!;
    expect(c.name).toBe('Nghèo đa chiều');
    expect(c.indicators[0]).toMatchObject({ code: '11', name: 'Tỷ lệ hộ nghèo đa chiều giai đoạn 2021-2025' });
  });

  it('a row with a name only still renames the criterion', () => {
    const { ix: index } = apply([r({ code: '11', name: 'Hộ nghèo' })]);
    expect(index.findCriterion('xa-ntm-2021', '11')!.name).toBe('Hộ nghèo');
  });
});
