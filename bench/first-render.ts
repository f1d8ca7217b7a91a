// Time to first render of the task pane in a real browser (Debian's chromium, headless), on a
// production build served on localhost: the pane's own mark (script start → first React
// commit) and navigation → first contentful paint. Median of several fresh page loads.
import * as fs from 'fs';
import * as path from 'path';
import type { Server } from 'http';

export const CHROMIUM = '/usr/bin/chromium';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDir } = require('../scripts/serve-dist.js') as { serveDir(dir: string, port?: number): Promise<{ server: Server; url: string }> };

export interface FirstRender {
  runs: number;
  /** Pane script start → first render, median, ms. */
  scriptToRenderMs: number;
  /** Navigation start → first contentful paint, median, ms. */
  navigationToPaintMs: number;
}

export async function measureFirstRender(dir: string, runs = 5): Promise<FirstRender | undefined> {
  if (!fs.existsSync(CHROMIUM)) return undefined;
  const { server, url } = await serveDir(dir);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const script: number[] = [];
  const paint: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context each time: nothing cached between loads.
      const context = await browser.newContext({ viewport: { width: 350, height: 700 }, locale: 'vi-VN' });
      // Nothing but localhost: office.js and the pane are served from the build.
      await context.route('**/*', (route) => (['127.0.0.1', 'localhost'].includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.goto(url + 'taskpane.html');
      await page.getByRole('button', { name: 'Dùng tệp mẫu' }).waitFor();
      const f = await page.evaluate(() => ({
        mark: (window as unknown as { __ntmFirstRenderMs?: number }).__ntmFirstRenderMs ?? -1,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
      }));
      script.push(f.mark);
      paint.push(f.fcp);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
  return { runs, scriptToRenderMs: median(script), navigationToPaintMs: median(paint) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor((s.length - 1) / 2)]);
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, '..', 'dist');
  measureFirstRender(dir).then(
    (r) => console.log(r ? JSON.stringify(r) : `${CHROMIUM} not found`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
