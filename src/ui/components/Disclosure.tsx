// A heading that folds what follows it: <h4><button aria-expanded aria-controls> over a panel.
// Not <details>/<summary>: some screen readers leave a heading inside <summary> out of heading
// navigation, so the findings' group names could not be reached that way. Closed, the panel is
// hidden "until-found": find in page still reaches a finding in it and opens it (as <details> did).
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    display: 'flex',
    alignItems: 'baseline',
    gap: '6px',
    width: '100%',
    padding: '2px',
    margin: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // The triangle <summary> showed: right when closed, down when open.
  mark: { flexShrink: 0, width: '8px', height: '8px', transition: 'transform 0.1s' },
  markOpen: { transform: 'rotate(90deg)' },
});

export interface DisclosureProps {
  /** The heading's words (also the button's name). */
  label: string;
  /** The heading's level: 4 under a severity (findings), 3 for the recognized sheets under "Thiết lập". */
  level?: 3 | 4;
  open: boolean;
  onToggle(open: boolean): void;
  /** The button, so that focus can be put on the group when its findings are hidden. */
  toggleRef?: (el: HTMLButtonElement | null) => void;
  children: React.ReactNode;
}

export function Disclosure(p: DisclosureProps): React.JSX.Element {
  const s = useStyles();
  const id = React.useId();
  const panel = React.useRef<HTMLDivElement>(null);
  const toggle = React.useRef<HTMLButtonElement | null>(null);
  // React knows `hidden` only as a boolean: "until-found" is set on the element after it renders.
  React.useLayoutEffect(() => {
    if (p.open) return;
    panel.current?.setAttribute('hidden', 'until-found');
    // Folded by something else than its button (a new check) with focus inside: the button takes
    // it, or Chromium would drop focus to the page and the next Tab start from the top.
    if (panel.current?.contains(document.activeElement)) toggle.current?.focus();
  }, [p.open]);
  // Find in page opened it (the browser removed `hidden`): the state follows.
  const onToggle = React.useRef(p.onToggle);
  onToggle.current = p.onToggle;
  React.useEffect(() => {
    const el = panel.current;
    const found = () => onToggle.current(true);
    el?.addEventListener('beforematch', found);
    return () => el?.removeEventListener('beforematch', found);
  }, []);
  const Heading = p.level === 3 ? 'h3' : 'h4';
  return (
    <div>
      <Heading className={s.heading}>
        <button
          type="button"
          className={s.toggle}
          aria-expanded={p.open}
          aria-controls={id}
          onClick={() => p.onToggle(!p.open)}
          ref={(el) => {
            toggle.current = el;
            p.toggleRef?.(el);
          }}
        >
          <svg className={`${s.mark} ${p.open ? s.markOpen : ''}`} viewBox="0 0 8 8" aria-hidden="true" focusable="false">
            <path d="M1 0 L7 4 L1 8 Z" fill="currentColor" />
          </svg>
          <span>{p.label}</span>
        </button>
      </Heading>
      <div id={id} ref={panel} hidden={!p.open}>
        {p.children}
      </div>
    </div>
  );
}
