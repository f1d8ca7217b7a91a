// The "Tạo biểu tổng hợp" ribbon command, with its collaborators injected so it can be tested
// without Office: run the one-click check + summaries, tell the user, and always release Office.

export interface CommandOutcome {
  readonly ok: boolean;
  readonly message: string;
}

/** The part of Office.AddinCommands.Event the command uses. */
export interface CommandEvent {
  completed(): void;
}

export interface CreateSummariesDeps {
  /** Checks the workbook and writes the summary sheets (adapters/office/one-click). */
  readonly run: () => Promise<CommandOutcome>;
  /** Shows the outcome to the user; resolves when the notice is gone. */
  readonly notify: (outcome: CommandOutcome) => Promise<void>;
}

/** What the user reads when the run itself threw instead of returning an outcome. */
export function failureOutcome(error: unknown): CommandOutcome {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, message: `Không tạo được biểu tổng hợp. Lỗi: ${detail}` };
}

/**
 * Builds the handler given to Office.actions.associate. event.completed() is called in every
 * case (success, failure, failing notice): otherwise Office keeps the command busy until its
 * 5-minute limit.
 */
export function makeCreateSummaries(deps: CreateSummariesDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      let outcome: CommandOutcome;
      try {
        outcome = await deps.run();
      } catch (error) {
        outcome = failureOutcome(error);
      }
      try {
        await deps.notify(outcome);
      } catch (error) {
        console.error('[ntm] could not show the outcome', error, outcome);
      }
    } finally {
      event.completed();
    }
  };
}
