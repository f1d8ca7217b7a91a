// The findings, by severity then check code. Each code group folds under its heading (Disclosure)
// and keeps its count, "N / M" when capped, in view while closed. After "Bỏ qua" focus goes to the
// next finding, as a mail client does, not back to the top of a long list.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingGroupCount } from '../../domain/check-types';
import type { Finding, Severity } from '../../domain/model/finding';
import { groupKey, itemKeys, neighbourAfterRemoval, type FindingGroup } from '../findings-view';
import { useI18n } from '../i18n-context';
import { codeName } from '../i18n';
import { Disclosure } from './Disclosure';
import { FindingText } from './FindingText';
import { useShared } from './styles';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  // Findings 8 px apart, a finding's own parts 2–4 px: a "Bỏ qua" wrapped under its text stays with it.
  list: { listStyle: 'none', margin: '6px 0 0', padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  // "Bỏ qua" beside the text, or under it (same tab order) when the text would get under 160 px:
  // at 175 px (200% zoom) it squeezed the text into a column of three words a line.
  item: { display: 'flex', flexWrap: 'wrap', columnGap: '4px', rowGap: '2px', alignItems: 'flex-start', minWidth: 0 },
  itemButton: {
    flexGrow: 1,
    flexBasis: '160px',
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
  current: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    // High contrast replaces both colours with one: the palette's selection colour and a thick edge instead.
    '@media (forced-colors: active)': {
      borderTopColor: 'Highlight',
      borderRightColor: 'Highlight',
      borderBottomColor: 'Highlight',
      borderLeftColor: 'Highlight',
      borderLeftWidth: '6px',
    },
  },
});

export interface FindingsListProps {
  groups: FindingGroup[];
  /** The groups' findings in list order (what Previous / Next walk). */
  order: Finding[];
  counts: FindingGroupCount[];
  /** The office's unit ("Huyện", "Thị xã"): names the checks about the district itself. */
  districtUnit?: string;
  selected?: Finding;
  disabled: boolean;
  isOpen(g: Pick<Finding, 'severity' | 'code'>): boolean;
  onToggle(key: string, open: boolean): void;
  onSelect(f: Finding): void;
  onIgnore(f: Finding): void;
  /** Called when "Bỏ qua" removed the last finding: focus has nowhere left in the list. */
  onEmptied(): void;
}

export function FindingsList(p: FindingsListProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const s = useStyles();
  const shared = useShared();
  const items = React.useRef(new Map<Finding, HTMLButtonElement>());
  const toggles = React.useRef(new Map<string, HTMLElement>());
  // Trước / Tiếp keep focus on themselves: the finding they select is brought into view, also in a
  // group they just opened (after the render that opens it).
  React.useEffect(() => {
    if (p.selected) items.current.get(p.selected)?.scrollIntoView?.({ block: 'nearest' });
  }, [p.selected]);
  const ignore = (f: Finding) => {
    const next = neighbourAfterRemoval(p.order, f);
    // In a closed group the finding cannot take focus: its group's heading stands for it.
    const target = next && (p.isOpen(next) ? items.current.get(next) : toggles.current.get(groupKey(next)));
    p.onIgnore(f);
    if (target) target.focus();
    else p.onEmptied();
  };

  return (
    <>
      {SEVERITIES.map((sev) => {
        const mine = p.groups.filter((g) => g.severity === sev);
        if (!mine.length) return null;
        const sevTotal = p.counts.filter((c) => c.severity === sev).reduce((n, c) => n + c.total, 0);
        return (
          <section key={sev} className={shared.section} aria-labelledby={`sev-${sev}`}>
            <h3 className={shared.subheading} id={`sev-${sev}`}>
              {t.severities[sev]} ({sevTotal})
            </h3>
            {mine.map((g) => {
              const k = groupKey(g);
              const keys = itemKeys(g.items);
              const open = p.isOpen(g);
              return (
                <Disclosure
                  key={g.code}
                  label={`${codeName(t, g.code, p.districtUnit)} (${t.groupCount(g.shown, g.total)})`}
                  open={open}
                  onToggle={(o) => p.onToggle(k, o)}
                  toggleRef={(el) => {
                    if (el) toggles.current.set(k, el);
                    else toggles.current.delete(k);
                  }}
                >
                  <ul className={s.list}>
                    {g.items.map((f, i) => {
                      const current = f === p.selected;
                      return (
                        <li key={keys[i]} className={s.item}>
                          <button
                            type="button"
                            className={`${s.itemButton} ${current ? s.current : ''}`}
                            aria-current={current ? 'true' : undefined}
                            onClick={() => p.onSelect(f)}
                            ref={(el) => {
                              if (el) items.current.set(f, el);
                              else items.current.delete(f);
                            }}
                          >
                            <FindingText finding={f} />
                          </button>
                          <Button size="small" className={shared.wrapButton} disabled={p.disabled} aria-label={t.ignoreLabel(f.message[lang])} onClick={() => ignore(f)}>
                            {t.ignore}
                          </Button>
                        </li>
                      );
                    })}
                  </ul>
                </Disclosure>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
