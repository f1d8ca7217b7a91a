// Shared layout rules: everything wraps at 350 px, nothing scrolls sideways.
import { createCustomFocusIndicatorStyle, makeStyles, tokens } from '@fluentui/react-components';

/** Fluent's focus outline (2 px, colorStrokeFocus2, as its buttons draw it), as a plain outline: an
 * inline link's text may wrap, which the buttons' ::after frame cannot follow. */
const FOCUS_OUTLINE = {
  outlineStyle: 'solid',
  outlineWidth: '2px',
  outlineColor: tokens.colorStrokeFocus2,
  outlineOffset: '2px',
  borderRadius: tokens.borderRadiusSmall,
} as const;

export const useShared = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end', minWidth: 0 },
  // Fields side by side: labels on one line at the top, whatever hint one has under it.
  fieldRow: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-start', minWidth: 0 },
  // Buttons whose label may be long (pseudo-localized, English): wrap instead of overflowing.
  wrapButton: { whiteSpace: 'normal', height: 'auto', minHeight: '32px', maxWidth: '100%', textAlign: 'start', overflowWrap: 'anywhere' },
  // Two to a row from a 342 px pane (Excel's default ~350); one under it, where a closed select
  // cut its own words ("Chưa chọn vùn" at 320 px).
  field: { minWidth: 0, flexGrow: 1, flexBasis: '155px', maxWidth: '100%' },
  full: { width: '100%', maxWidth: '100%', minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  text: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground1 },
  hint: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  /** A sentence that needs attention: warning colours and a border, and words that say it (not colour alone). */
  note: {
    margin: 0,
    padding: '8px 10px',
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `1px solid ${tokens.colorStatusWarningBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  /** A Fluent Link's keyboard focus: its own is a double underline, hard to tell from the link's
   * underline. Both selectors: the native one is Link's too, and would otherwise win by order. */
  linkFocus: { ':focus-visible': FOCUS_OUTLINE, ...createCustomFocusIndicatorStyle(FOCUS_OUTLINE) },
  /** Nothing could be checked: danger colours, a border, and a first line that says it in words. */
  error: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    margin: 0,
    padding: '8px 10px',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `1px solid ${tokens.colorStatusDangerBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});
