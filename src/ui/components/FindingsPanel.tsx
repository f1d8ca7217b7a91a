// The findings: filters, text search, Previous / Next that show the cell, the ignored ones, and the
// list grouped by severity then check code (FindingsList).
import * as React from 'react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../domain/check-types';
import type { Finding, Severity } from '../../domain/model/finding';
import type { WorkbookData } from '../../domain/model/grid';
import type { Message } from '../hooks/usePane';
import { cellAt, isCellError } from '../../domain/model/grid';
import { parseA1 } from '../../domain/model/address';
import { filterFindings, filterOptions, groupFindings, groupKey, isFiltered, namesOf, navigationOrder, openByDefault, type FindingFilter, type Option } from '../findings-view';
import { useI18n } from '../i18n-context';
import { FindingsList } from './FindingsList';
import { IgnoredFindings } from './IgnoredFindings';
import { useShared } from './styles';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
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

/** The chosen option's full name, for the select's title: a closed select cuts a long one ("Phòng
 * Nông nghiệp và Phát triển nông thôn" at 175 px) and these have no hint under them. None for
 * "Tất cả", which is never cut (a title is read again as the description). */
function chosenLabel(options: Option[], value: string | undefined): string | undefined {
  return value ? options.find((o) => o.value === value)?.label : undefined;
}

export interface FindingsPanelProps {
  result: CheckResult;
  data?: WorkbookData;
  selected?: Finding;
  disabled: boolean;
  onSelect(f: Finding | undefined): void;
  onIgnore(f: Finding): void;
  onRestore(): void;
  onRestoreOne(f: Finding): void;
  /** The pane's one live region: the position after Previous / Next and the matches after a filter. */
  onAnnounce(m: Message): void;
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
  // Groups the user opened or closed; the others follow openByDefault.
  const [opened, setOpened] = React.useState<Record<string, boolean>>({});
  const filtered = isFiltered(filter);
  const isOpen = (g: Pick<Finding, 'severity' | 'code'>) => opened[groupKey(g)] ?? openByDefault(g.severity, filtered);
  const go = (i: number) => {
    if (order.length === 0) return;
    const at = (i + order.length) % order.length;
    const f = order[at];
    // The finding shown must be seen in the list: its group opens.
    setOpened((o) => ({ ...o, [groupKey(f)]: true }));
    // Focus stays on the button: the position beside it would change unheard.
    p.onAnnounce((t) => t.positionAnnounce(at + 1, order.length, f.message));
    p.onSelect(f);
  };
  const set = (k: keyof FindingFilter) => (_: unknown, d: { value: string }) => {
    const next = { ...filter, [k]: d.value || undefined };
    setFilter(next);
    // A new filter shows its matches: the groups go back to their default (all open while filtered).
    setOpened({});
    const left = navigationOrder(groupFindings(filterFindings(p.result.findings, next, names), p.result.counts));
    const at = p.selected ? left.indexOf(p.selected) + 1 : 0;
    p.onAnnounce((t) => t.matchingAnnounce(left.length, at || undefined));
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
      <div className={shared.fieldRow}>
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
          <Select value={filter.commune ?? ''} onChange={set('commune')} className={shared.full} title={chosenLabel(options.communes, filter.commune)}>
            <option value="">{t.filterAll}</option>
            {options.communes.map((o) => (
              <option key={o.value} value={o.value} title={o.label}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={shared.field} label={t.filterDepartment}>
          <Select value={filter.department ?? ''} onChange={set('department')} className={shared.full} title={chosenLabel(options.departments, filter.department)}>
            <option value="">{t.filterAll}</option>
            {options.departments.map((o) => (
              <option key={o.value} value={o.value} title={o.label}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        {/* A hint, not a placeholder: one is cut at 175 px and gone once typing starts. */}
        <Field className={shared.full} label={t.search} hint={t.searchHint}>
          <Input type="search" value={filter.text ?? ''} onChange={set('text')} className={shared.full} />
        </Field>
      </div>
      {/* Not a live region: a filter change says this in the pane's one (onAnnounce), with the position. */}
      <p className={shared.hint}>
        {t.matching(order.length)}
      </p>
      <div className={shared.row} role="group" aria-label={t.findingsHeading(order.length)}>
        <Button className={shared.wrapButton} disabled={order.length === 0} onClick={() => go(index < 0 ? order.length - 1 : index - 1)}>
          {t.previous}
        </Button>
        {/* Only once a finding is selected: "0/102" read as if a finding were number 0. */}
        {index >= 0 && <span className={shared.text}>{t.position(index + 1, order.length)}</span>}
        <Button className={shared.wrapButton} disabled={order.length === 0} onClick={() => go(index + 1)}>
          {t.next}
        </Button>
      </div>
      {p.selected?.sheet && p.selected.cell && (
        <div className={s.preview} data-testid="cell-preview">
          <p className={shared.text}>{t.selectedCell(p.selected.sheet, p.selected.cell)}</p>
          {/* A blank cell (a missing lead department) is said: "Nội dung ô: " with nothing read as cut off. */}
          {preview !== undefined && <p className={shared.hint}>{preview.trim() ? t.cellValue(preview) : t.cellEmpty}</p>}
        </div>
      )}
      {p.result.ignoredCount > 0 && (
        <IgnoredFindings
          count={p.result.ignoredCount}
          findings={p.result.ignoredFindings ?? []}
          disabled={p.disabled}
          onRestoreAll={restore}
          onRestore={p.onRestoreOne}
          onEmptied={() => headingRef.current?.focus()}
        />
      )}
      {order.length === 0 && <p className={shared.text}>{t.noFindings}</p>}
      <FindingsList
        groups={groups}
        order={order}
        counts={p.result.counts}
        districtUnit={p.result.summary.districtUnit}
        selected={p.selected}
        disabled={p.disabled}
        isOpen={isOpen}
        onToggle={(k, open) => setOpened((o) => (o[k] === open ? o : { ...o, [k]: open }))}
        onSelect={p.onSelect}
        onIgnore={p.onIgnore}
        onEmptied={() => headingRef.current?.focus()}
      />
    </section>
  );
}
