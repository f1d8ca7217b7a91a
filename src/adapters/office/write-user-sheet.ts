// Writes a sheet the office owns from then on (the definitions template): under a name no sheet
// has, never recorded in the add-in's state, so no later run deletes or replaces it.
/// <reference types="office-js" />
import type { SheetPlan } from '../../domain/plan/sheet-plan';
import { Batcher } from './batcher';
import { describeOfficeError, type WriteReport } from './errors';
import { queueSheet } from './write-sheets';

export async function writeUserSheet(context: Excel.RequestContext, plan: SheetPlan): Promise<WriteReport> {
  const ws = context.workbook.worksheets;
  const probe = ws.getItemOrNullObject(plan.name);
  probe.load('name');
  await context.sync();
  if (!probe.isNullObject) return { written: [], notWritten: [`trang "${plan.name}" (đã có trang cùng tên)`] };
  const b = new Batcher(context);
  try {
    ws.add(plan.name);
    await queueSheet(b, context, plan, 200);
    b.complete(plan.name);
    await b.flush();
    ws.getItem(plan.name).activate();
    await context.sync();
    return { written: [plan.name], notWritten: [] };
  } catch (e) {
    // Half a template would read as a definitions sheet missing rows: remove it (best effort).
    try {
      const left = ws.getItemOrNullObject(plan.name);
      left.load('name');
      await context.sync();
      if (!left.isNullObject) left.delete();
      await context.sync();
    } catch {
      // The report below says it was not written.
    }
    return { written: [], notWritten: [`trang "${plan.name}"`], error: describeOfficeError(e) };
  }
}
