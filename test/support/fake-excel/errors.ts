// Errors shaped like OfficeExtension.Error ("RichApi.Error"): adapters branch on `code`,
// never on the message, because Office localizes messages but not codes.

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Office's text for reading a property that was not loaded and synced. */
export function propertyNotLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export const ERR = {
  itemNotFound: (what: string) => new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`),
  itemAlreadyExists: (what: string) => new FakeOfficeError('ItemAlreadyExists', `The resource with the same name or ID already exists. (${what})`),
  invalidArgument: (what: string) => new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${what})`),
  invalidOperation: (what: string) => new FakeOfficeError('InvalidOperation', `The requested operation is invalid. (${what})`),
  accessDenied: (sheet: string) =>
    new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet. (${sheet})`),
  apiNotFound: (api: string, set: string) =>
    new FakeOfficeError('ApiNotFound', `The method or property ${api} is part of the ${set} requirement set, which is not available in your version of Office.`),
  requestTooLarge: (bytes: number) =>
    new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit. (${bytes} bytes)`),
  responseTooLarge: (bytes: number) =>
    new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit. (${bytes} bytes)`),
  cellEditMode: () =>
    new FakeOfficeError(
      'InvalidOperationInCellEditMode',
      'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
    ),
};
