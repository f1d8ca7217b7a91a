// The task pane: settings, actions, progress, headline figures and findings, in the order
// a keyboard user tabs through them. Same component inside Excel and in a plain browser.
import * as React from 'react';
import { Button, FluentProvider, Link, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { IsoDate } from '../../domain/model/dates';
import { CATALOGS, type Catalog, type UiLang } from '../i18n';
import { I18nProvider } from '../i18n-context';
import type { WorkbookHost } from '../host';
import type { FileHost } from '../file-host';
import { usePane } from '../hooks/usePane';
import { vietnamToday } from '../vietnam-date';
import { periodNote } from '../period-note';
import { FileOpener } from './FileOpener';
import { FindingsPanel } from './FindingsPanel';
import { Headline } from './Headline';
import { SettingsPanel } from './SettingsPanel';
import { SheetKinds } from './SheetKinds';
import { StatusArea } from './StatusArea';
import { UnusableMessage, findingsWorthShowing } from './UnusableMessage';
import { useShared } from './styles';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '16px',
    padding: '12px',
    boxSizing: 'border-box',
    maxWidth: '100%',
    minWidth: 0,
    overflowX: 'hidden',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: '8px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

export interface AppProps {
  host: WorkbookHost;
  initialLang: UiLang;
  /** Replaces the catalogs (pseudo-localization tests). */
  catalogs?: Record<UiLang, Catalog>;
  today?: () => IsoDate;
  fetchSample?: () => Promise<ArrayBuffer>;
  /** Most findings listed per check code (the engine's default when absent). */
  capPerCheck?: number;
}

export function App(props: AppProps): React.JSX.Element {
  const [lang, setLang] = React.useState<UiLang>(props.initialLang);
  const t = (props.catalogs ?? CATALOGS)[lang];
  const today = React.useCallback(() => (props.today ?? vietnamToday)(), [props.today]);
  const [state, act] = usePane(props.host, today, props.capPerCheck);
  const s = useStyles();
  const shared = useShared();
  const busy = Boolean(state.busy);
  const fileMode = props.host.kind === 'file';
  const hasWorkbook = !fileMode || Boolean(state.fileName);
  const result = state.result;
  const checkRef = React.useRef<HTMLButtonElement>(null);
  const openRef = React.useRef<HTMLButtonElement>(null);
  // "Kiểm tra", or "Mở tệp Excel" while no workbook is open (file mode): where the pane starts.
  const firstAction = () => [checkRef.current, openRef.current].find((b) => b && !b.disabled);

  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider value={{ lang, t }}>
        <main className={s.root}>
          <header className={s.header}>
            <h1 className={s.title}>{t.appTitle}</h1>
            <Button size="small" className={shared.wrapButton} title={t.langSwitchLabel} lang={lang === 'vi' ? 'en' : 'vi'} onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
              {t.langSwitch}
            </Button>
          </header>
          {fileMode && <FileOpener openRef={openRef} disabled={busy} fileName={state.fileName} onOpen={(b, n) => void act.openFile(b, n)} fetchSample={props.fetchSample} />}
          <SettingsPanel
            settings={state.settings}
            asOf={state.settings.asOf ?? today()}
            periodNote={result ? periodNote(result, t, lang) : undefined}
            disabled={busy || !hasWorkbook}
            onAsOf={(d) => void act.setAsOf(d)}
            onRegion={(r) => void act.setRegion(r)}
          >
            <SheetKinds
              result={result}
              roles={state.settings.sheetRoles ?? {}}
              checks={state.checks}
              disabled={busy || !hasWorkbook}
              onRole={(sheet, role) => void act.setRole(sheet, role)}
            />
          </SettingsPanel>
          {/* Busy, the actions are aria-disabled but keep focus: a disabled button would drop it to the page. */}
          <section className={shared.section} aria-label={t.actionsHeading}>
            <div className={shared.row}>
              <Button ref={checkRef} appearance="primary" className={shared.wrapButton} disabled={busy || !hasWorkbook} disabledFocusable={busy} onClick={() => void act.check()}>
                {t.check}
              </Button>
              {/* Not on a workbook the check found unusable (no assignment or status sheet): it says why above. */}
              <Button className={shared.wrapButton} disabled={busy || !hasWorkbook || result?.usable === false} disabledFocusable={busy} onClick={() => void act.createSummary()}>
                {t.createSummary}
              </Button>
              <Button className={shared.wrapButton} disabled={busy || !hasWorkbook} disabledFocusable={busy} onClick={() => void act.clearMarks()}>
                {t.clearMarks}
              </Button>
              <Button className={shared.wrapButton} disabled={busy || !result?.usable} disabledFocusable={busy} onClick={() => void act.exportFindings()}>
                {t.exportFindings}
              </Button>
              {props.host.addDefinitionsTemplate && (
                // The shipped sets as a sheet to edit (a province's thresholds, the next period's set).
                <Button className={shared.wrapButton} disabled={busy || !hasWorkbook} disabledFocusable={busy} onClick={() => void act.addDefinitionsTemplate()}>
                  {t.addTemplate}
                </Button>
              )}
              {fileMode && (
                // "Tải tệp đã kiểm tra": only once a check has run on this file.
                <Button className={shared.wrapButton} disabled={busy || !hasWorkbook || !result} disabledFocusable={busy} onClick={() => void act.download()}>
                  {t.download}
                </Button>
              )}
            </div>
            <StatusArea busy={state.busy} error={state.error} announcement={state.announcement} onDismiss={act.dismissError} firstAction={firstAction} />
          </section>
          {result && (
            <section className={shared.section} aria-labelledby="results-h">
              <h2 className={shared.heading} id="results-h">
                {t.resultsHeading}
              </h2>
              {result.usable ? <Headline result={result} /> : <UnusableMessage result={result} />}
            </section>
          )}
          {result && findingsWorthShowing(result) && (
            <FindingsPanel
              result={result}
              data={state.data}
              selected={state.selected}
              disabled={busy}
              onSelect={(f) => void act.select(f)}
              onIgnore={(f) => void act.ignore(f)}
              onRestore={() => void act.restoreIgnored()}
              onRestoreOne={(f) => void act.restore(f)}
              onAnnounce={act.announce}
            />
          )}
          <footer className={shared.text}>
            {/* help.html is served next to the pane; its English part starts at #en. */}
            <Link className={shared.linkFocus} href={lang === 'en' ? 'help.html#en' : 'help.html'} target="_blank" rel="noopener">
              {t.help}
            </Link>
          </footer>
        </main>
      </I18nProvider>
    </FluentProvider>
  );
}

export type { FileHost };
