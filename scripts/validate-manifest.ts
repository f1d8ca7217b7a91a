// Offline check of manifest.xml (no network): XSD validation against ../shared/office-schemas,
// resource references, URLs the build really serves, string limits, and the production rewrite.
// Run: node scripts/run-tsx.js scripts/validate-manifest.ts [manifest.xml]
// The online, authoritative check is `office-addin-manifest validate` (npm run validate).
import * as fs from 'fs';
import * as path from 'path';
import { validateXML } from 'xmllint-wasm';
import { scanElements, type ScannedElement } from './manifest-scan';
import { DEV_BASE_URL, productionManifest } from './production-manifest';

export const ROOT = path.resolve(__dirname, '..');
/** In CI the repository is cloned with the shared folder beside it. */
export const DEFAULT_SCHEMA_DIR = path.resolve(ROOT, '..', 'shared', 'office-schemas');
export const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
/** Only used to prove the production rewrite; any https base with a path would do. */
export const EXAMPLE_BASE_URL = 'https://ntm.example.gov.vn/addin/';

/** Character limits of the schema (OfficeAppBasicTypesV1_0.xsd / OfficeAppManifestV1_1.xsd). */
export const LIMITS = { short: 125, long: 250, url: 2048, resid: 32 } as const;

export interface ManifestCheckOptions {
  readonly schemaDir?: string;
  /** Paths relative to the base URL that the build produces (webpack.config.js servedFiles). */
  readonly servedFiles: Iterable<string>;
}

/** Schema errors, one line each ("line N: message"); [] when the manifest is valid. */
export async function schemaProblems(xml: string, schemaDir: string = DEFAULT_SCHEMA_DIR): Promise<string[]> {
  if (!fs.existsSync(path.join(schemaDir, MAIN_SCHEMA))) {
    return [`schema: ${MAIN_SCHEMA} not found in ${schemaDir} (clone the shared folder beside the project)`];
  }
  const xsd = fs.readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'));
  const read = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: xsd.filter((f) => f !== MAIN_SCHEMA).map(read),
  });
  if (result.valid) return [];
  const lines = result.errors.map((e) => `schema: ${e.loc ? `line ${e.loc.lineNumber}: ` : ''}${e.message.trim()}`);
  return lines.length ? lines : [`schema: invalid (${result.rawOutput.trim()})`];
}

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Which resource table a resid on this element must point into (undefined: any table). */
function expectedKind(el: ScannedElement): ResourceKind | undefined {
  switch (el.name) {
    case 'Image': return 'Images';
    case 'SourceLocation': case 'FunctionFile': case 'LearnMoreUrl': return 'Urls';
    case 'Label': case 'Title': return 'ShortStrings';
    case 'Description': return 'LongStrings';
    default: return undefined;
  }
}

