// The catalog in React context: components read strings with useT(), never literals.
import * as React from 'react';
import { CATALOGS, type Catalog, type UiLang } from './i18n';

export interface I18n {
  lang: UiLang;
  t: Catalog;
}

const I18nContext = React.createContext<I18n>({ lang: 'vi', t: CATALOGS.vi });

export function I18nProvider(props: { value: I18n; children: React.ReactNode }): React.JSX.Element {
  return <I18nContext.Provider value={props.value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return React.useContext(I18nContext);
}
