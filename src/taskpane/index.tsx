// Task pane entry: waits for Office, then mounts the pane with the Excel host, or with the
// file host when the page runs outside Excel (Office.onReady gives host null, or no office.js).
/// <reference types="office-js" />
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/components/App';
import { createExcelHost } from '../ui/excel-host';
import { createFileHost } from '../ui/file-host';
import { langFromDisplayLanguage } from '../ui/i18n';

const started = performance.now();

function mount(inExcel: boolean): void {
  const container = document.getElementById('container');
  if (!container) return;
  // Outside Excel there is no display language to follow: Vietnamese first (the switch is one click).
  const displayLanguage = inExcel ? Office.context.displayLanguage : 'vi';
  const host = inExcel ? createExcelHost() : createFileHost();
  createRoot(container).render(<App host={host} initialLang={langFromDisplayLanguage(displayLanguage)} />);
  // Read by the browser test (time to first render).
  requestAnimationFrame(() => {
    (window as unknown as { __ntmFirstRenderMs?: number }).__ntmFirstRenderMs = performance.now() - started;
  });
}

/**
 * Outside Office, office.js still starts its logger, which 3 s after load (and 100 ms after app
 * activation) opens a hidden frame on a Microsoft telemetry server. The browser mode promises
 * that a workbook never leaves the computer and works offline, so it disarms that frame.
 * This touches office.js internals (OSF.Logger.ulsEndpoint); if they change, it does nothing.
 */
interface UlsEndpoint {
  loadProxyFrame?: () => void;
  writeLog?: (log: string) => void;
}
function stopOfficeTelemetryOutsideOffice(): void {
  const osf = (window as unknown as { OSF?: { Logger?: { ulsEndpoint?: UlsEndpoint | null } } }).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (endpoint) {
    endpoint.loadProxyFrame = () => undefined;
    endpoint.writeLog = () => undefined;
  }
}

if (typeof Office === 'undefined') mount(false);
else
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    if (!inExcel) stopOfficeTelemetryOutsideOffice();
    mount(inExcel);
  });
