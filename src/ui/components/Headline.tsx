// The headline figures of a check: communes at 19/19, average criteria per commune, overdue items,
// and per criteria set a bar chart of communes by band (numbers written out, not colour alone).
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../domain/check-types';
import type { Band } from '../../domain/summary/types';
import { usesNationalBands } from '../../domain/summary/types';
import { formatDecimal } from '../i18n';
import { useI18n } from '../i18n-context';
import { useShared } from './styles';

const BANDS: Band[] = ['19', '15-18', '10-14', '5-9', '<5'];

const useStyles = makeStyles({
  figures: { display: 'flex', flexDirection: 'column', gap: '2px', margin: 0, paddingLeft: '18px' },
  chart: { display: 'grid', gridTemplateColumns: 'minmax(0, 7em) minmax(0, 1fr) auto', gap: '4px 8px', alignItems: 'center', margin: 0 },
  label: { overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  // High contrast drops background colours: the bar is drawn in the text colour, the track outlined.
  track: {
    height: '14px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: '2px',
    minWidth: 0,
    '@media (forced-colors: active)': { outline: '1px solid CanvasText' },
  },
  bar: {
    height: '14px',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: '2px',
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' },
  },
  count: { fontVariantNumeric: 'tabular-nums', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
});

export function Headline(props: { result: CheckResult }): React.JSX.Element {
  const { t, lang } = useI18n();
  const s = useStyles();
  const shared = useShared();
  const { summary } = props.result;
  // The overdue items as the findings list counts them ("Quá hạn (39)"): an item several
  // departments lead is one item, and one no department leads (a district content) is one too;
  // the departments' own counts summed gave 30 on the sample.
  const overdue = props.result.counts.find((c) => c.code === 'deadline.overdue')?.total ?? 0;
  const sets = summary.totals.filter((x) => x.communes > 0);
  // A set the workbook defines ("wb:…") goes by the name its definitions sheet gives it.
  const setNameOf = (id: string) => t.setNames[id] ?? summary.sets.find((x) => x.id === id)?.shortName ?? id;
  return (
    <div className={shared.section} data-testid="headline">
      <p className={shared.text}>{t.overdue(overdue)}</p>
      {summary.districtConditions.map((c) => (
        <p key={c.setId} className={shared.text} data-testid="district-condition">
          {t.districtCondition(setNameOf(c.setId), c.full.length, c.full.length + c.notFull.length + c.noData.length, setNameOf(c.communeSetId), c.met)}
        </p>
      ))}
      {sets.map((set) => {
        const setName = setNameOf(set.setId);
        const town = set.level === 'town';
        // The 19 / 15–18 / … bands belong to the 19-criteria sets; other sets show full or not.
        const bars = usesNationalBands(set.criteria)
          ? BANDS.map((b) => ({ key: b, label: t.bands[b], n: set.bands[b] }))
          : [
              { key: 'full', label: t.fullBand(set.criteria), n: set.full },
              { key: 'rest', label: t.notFullBand, n: set.communes - set.noData - set.full },
            ];
        const max = Math.max(1, ...bars.map((b) => b.n));
        const captionId = `bands-${set.setId}`;
        return (
          <section key={set.setId} className={shared.section} aria-labelledby={`${captionId}-h`}>
            <h3 className={shared.subheading} id={`${captionId}-h`}>
              {setName} — {t.communesCount(set.communes, town)}
            </h3>
            <ul className={s.figures}>
              <li className={shared.text}>{t.fullCommunes(set.full, set.communes, set.criteria, town)}</li>
              <li className={shared.text}>{t.average(formatDecimal(set.average, lang), town)}</li>
              {set.noData > 0 && <li className={shared.text}>{t.noData(set.noData, town)}</li>}
            </ul>
            <p className={shared.hint} id={captionId}>
              {t.bandsCaption(setName, town)}
            </p>
            <dl className={s.chart}>
              {bars.map((b) => (
                <React.Fragment key={b.key}>
                  <dt className={s.label}>{b.label}</dt>
                  <dd className={s.track} style={{ margin: 0 }} aria-hidden="true">
                    <div className={s.bar} style={{ width: `${(100 * b.n) / max}%` }} />
                  </dd>
                  <dd className={s.count} style={{ margin: 0 }}>
                    {b.n}
                  </dd>
                </React.Fragment>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
