// The checked copy's file name, for the command line and the pane's download alike.

/**
 * "KH 2023.xlsx" → "KH 2023.checked.xlsx"; an .xlsm (or a template) gives an .xlsx name too: the
 * copy is always an .xlsx package, which Excel refuses to open under .xlsm.
 */
export function checkedName(name: string): string {
  return name.replace(/(\.(?:xlsx|xlsm|xltx|xltm))?$/i, '.checked.xlsx');
}
