// Queues writes and syncs only when the next write would push the batch past the byte
// budget, so small workbooks take one round trip and large ones never hit Excel's limit.
// Also suspends screen updating once per batch (never twice: office-js#545) and keeps
// track of which labelled steps reached Excel, for the WriteReport.
/// <reference types="office-js" />
import { BATCH_BUDGET_BYTES } from './payload';

export class Batcher {
  private bytes = 0;
  private suspended = false;
  private queued = false;
  /** Labels whose writes are queued but not yet synced. */
  private pending: string[] = [];
  readonly done: string[] = [];
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = BATCH_BUDGET_BYTES,
    private readonly suspendScreen = true,
  ) {}

  /** Call before queueing a write of about `bytes`: syncs first if the batch would overflow. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued && this.bytes + bytes > this.budget) await this.flush();
    if (this.suspendScreen && !this.suspended) {
      this.context.workbook.application.suspendScreenUpdatingUntilNextSync();
      this.suspended = true;
    }
    this.bytes += bytes;
    this.queued = true;
  }

  /** The writes queued so far complete `label` once they are synced. */
  complete(label: string): void {
    this.pending.push(label);
  }

  async flush(): Promise<void> {
    if (!this.queued) {
      for (const p of this.pending) this.done.push(p);
      this.pending = [];
      return;
    }
    await this.context.sync();
    this.syncs++;
    this.bytes = 0;
    this.suspended = false;
    this.queued = false;
    for (const p of this.pending) this.done.push(p);
    this.pending = [];
  }

  /** Labels queued but lost with a failed sync. */
  get unfinished(): string[] {
    return [...this.pending];
  }
}
