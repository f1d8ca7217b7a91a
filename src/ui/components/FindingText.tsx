// A finding as a list shows it: its message, then where it is ("Phân công!G15") on a line of its own.
// One rendering for the findings list and the list of findings set aside.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../domain/model/finding';
import { useI18n } from '../i18n-context';

const useStyles = makeStyles({
  where: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export function FindingText({ finding }: { finding: Finding }): React.JSX.Element {
  const { lang } = useI18n();
  const s = useStyles();
  return (
    <>
      {finding.message[lang]}
      {finding.sheet && (
        <span className={s.where}>
          {finding.sheet}
          {finding.cell ? `!${finding.cell}` : ''}
        </span>
      )}
    </>
  );
}
