// The add-in manifest: what it declares, and that the offline check accepts it and rejects
// broken copies (dangling resid, schema errors, over-long strings, unbuilt files).
import * as fs from 'fs';
import * as path from 'path';
import {
  buildServedFiles,
  checkManifest,
  lengthProblems,
  productionProblems,
  residProblems,
  schemaProblems,
  urlProblems,
} from '../../scripts/validate-manifest';
import { scanElements } from '../../scripts/manifest-scan';
import { baseUrlProblem, productionManifest } from '../../scripts/production-manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const SERVED = buildServedFiles(ROOT);
const BASE = 'https://ntm.example.gov.vn/addin/';

const elements = scanElements(XML);
const one = (name: string, ancestor?: string) => {
  const found = elements.filter((e) => e.name === name && (!ancestor || e.ancestors.includes(ancestor)));
  expect(found).toHaveLength(1);
  return found[0];
};
const resource = (id: string) => {
  const found = elements.filter((e) => e.attributes.id === id && e.ancestors.includes('Resources'));
  expect(found).toHaveLength(1);
  return found[0];
};
/** Replaces exactly one occurrence, so a broken copy differs from the real one by one edit. */
const broken = (from: string, to: string): string => {
  expect(XML.split(from)).toHaveLength(2);
  return XML.replace(from, to);
};

