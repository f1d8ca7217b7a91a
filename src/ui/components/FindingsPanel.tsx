// Findings grouped by severity then check code, with counts ("N / M" when the engine capped
// a group), filters, text search, Previous / Next that show the cell, and "Bỏ qua".
import * as React from 'react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../domain/check-types';
import type { Finding, Severity } from '../../domain/model/finding';
import type { WorkbookData } from '../../domain/model/grid';
import { cellAt, isCellError } from '../../domain/model/grid';
import { parseA1 } from '../../domain/model/address';
import { filterFindings, filterOptions, groupFindings, namesOf, navigationOrder, type FindingFilter } from '../findings-view';
import { useI18n } from '../i18n-context';
import { useShared } from './styles';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: { display: 'flex', gap: '4px', alignItems: 'flex-start', minWidth: 0 },
  itemButton: {
    flexGrow: 1,
    minWidth: 0,
    textAlign: 'start',
    background: 'none',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '4px 6px',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Selected },
  where: { display: 'block', color: tokens.colorNeutralForeground2 },
  preview: { padding: '6px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
});

function cellText(data: WorkbookData | undefined, sheet: string, a1: string): string | undefined {
  const ws = data?.sheets.find((s) => s.name === sheet);
  const rc = parseA1(a1);
  if (!ws || !rc) return undefined;
  const v = cellAt(ws, rc.row, rc.col);
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return String(v);
}

export interface FindingsPanelProps {
  result: CheckResult;
  data?: WorkbookData;
  selected?: Finding;
  disabled: boolean;
  onSelect(f: Finding | undefined): void;
  onIgnore(f: Finding): void;
  onRestore(): void;
}

export function FindingsPanel(p: FindingsPanelProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const s = useStyles();
  const shared = useShared();
  const [filter, setFilter] = React.useState<FindingFilter>({});
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const names = React.useMemo(() => namesOf(p.result), [p.result]);
  const options = React.useMemo(() => filterOptions(p.result.findings, names), [p.result, names]);
  const groups = React.useMemo(() => groupFindings(filterFindings(p.result.findings, filter, names), p.result.counts), [p.result, filter, names]);
  const order = React.useMemo(() => navigationOrder(groups), [groups]);
  const total = p.result.counts.reduce((n, c) => n + c.total, 0);
  const index = p.selected ? order.indexOf(p.selected) : -1;
  const go = (i: number) => {
    if (order.length === 0) return;
    p.onSelect(order[(i + order.length) % order.length]);
  };
  const set = (k: keyof FindingFilter) => (_: unknown, d: { value: string }) => setFilter((f) => ({ ...f, [k]: d.value || undefined }));
  const ignore = (f: Finding) => {
    p.onIgnore(f);
    // The item's buttons disappear: keep keyboard focus in the list's context.
    headingRef.current?.focus();
  };
  const restore = () => {
    p.onRestore();
    // "Hiện lại" disappears with the ignored findings: the same place for focus.
    headingRef.current?.focus();
  };
  const preview = p.selected?.sheet && p.selected.cell ? cellText(p.data, p.selected.sheet, p.selected.cell) : undefined;

  return (
    <section className={shared.section} aria-labelledby="findings-h">
      <h2 className={shared.heading} id="findings-h" tabIndex={-1} ref={headingRef}>
        {t.findingsHeading(total)}
      </h2>
      <div className={shared.row}>
        <Field className={shared.field} label={t.filterSeverity}>
          <Select value={filter.severity ?? ''} onChange={set('severity')} className={shared.full}>
            <option value="">{t.filterAll}</option>
            {SEVERITIES.map((x) => (
              <option key={x} value={x}>
                {t.severities[x]}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={shared.field} label={t.filterSheet}>
          <Select value={filter.sheet ?? ''} onChange={set('sheet')} className={shared.full}>
            <option value="">{t.filterAll}</option>
            {options.sheets.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={shared.field} label={t.filterCommune}>
          <Select value={filter.commune ?? ''} onChange={set('commune')} className={shared.full}>
            <option value="">{t.filterAll}</option>
            {options.communes.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={shared.field} label={t.filterDepartment}>
          <Select value={filter.department ?? ''} onChange={set('department')} className={shared.full}>
            <option value="">{t.filterAll}</option>
            {options.departments.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={shared.full} label={t.search}>
          <Input type="search" value={filter.text ?? ''} placeholder={t.searchPlaceholder} onChange={set('text')} className={shared.full} />
        </Field>
      </div>
      <p className={shared.hint} aria-live="polite">
        {t.matching(order.length)}
      </p>
      <div className={shared.row} role="group" aria-label={t.findingsHeading(order.length)}>
        <Button className={shared.wrapButton} disabled={order.length === 0} onClick={() => go(index < 0 ? order.length - 1 : index - 1)}>
          {t.previous}
        </Button>
        <span className={shared.text}>{t.position(index + 1, order.length)}</span>
        <Button className={shared.wrapButton} disabled={order.length === 0} onClick={() => go(index + 1)}>
          {t.next}
        </Button>
      </div>
      {p.selected?.sheet && p.selected.cell && (
        <div className={s.preview} data-testid="cell-preview">
          <p className={shared.text}>{t.selectedCell(p.selected.sheet, p.selected.cell)}</p>
          {preview !== undefined && <p className={shared.hint}>{t.cellValue(preview)}</p>}
        </div>
      )}
      {p.result.ignoredCount > 0 && (
        <div className={shared.row}>
          <p className={shared.text}>{t.ignoredCount(p.result.ignoredCount)}</p>
          <Button className={shared.wrapButton} disabled={p.disabled} onClick={restore}>
            {t.restoreIgnored}
          </Button>
        </div>
      )}
      {order.length === 0 && <p className={shared.text}>{t.noFindings}</p>}
      {SEVERITIES.map((sev) => {
        const mine = groups.filter((g) => g.severity === sev);
        if (!mine.length) return null;
        const sevTotal = p.result.counts.filter((c) => c.severity === sev).reduce((n, c) => n + c.total, 0);
        return (
          <section key={sev} className={shared.section} aria-labelledby={`sev-${sev}`}>
            <h3 className={shared.subheading} id={`sev-${sev}`}>
              {t.severities[sev]} ({sevTotal})
            </h3>
            {mine.map((g) => (
              <section key={g.code} className={shared.section} aria-labelledby={`grp-${sev}-${g.code}`}>
                <h4 className={shared.subheading} id={`grp-${sev}-${g.code}`}>
                  {t.codeNames[g.code] ?? g.code} ({t.groupCount(g.shown, g.total)})
                </h4>
                <ul className={s.list}>
                  {g.items.map((f, i) => {
                    const current = f === p.selected;
                    return (
                      <li key={`${f.key}#${i}`} className={s.item}>
                        <button
                          type="button"
                          className={`${s.itemButton} ${current ? s.current : ''}`}
                          aria-current={current ? 'true' : undefined}
                          onClick={() => p.onSelect(f)}
                        >
                          {f.message[lang]}
                          {f.sheet && (
                            <span className={s.where}>
                              {f.sheet}
                              {f.cell ? `!${f.cell}` : ''}
                            </span>
                          )}
                        </button>
                        <Button size="small" className={shared.wrapButton} disabled={p.disabled} aria-label={t.ignoreLabel(f.message[lang])} onClick={() => ignore(f)}>
                          {t.ignore}
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </section>
        );
      })}
    </section>
  );
}
