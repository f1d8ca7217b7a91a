// What the Office adapter needs from its host, injected so tests can pass the fake Excel.
/// <reference types="office-js" />

/** Excel.run with options: the adapter always asks to wait for cell edit mode to end. */
export type ExcelRunner = <T>(
  options: { delayForCellEdit?: boolean },
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Office.context.requirements. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface OfficeHost {
  run: ExcelRunner;
  requirements: Requirements;
}

/** The real host: global Excel and Office, present only inside Office. */
export function officeHost(): OfficeHost {
  return {
    run: ((options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      Excel.run(options, batch)) as ExcelRunner,
    requirements: Office.context.requirements,
  };
}

/** Requirement sets the adapter branches on. 1.9 is the manifest's minimum. */
export const API = {
  mergedAreas: '1.13',
  notes: '1.18',
} as const;

export function supports(req: Requirements | undefined, version: string): boolean {
  if (!req) return false;
  try {
    return req.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}
