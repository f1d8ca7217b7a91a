// A MemoryHost whose next read waits until release(): the pane stays busy in between,
// so a test can look at it mid-run.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { WorkbookData } from '../../../src/domain/model/grid';
import { createFileHost, type FileHost } from '../../../src/ui/file-host';
import { openWorkbook } from '../../../src/ui/file-ops';
import { MemoryHost } from './memory-host';
import { sampleData } from './sample';
import { renderPane } from './render';

export class SlowHost extends MemoryHost {
  private gate?: Promise<void>;
  private open?: () => void;
  hold(): void {
    this.gate = new Promise((r) => (this.open = r));
  }
  release(): void {
    this.open?.();
    this.gate = undefined;
  }
  override async read(): Promise<WorkbookData> {
    if (this.gate) await this.gate;
    return super.read();
  }
}

/** A SlowHost over the bundled sample. */
export async function slowSampleHost(): Promise<SlowHost> {
  return new SlowHost(await sampleData());
}

/** The pane rendered over a SlowHost of the sample: the start of every mid-run test. */
export async function paneOverSlowSample(): Promise<SlowHost> {
  const host = await slowSampleHost();
  await renderPane({ host });
  return host;
}

/** Holds the next read, clicks `button` and waits until the pane shows its progress bar. */
export async function startHeldRun(host: SlowHost, button: string): Promise<HTMLElement> {
  host.hold();
  const b = screen.getByRole('button', { name: button });
  fireEvent.click(b);
  await waitFor(() => expect(screen.getByRole('progressbar')).toBeTruthy());
  return b;
}

/** Lets the held read go on and waits until the pane is idle again. */
export async function finishHeldRun(host: SlowHost): Promise<void> {
  await act(async () => host.release());
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
}

/** A file host whose opening waits until `open()`; `sizes` lists the files it was asked to open. */
export function gatedFileHost(): { host: FileHost; open: () => void; sizes: number[] } {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  const sizes: number[] = [];
  const host = createFileHost({ openWorkbook: async (b) => (sizes.push(b.byteLength), await opened, openWorkbook(b)), saveFile: () => undefined });
  return { host, open: () => open(), sizes };
}
