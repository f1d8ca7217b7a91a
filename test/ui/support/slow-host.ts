// A MemoryHost whose next read waits until release(): the pane stays busy in between,
// so a test can look at it mid-run.
import type { WorkbookData } from '../../../src/domain/model/grid';
import { MemoryHost } from './memory-host';
import { sampleData } from './sample';

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
