// Function file of the ribbon: wires the "Tạo biểu tổng hợp" button (manifest FunctionName
// "createSummaries") to the one-click run and the outcome notice.
/// <reference types="office-js" />
import { runOneClick } from '../adapters/office/one-click';
import { makeCreateSummaries } from './create-summaries';
import { NOTICE_AUTO_CLOSE_MS, noticeLang, noticeUrl, showNotice } from './notice-dialog';

const createSummaries = makeCreateSummaries({
  run: runOneClick,
  notify: (outcome) => {
    if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
      console.info('[ntm]', outcome.message);
      return Promise.resolve();
    }
    const url = noticeUrl(window.location.href, outcome, noticeLang(Office.context.displayLanguage));
    const api = { ui: Office.context.ui, events: Office.EventType, succeeded: Office.AsyncResultStatus.Succeeded };
    return showNotice(api, url, outcome.ok ? NOTICE_AUTO_CLOSE_MS.ok : NOTICE_AUTO_CLOSE_MS.error);
  },
});

Office.onReady(() => {
  Office.actions.associate('createSummaries', createSummaries);
});
