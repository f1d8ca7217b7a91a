// Draws the add-in's ribbon and store icons with plain geometry and writes them to assets/.
// Run: node scripts/run-tsx.js scripts/build-icons.ts   (the PNGs are committed; rerun after a change)
//
// Two sets: "icon" (rice sprout over field rows with a check mark: the Check button and the
// add-in itself) and "summary" (a report table with a Σ badge: the Create-summaries button).
// Edges are antialiased by supersampling; small sizes drop details that would turn to mush.
import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';

export type IconKind = 'icon' | 'summary';
type Rgb = readonly [number, number, number];
type Shape = (x: number, y: number) => boolean;
interface Layer { readonly shape: Shape; readonly color: Rgb }

/** Every PNG the manifest and the build rely on: file name → kind and pixel size. */
export const ICON_FILES: ReadonlyArray<{ file: string; kind: IconKind; size: number }> = [
  { file: 'icon-16.png', kind: 'icon', size: 16 },
  { file: 'icon-32.png', kind: 'icon', size: 32 },
  { file: 'icon-64.png', kind: 'icon', size: 64 },
  { file: 'icon-80.png', kind: 'icon', size: 80 },
  { file: 'summary-16.png', kind: 'summary', size: 16 },
  { file: 'summary-32.png', kind: 'summary', size: 32 },
  { file: 'summary-80.png', kind: 'summary', size: 80 },
];

const SUPERSAMPLE = 8; // 8×8 samples per pixel

// Palette: greens of a rice field, white for the marks, amber for the summary badge.
const DARK_GREEN: Rgb = [0x1b, 0x5e, 0x20];
const GREEN: Rgb = [0x2e, 0x7d, 0x32];
const FIELD_GREEN: Rgb = [0x66, 0xbb, 0x6a];
const SPROUT: Rgb = [0xc5, 0xe1, 0xa5];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GRID: Rgb = [0x81, 0xc7, 0x84];
const AMBER: Rgb = [0xf9, 0xa8, 0x25];

// ---- geometry in unit coordinates (0..1, y down) ----

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function ellipse(cx: number, cy: number, rx: number, ry: number, angleDeg: number): Shape {
  const a = (angleDeg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const u = dx * cos + dy * sin;
    const v = -dx * sin + dy * cos;
    return (u / rx) ** 2 + (v / ry) ** 2 <= 1;
  };
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

/** A stroked polyline with round caps and joins. */
function stroke(points: ReadonlyArray<readonly [number, number]>, width: number): Shape {
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1];
      const [bx, by] = points[i];
      if (segmentDistance(x, y, ax, ay, bx, by) <= width / 2) return true;
    }
    return false;
  };
}

const and = (a: Shape, b: Shape): Shape => (x, y) => a(x, y) && b(x, y);

// ---- the two designs ----

function checkIconLayers(size: number): Layer[] {
  const tile = roundedRect(0.03, 0.03, 0.97, 0.97, 0.22);
  const small = size < 24;
  const layers: Layer[] = [{ shape: tile, color: GREEN }];
  if (small) {
    // One lighter field band: stripes would alias at 16 px.
    layers.push({ shape: and(tile, (_x, y) => y >= 0.75), color: FIELD_GREEN });
  } else {
    // Curved furrows: rows bend down towards the edges like a field seen in perspective.
    const furrow: Shape = (x, y) => {
      const d = y - 0.68 - 0.25 * (x - 0.5) ** 2;
      return d >= 0 && d % 0.1 < 0.05;
    };
    layers.push({ shape: and(tile, furrow), color: FIELD_GREEN });
    // Rice sprout: a stem and two leaves, top left.
    layers.push({ shape: stroke([[0.3, 0.66], [0.3, 0.36]], 0.05), color: SPROUT });
    layers.push({ shape: ellipse(0.2, 0.37, 0.11, 0.045, -35), color: SPROUT });
    layers.push({ shape: ellipse(0.39, 0.31, 0.11, 0.045, 35), color: SPROUT });
  }
  const check: Array<[number, number]> = small
    ? [[0.26, 0.5], [0.44, 0.68], [0.78, 0.28]]
    : [[0.42, 0.56], [0.56, 0.7], [0.82, 0.3]];
  layers.push({ shape: stroke(check, small ? 0.17 : 0.12), color: WHITE });
  return layers;
}

function summaryIconLayers(size: number): Layer[] {
  const small = size < 24;
  const sheet = roundedRect(0.08, 0.1, 0.92, 0.9, 0.08);
  const inner = roundedRect(0.13, 0.15, 0.87, 0.85, 0.04);
  const line = small ? 0.07 : 0.04;
  const layers: Layer[] = [
    { shape: sheet, color: DARK_GREEN },
    { shape: inner, color: WHITE },
    { shape: and(sheet, (_x, y) => y <= 0.34), color: GREEN }, // header row
    { shape: and(inner, (_x, y) => Math.abs(y - 0.55) <= line / 2), color: GRID },
    { shape: and(inner, (_x, y) => Math.abs(y - 0.72) <= line / 2), color: GRID },
    { shape: and(and(inner, (_x, y) => y > 0.34), (x) => Math.abs(x - 0.4) <= line / 2), color: GRID },
  ];
  // Σ badge bottom right: the "sum" of the table. At 16 px a Σ is mush: the plain badge stays.
  const badge = circle(0.74, 0.74, small ? 0.24 : 0.22);
  layers.push({ shape: badge, color: AMBER });
  if (!small) {
    const sigma: Array<[number, number]> = [[0.82, 0.64], [0.66, 0.64], [0.75, 0.74], [0.66, 0.84], [0.82, 0.84]];
    layers.push({ shape: and(badge, stroke(sigma, 0.05)), color: WHITE });
  }
  return layers;
}

/** Renders one icon as an RGBA PNG image (not yet encoded). */
export function renderIcon(kind: IconKind, size: number): PNG {
  const layers = kind === 'icon' ? checkIconLayers(size) : summaryIconLayers(size);
  const png = new PNG({ width: size, height: size });
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums over the subsamples: the topmost layer covering a sample wins.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          for (let i = layers.length - 1; i >= 0; i--) {
            if (layers[i].shape(x, y)) {
              const c = layers[i].color;
              r += c[0]; g += c[1]; b += c[2]; a += 1;
              break;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      png.data[o] = a ? Math.round(r / a) : 0;
      png.data[o + 1] = a ? Math.round(g / a) : 0;
      png.data[o + 2] = a ? Math.round(b / a) : 0;
      png.data[o + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return png;
}

/** Writes every icon of ICON_FILES into outDir; returns the paths written. */
export function buildIcons(outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  return ICON_FILES.map(({ file, kind, size }) => {
    const target = path.join(outDir, file);
    fs.writeFileSync(target, PNG.sync.write(renderIcon(kind, size)));
    return target;
  });
}

if (require.main === module) {
  const written = buildIcons(path.resolve(__dirname, '..', 'assets'));
  for (const file of written) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
