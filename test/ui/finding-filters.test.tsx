/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The pane's Xã / Cơ quan filters on the Trà Cú sample: an overdue item is found by each commune it
// names and each of its leads, the two filters together, and the cut names have their full text
// as a title. Counts by hand: see test/engine/findings-about-several.test.ts.
import { fireEvent, screen } from '@testing-library/react';
import './support/jsdom-globals';
import { MemoryHost } from './support/memory-host';
import { sampleData } from './support/sample';
import { clickAndWait, renderPane } from './support/render';

jest.setTimeout(60000);

test('Xã = Long Hiệp, then Cơ quan = KT-HT; every option and the chosen select say the full name', async () => {
  await renderPane({ host: new MemoryHost(await sampleData()) });
  await clickAndWait('Kiểm tra');
  const commune = screen.getByLabelText('Xã') as HTMLSelectElement;
  const department = screen.getByLabelText('Cơ quan') as HTMLSelectElement;
  // The fourth lead of row 35 leads nothing alone: it is offered all the same.
  expect([...department.options].map((o) => o.text)).toContain('Hội Liên hiệp Phụ nữ huyện');
  for (const o of [...commune.options, ...department.options].filter((x) => x.value)) expect(o.title).toBe(o.text);

  fireEvent.change(commune, { target: { value: 'xa:long hiệp' } });
  // 12 overdue, 3 due soon, 2 without a lead where it meets them, 2 unmet lists, the district condition.
  expect(screen.getByText('20 phát hiện khớp')).toBeTruthy();
  expect(commune.title).toBe('Long Hiệp');

  fireEvent.change(department, { target: { value: 'kt-ht' } });
  // Nâng cao 1, 2, 7, 9 (KT-HT alone) and 17, 18 (KT-HT among four leads).
  expect(screen.getByText('6 phát hiện khớp')).toBeTruthy();
  expect(department.title).toBe('Phòng Kinh tế và Hạ tầng');

  fireEvent.change(commune, { target: { value: '' } });
  expect(commune.title).toBe('');
});