describe('manifest.xml declares the product', () => {
  it('is a task pane add-in for Excel with a fixed identity', () => {
    expect(XML).toMatch(/<OfficeApp[^>]*xsi:type="TaskPaneApp"/);
    expect(one('Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one('Version').text).toBe('1.0.0.0');
    expect(one('DefaultLocale').text).toBe('vi-VN');
    expect(one('Permissions').text).toBe('ReadWriteDocument');
    const hosts = elements.filter((e) => e.name === 'Host');
    expect(hosts.map((h) => h.attributes.Name ?? h.attributes['xsi:type'])).toEqual(['Workbook', 'Workbook']);
    expect(one('SourceLocation', 'DefaultSettings').attributes.DefaultValue).toBe('https://localhost:3000/taskpane.html');
  });

  it('requires ExcelApi 1.9 both for installing and for the ribbon commands', () => {
    const sets = elements.filter((e) => e.name === 'Set');
    expect(sets).toHaveLength(2);
    for (const set of sets) expect(set.attributes).toMatchObject({ Name: 'ExcelApi', MinVersion: '1.9' });
    expect(sets.filter((s) => s.ancestors.includes('VersionOverrides'))).toHaveLength(1);
  });

  it('uses the 32 px icon and the 64 px high-resolution icon', () => {
    expect(one('IconUrl').attributes.DefaultValue).toBe('https://localhost:3000/assets/icon-32.png');
    expect(one('HighResolutionIconUrl').attributes.DefaultValue).toBe('https://localhost:3000/assets/icon-64.png');
  });

  it('points SupportUrl at the help page the build serves', () => {
    expect(one('SupportUrl').attributes.DefaultValue).toBe('https://localhost:3000/help.html');
    expect(SERVED).toContain('help.html');
  });

  it('puts a "Nông thôn mới" group on the Home tab with the two buttons', () => {
    expect(one('OfficeTab').attributes.id).toBe('TabHome');
    const group = one('Group');
    const groupLabel = elements.find((e) => e.name === 'Label' && e.ancestors[e.ancestors.length - 1] === 'Group');
    expect(resource(groupLabel!.attributes.resid).attributes.DefaultValue).toBe('Nông thôn mới');
    const controls = elements.filter((e) => e.name === 'Control');
    expect(controls).toHaveLength(2);
    expect(group.ancestors).toContain('ExtensionPoint');

    const labelOf = (index: number) => {
      const start = elements.indexOf(controls[index]);
      const label = elements.slice(start).find((e) => e.name === 'Label')!;
      return resource(label.attributes.resid).attributes.DefaultValue;
    };
    expect(labelOf(0)).toBe('Kiểm tra');
    expect(labelOf(1)).toBe('Tạo biểu tổng hợp');

    const actions = elements.filter((e) => e.name === 'Action');
    expect(actions.map((a) => a.attributes['xsi:type'])).toEqual(['ShowTaskpane', 'ExecuteFunction']);
    const taskpaneUrl = elements.find((e) => e.name === 'SourceLocation' && e.ancestors.includes('Action'))!;
    expect(resource(taskpaneUrl.attributes.resid).attributes.DefaultValue).toBe('https://localhost:3000/taskpane.html');
    expect(one('FunctionName').text).toBe('createSummaries');
    expect(resource(one('FunctionFile').attributes.resid).attributes.DefaultValue).toBe('https://localhost:3000/commands.html');
    expect(elements.filter((e) => e.name === 'Supertip')).toHaveLength(2);
  });

  it('gives the group and both buttons 16, 32 and 80 px icons of matching files', () => {
    const icons = elements.filter((e) => e.name === 'Icon' && e.ancestors.includes('ExtensionPoint'));
    expect(icons).toHaveLength(3);
    for (const icon of icons) {
      const start = elements.indexOf(icon);
      const images = elements.slice(start + 1, start + 4);
      expect(images.map((i) => i.attributes.size)).toEqual(['16', '32', '80']);
      for (const image of images) {
        expect(resource(image.attributes.resid).attributes.DefaultValue).toMatch(new RegExp(`-${image.attributes.size}\\.png$`));
      }
    }
  });

  it('has an en-US override for the display name, the description and every string', () => {
    const strings = elements.filter((e) => e.name === 'String' && e.ancestors.includes('Resources'));
    expect(strings.length).toBeGreaterThanOrEqual(9);
    const baseDescription = elements.find((e) => e.name === 'Description' && e.ancestors.length === 1)!;
    for (const owner of [one('DisplayName'), baseDescription, ...strings]) {
      const next = elements[elements.indexOf(owner) + 1];
      expect(next.name).toBe('Override');
      expect(next.attributes.Locale).toBe('en-US');
      expect(next.attributes.Value).toBeTruthy();
      expect(next.attributes.Value).not.toBe(owner.attributes.DefaultValue);
    }
  });
});

describe('offline manifest check', () => {
  it('accepts manifest.xml', async () => {
    expect(await checkManifest(XML, { servedFiles: SERVED })).toEqual([]);
  });

  it('knows the files the build serves from webpack.config.js', () => {
    for (const file of ['taskpane.html', 'commands.html', 'notice.html', 'assets/icon-16.png', 'assets/summary-80.png', 'manifest.xml']) {
      expect(SERVED).toContain(file);
    }
  });

  it('rejects a resid with no resource (the schema alone does not)', async () => {
    const xml = broken('<Label resid="NTM.Check.Label"/>', '<Label resid="NTM.Check.Lable"/>');
    expect(await schemaProblems(xml)).toEqual([]);
    const problems = await checkManifest(xml, { servedFiles: SERVED });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/NTM\.Check\.Lable.*no Resources entry/)]));
  });

  it('rejects a resid pointing into the wrong resource table', () => {
    const xml = broken('<Label resid="NTM.Summary.Label"/>', '<Label resid="NTM.Taskpane.Url"/>');
    expect(residProblems(xml)).toEqual(
      expect.arrayContaining([expect.stringMatching(/NTM\.Taskpane\.Url.*Urls, expected ShortStrings/), expect.stringMatching(/"NTM\.Summary\.Label" is never used/)]),
    );
  });

  it('rejects an unknown element', async () => {
    const xml = broken('<Version>1.0.0.0</Version>', '<Version>1.0.0.0</Version>\n  <Colour>green</Colour>');
    const problems = await checkManifest(xml, { servedFiles: SERVED });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^schema: .*Colour/)]));
  });

  it('rejects a manifest without its required Id', async () => {
    const xml = XML.replace(/<Id>[^<]*<\/Id>\s*/, '');
    expect(xml).not.toContain('<Id>');
    const problems = await schemaProblems(xml);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/Id/);
  });

  it('rejects a ribbon string over the 125-character limit', async () => {
    const long = 'Nông thôn mới – '.repeat(8) + 'tổng hợp'; // 136 characters
    expect([...long].length).toBeGreaterThan(125);
    const xml = broken('DefaultValue="Nông thôn mới">', `DefaultValue="${long}">`);
    expect(lengthProblems(xml)).toEqual([expect.stringMatching(/NTM\.Group\.Label.*136 characters \(limit 125\)/)]);
    expect(await schemaProblems(xml)).not.toEqual([]);
  });

  it('rejects a supertip over the 250-character limit and decomposed Vietnamese text', () => {
    const tip = 'Kiểm tra sổ theo dõi rồi ghi các biểu tổng hợp theo mẫu báo cáo vào sổ, không cần mở ngăn kiểm tra.';
    const tooLong = broken(`DefaultValue="${tip}"`, `DefaultValue="${(tip + ' ').repeat(3)}"`);
    expect(lengthProblems(tooLong)).toEqual([expect.stringMatching(/NTM\.Summary\.Tip.*limit 250/)]);
    const nfd = broken('DefaultValue="Kiểm tra">', `DefaultValue="${'Kiểm tra'.normalize('NFD')}">`);
    expect(lengthProblems(nfd)).toEqual([expect.stringMatching(/NTM\.Check\.Label.*not NFC/)]);
  });

  it('rejects URLs the build does not produce, and plain http', () => {
    const missing = broken('assets/summary-80.png', 'assets/summary-99.png');
    expect(urlProblems(missing, SERVED)).toEqual([expect.stringMatching(/summary-99\.png is not produced by the build/)]);
    const http = XML.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://ntm.example.gov.vn/taskpane.html"/>\n  </DefaultSettings>');
    expect(http).not.toBe(XML);
    expect(urlProblems(http, SERVED)).toEqual([expect.stringMatching(/http:\/\/ntm\.example\.gov\.vn\/taskpane\.html is not https/)]);
  });
});

