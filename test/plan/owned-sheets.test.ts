// Which sheets are the add-in's: those its state lists, never a sheet merely named "TH_…".
import { ownedSheets, isStateSheetName } from '../../src/domain/plan/owned-sheets';

test('the state\'s list decides, without regard to case', () => {
  const owned = ownedSheets({ settings: { ignored: [] }, summarySheets: ['TH_Theo xã', 'TH_Chú giải'] });
  expect(owned('TH_Theo xã')).toBe(true);
  expect(owned('th_theo XÃ')).toBe(true);
  expect(owned('TH_Tổng hợp')).toBe(false);
  expect(owned('Phân công')).toBe(false);
});

test('no state: nothing is the add-in\'s, a "TH_" sheet is the user\'s', () => {
  expect(ownedSheets(undefined)('TH_Theo xã')).toBe(false);
});

test('a state written before the list existed owns every "TH_" sheet, as the add-in did then', () => {
  const owned = ownedSheets({ settings: { ignored: [] } });
  expect(owned('TH_Theo xã')).toBe(true);
  expect(owned('Phân công')).toBe(false);
});

test('the state sheet is known by its name in any case', () => {
  expect(isStateSheetName('_NTM_STATE')).toBe(true);
  expect(isStateSheetName('TH_Theo xã')).toBe(false);
});