function resources(elements: ScannedElement[]): { table: Map<string, ResourceKind>; problems: string[] } {
  const table = new Map<string, ResourceKind>();
  const problems: string[] = [];
  for (const el of elements) {
    const kind = el.ancestors[el.ancestors.length - 1] as ResourceKind;
    if (!el.ancestors.includes('Resources') || !['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(kind)) continue;
    const id = el.attributes.id;
    if (!id) continue;
    if (table.has(id)) problems.push(`resid: line ${el.line}: resource id "${id}" is defined twice`);
    table.set(id, kind);
  }
  return { table, problems };
}

/** Every resid must name a resource of the right table; every resource must be used. */
export function residProblems(xml: string): string[] {
  const elements = scanElements(xml);
  const { table, problems } = resources(elements);
  const used = new Set<string>();
  for (const el of elements) {
    const resid = el.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const kind = table.get(resid);
    const want = expectedKind(el);
    if (!kind) problems.push(`resid: line ${el.line}: <${el.name} resid="${resid}"> has no Resources entry`);
    else if (want && kind !== want) problems.push(`resid: line ${el.line}: <${el.name} resid="${resid}"> points into ${kind}, expected ${want}`);
  }
  for (const id of table.keys()) if (!used.has(id)) problems.push(`resid: resource "${id}" is never used`);
  return problems;
}

const codePoints = (s: string): number => [...s].length;

/** Strings within the schema's limits, and in NFC (decomposed Vietnamese marks inflate lengths). */
export function lengthProblems(xml: string): string[] {
  const problems: string[] = [];
  const check = (el: ScannedElement, what: string, value: string, max: number): void => {
    const n = codePoints(value);
    if (n > max) problems.push(`length: line ${el.line}: ${what} has ${n} characters (limit ${max}): "${value.slice(0, 40)}…"`);
    if (value !== value.normalize('NFC')) problems.push(`length: line ${el.line}: ${what} is not NFC-normalized`);
  };
  for (const el of scanElements(xml)) {
    const parent = el.ancestors[el.ancestors.length - 1];
    const grandparent = el.ancestors[el.ancestors.length - 2];
    const inBase = !el.ancestors.includes('VersionOverrides');
    // The element whose limit applies: a String's table, or the owner of an Override.
    const [holder, table] = el.name === 'Override' ? [parent, grandparent] : [el.name, parent];
    const value = el.attributes.DefaultValue ?? el.attributes.Value;
    const label = `${holder}${el.attributes.id ? ` "${el.attributes.id}"` : ''}${el.name === 'Override' ? ` (${el.attributes.Locale})` : ''}`;
    let max: number | undefined;
    if (holder === 'String' && table === 'ShortStrings') max = LIMITS.short;
    else if (holder === 'String' && table === 'LongStrings') max = LIMITS.long;
    else if (holder === 'DisplayName' && inBase) max = LIMITS.short;
    else if (holder === 'Description' && inBase) max = LIMITS.long;
    else if (value !== undefined && /^https?:\/\//i.test(value)) max = LIMITS.url;
    if (max !== undefined && value !== undefined) check(el, label, value, max);
    if (el.name === 'ProviderName') check(el, 'ProviderName', el.text, LIMITS.short);
    if (el.attributes.id && el.ancestors.includes('Resources') && codePoints(el.attributes.id) > LIMITS.resid) {
      problems.push(`length: line ${el.line}: resource id "${el.attributes.id}" is longer than ${LIMITS.resid}`);
    }
  }
  return problems;
}

/** URLs must be https; those under the dev base URL must be files the build produces. */
export function urlProblems(xml: string, servedFiles: Iterable<string>): string[] {
  const served = new Set(servedFiles);
  const problems: string[] = [];
  for (const el of scanElements(xml)) {
    // xmlns values are namespace names, not addresses.
    const attrs = Object.entries(el.attributes).filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:')).map(([, v]) => v);
    const values = [...attrs, el.text].filter((v) => /^[a-z]+:\/\//i.test(v));
    for (const value of values) {
      if (!value.startsWith('https://')) problems.push(`url: line ${el.line}: ${value} is not https`);
      if (!value.startsWith(DEV_BASE_URL)) continue;
      const file = value.slice(DEV_BASE_URL.length).replace(/[?#].*$/, '');
      if (!served.has(file)) problems.push(`url: line ${el.line}: ${value} is not produced by the build (no "${file}")`);
    }
  }
  return problems;
}

/** The production rewrite must leave no localhost and keep every URL under the base. */
export function productionProblems(xml: string, baseUrl: string = EXAMPLE_BASE_URL): string[] {
  let out: string;
  try {
    out = productionManifest(xml, baseUrl);
  } catch (error) {
    return [`production: ${(error as Error).message}`];
  }
  return /localhost/i.test(out) ? ['production: "localhost" remains in the production manifest'] : [];
}

/** All offline checks; [] means the manifest passes. */
export async function checkManifest(xml: string, options: ManifestCheckOptions): Promise<string[]> {
  return [
    ...(await schemaProblems(xml, options.schemaDir)),
    ...residProblems(xml),
    ...lengthProblems(xml),
    ...urlProblems(xml, options.servedFiles),
    ...productionProblems(xml),
  ];
}

/** Files the build serves, taken from webpack.config.js so the two cannot drift apart. */
export function buildServedFiles(root: string = ROOT): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(root, 'webpack.config.js')) as { servedFiles(root?: string): string[] };
  return config.servedFiles(root);
}

async function main(): Promise<void> {
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, 'manifest.xml'));
  const xml = fs.readFileSync(file, 'utf8');
  const schemaDir = process.env.OFFICE_SCHEMAS_DIR ? path.resolve(process.env.OFFICE_SCHEMAS_DIR) : DEFAULT_SCHEMA_DIR;
  const problems = await checkManifest(xml, { schemaDir, servedFiles: buildServedFiles() });
  if (problems.length) {
    console.error(`${path.relative(process.cwd(), file)}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), file)}: valid (schema, resources, URLs, lengths, production rewrite)`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
