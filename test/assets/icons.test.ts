// The committed icons: sizes match their names, they are real drawings (not blank, not one
// colour, transparent corners), the two sets differ, and they are what build-icons.ts draws.
import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';
import { ICON_FILES, renderIcon } from '../../scripts/build-icons';

const ASSETS = path.resolve(__dirname, '..', '..', 'assets');
const pngFiles = fs.readdirSync(ASSETS).filter((f) => f.endsWith('.png')).sort();
const read = (file: string) => PNG.sync.read(fs.readFileSync(path.join(ASSETS, file)));

describe('assets/*.png', () => {
  it('holds the icon sizes the manifest needs (16/32/64/80 add-in, 16/32/80 summary)', () => {
    expect(pngFiles).toEqual(
      ['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'summary-16.png', 'summary-32.png', 'summary-80.png'],
    );
  });

  it.each(pngFiles)('%s is square and as large as its name says', (file) => {
    const size = Number(/-(\d+)\.png$/.exec(file)![1]);
    const png = read(file);
    expect([png.width, png.height]).toEqual([size, size]);
  });

  it.each(pngFiles)('%s is a drawing: several colours, a filled body, transparent corners', (file) => {
    const png = read(file);
    const { width: w, height: h, data } = png;
    const colours = new Set<number>();
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0) colours.add(data.readUInt32BE(i));
      if (data[i + 3] === 255) opaque++;
    }
    expect(colours.size).toBeGreaterThanOrEqual(6); // antialiased edges + at least 3 fills
    expect(opaque / (w * h)).toBeGreaterThan(0.4);
    // Rounded shapes: the four corner pixels are see-through, so the icon sits well on any ribbon.
    for (const [x, y] of [[0, 0], [w - 1, 0], [0, h - 1], [w - 1, h - 1]]) expect(data[(y * w + x) * 4 + 3]).toBe(0);
    // Some pixels are partly transparent: the edges are antialiased, not jagged.
    let partial = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0 && data[i] < 255) partial++;
    expect(partial).toBeGreaterThan(0);
  });

  it('draws the two buttons differently', () => {
    for (const size of [16, 32, 80]) {
      const a = read(`icon-${size}.png`).data;
      const b = read(`summary-${size}.png`).data;
      let differing = 0;
      for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 60) differing++;
      expect(differing / (size * size)).toBeGreaterThan(0.2);
    }
  });

  it.each(ICON_FILES.map((f) => [f.file, f] as const))('%s is the output of scripts/build-icons.ts', (_file, spec) => {
    const committed = read(spec.file);
    const drawn = renderIcon(spec.kind, spec.size);
    expect(committed.width).toBe(drawn.width);
    expect(Buffer.compare(committed.data, drawn.data)).toBe(0);
  });
});