describe('productionManifest', () => {
  const devUrls = XML.match(/https:\/\/localhost:3000\/[^"<]*/g) ?? [];

  it('moves every development URL under the base URL and leaves no localhost', async () => {
    const out = productionManifest(XML, BASE);
    expect(out).not.toMatch(/localhost/i);
    const urls = out.match(/https:\/\/ntm\.example\.gov\.vn\/addin\/[^"<\s]*/g) ?? [];
    expect(devUrls.length).toBeGreaterThanOrEqual(10);
    expect(urls).toEqual(expect.arrayContaining(devUrls.map((u) => u.replace('https://localhost:3000/', BASE))));
    expect(out).toContain(`DefaultValue="${BASE}taskpane.html"`);
    expect(await schemaProblems(out)).toEqual([]);
    expect(productionProblems(XML, BASE)).toEqual([]);
  });

  it.each([
    [undefined, /not set/],
    ['http://ntm.example.gov.vn/addin/', /https/],
    ['https://ntm.example.gov.vn/addin', /end with "\/"/],
    ['https://localhost:8443/', /this machine/],
    ['not a url', /not a valid URL/],
  ])('refuses the base URL %s', (base, why) => {
    expect(baseUrlProblem(base)).toMatch(why);
    expect(() => productionManifest(XML, base as string)).toThrow(why);
  });

  it('fails when a localhost URL with another port would survive', () => {
    const xml = XML.replace('https://localhost:3000/commands.html', 'https://localhost:3001/commands.html');
    expect(() => productionManifest(xml, BASE)).toThrow(/localhost/);
    expect(productionProblems(xml, BASE)).toEqual([expect.stringMatching(/^production: .*localhost/)]);
  });
});
