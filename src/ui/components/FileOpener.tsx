// Browser mode: open an .xlsx by file picker or drag and drop, or load the bundled sample.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n-context';
import { useShared } from './styles';

/** What the picker lists: the workbooks read (.xlsx, .xlsm) and the tables that get the sentence
 * saying how to save them as .xlsx (.xls, .xlsb, .ods, .csv). Windows hides extensions: an office's
 * .xls looks like any Excel file, and left out of the picker it would seem missing, with no word
 * why. Hence "Mở tệp Excel", not "Mở tệp .xlsx", and a note naming the others. */
export const PICKER_ACCEPT = '.xlsx,.xlsm,.xls,.xlsb,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Where the build puts the sample workbook, relative to taskpane.html. */
export const SAMPLE_URL = 'examples/tra-cu-2023.xlsx';

const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
  },
  over: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Hover },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface FileOpenerProps {
  disabled: boolean;
  fileName?: string;
  onOpen(buffer: ArrayBuffer, name: string): void;
  /** Fetches the sample; injectable for tests. */
  fetchSample?: () => Promise<ArrayBuffer>;
  /** "Mở tệp Excel": where focus goes back after an error bar is closed, while no workbook is open. */
  openRef?: React.Ref<HTMLButtonElement>;
}

async function fetchSampleFromBuild(): Promise<ArrayBuffer> {
  const res = await fetch(SAMPLE_URL);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.arrayBuffer();
}

export function FileOpener(p: FileOpenerProps): React.JSX.Element {
  const { t } = useI18n();
  const s = useStyles();
  const shared = useShared();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const openFile = async (file: File | undefined) => {
    if (file) p.onOpen(await file.arrayBuffer(), file.name);
  };
  const sample = async () => p.onOpen(await (p.fetchSample ?? fetchSampleFromBuild)(), 'tra-cu-2023.xlsx');
  return (
    <section
      className={`${shared.section} ${s.drop} ${over ? s.over : ''}`}
      aria-labelledby="file-h"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        // Not while a run goes on: the buttons say so, a drop would swap the workbook under it.
        if (!p.disabled) void openFile(e.dataTransfer.files[0]);
      }}
    >
      <h2 className={shared.heading} id="file-h">
        {p.fileName ?? t.openFile}
      </h2>
      {/* Once a file is open its name heads the box and the two hints go: at 350 × 700 they pushed
          the results under the fold (they started at 770 px). Dropping still works. */}
      {!p.fileName && <p className={shared.hint}>{t.fileModeNote}</p>}
      <input
        ref={input}
        id="file-input"
        type="file"
        accept={PICKER_ACCEPT}
        className={s.hidden}
        tabIndex={-1}
        aria-label={t.openFile}
        // Reached through the button above; exposed, a screen reader heard "Mở tệp Excel" twice.
        aria-hidden="true"
        onChange={(e) => {
          void openFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <div className={shared.row}>
        <Button ref={p.openRef} appearance="primary" className={shared.wrapButton} disabled={p.disabled} disabledFocusable={p.disabled} onClick={() => input.current?.click()}>
          {t.openFile}
        </Button>
        <Button className={shared.wrapButton} disabled={p.disabled} disabledFocusable={p.disabled} onClick={() => void sample()}>
          {t.useSample}
        </Button>
      </div>
      {!p.fileName && <p className={shared.hint}>{t.dropHint}</p>}
    </section>
  );
}
