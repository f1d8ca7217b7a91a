// The findings set aside with "Bỏ qua": how many, "Hiện lại tất cả", and under a folded heading each
// one with its own "Hiện lại". There was only the all-at-once button: one finding ignored by mistake
// could be brought back only with every other the office had weighed and set aside.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../domain/model/finding';
import { itemKeys, neighbourAfterRemoval } from '../findings-view';
import { useI18n } from '../i18n-context';
import { Disclosure } from './Disclosure';
import { FindingText } from './FindingText';
import { useShared } from './styles';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: '6px 0 0', padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  // The button beside the text, or under it when the text would get under 160 px (as "Bỏ qua").
  item: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '2px', alignItems: 'flex-start', minWidth: 0 },
  text: { flexGrow: 1, flexBasis: '160px', minWidth: 0, margin: 0, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
});

export interface IgnoredFindingsProps {
  count: number;
  findings: Finding[];
  disabled: boolean;
  onRestoreAll(): void;
  onRestore(f: Finding): void;
  /** Where focus goes when nothing is left to bring back (the findings' heading). */
  onEmptied(): void;
}

export function IgnoredFindings(p: IgnoredFindingsProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const s = useStyles();
  const shared = useShared();
  const [open, setOpen] = React.useState(false);
  const buttons = React.useRef(new Map<Finding, HTMLButtonElement>());
  const keys = itemKeys(p.findings);
  const restore = (f: Finding) => {
    // The list closes over the gap: focus on the next one's button, or the previous after the last
    // (findings of the same key come back together).
    const next = neighbourAfterRemoval(p.findings, f);
    p.onRestore(f);
    const target = next && buttons.current.get(next);
    if (target) target.focus();
    else p.onEmptied();
  };
  return (
    <div className={shared.section}>
      <div className={shared.row}>
        <p className={shared.text}>{t.ignoredCount(p.count)}</p>
        <Button className={shared.wrapButton} disabled={p.disabled} onClick={p.onRestoreAll}>
          {t.restoreIgnored}
        </Button>
      </div>
      {p.findings.length > 0 && (
        <Disclosure level={3} label={t.ignoredList(p.findings.length)} open={open} onToggle={setOpen}>
          {/* Rendered only open: folded "until found", find in page would stop on a finding set aside. */}
          {open && (
            <ul className={s.list}>
              {p.findings.map((f, i) => (
                <li key={keys[i]} className={s.item}>
                  <p className={s.text}>
                    <FindingText finding={f} />
                  </p>
                  <Button
                    size="small"
                    className={shared.wrapButton}
                    disabled={p.disabled}
                    aria-label={t.restoreOneLabel(f.message[lang])}
                    onClick={() => restore(f)}
                    ref={(el) => {
                      if (el instanceof HTMLButtonElement) buttons.current.set(f, el);
                      else buttons.current.delete(f);
                    }}
                  >
                    {t.restoreOne}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </Disclosure>
      )}
    </div>
  );
}
