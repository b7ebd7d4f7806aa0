import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { formatsFor, type Formats } from './format';
import { catalogues, storedLocale, storeLocale, translate, type Locale, type Translate } from './translate';

export interface I18n {
  locale: Locale;
  t: Translate;
  format: Formats;
  setLocale(locale: Locale): void;
}

function i18nFor(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  const catalogue = catalogues[locale];
  return { locale, t: (key, params) => translate(catalogue, key, params), format: formatsFor(locale), setLocale };
}

const I18nContext = createContext<I18n>(i18nFor('vi', () => undefined));

export function I18nProvider({ storage, children }: { storage: Pick<Storage, 'getItem' | 'setItem'>; children: ComponentChildren }) {
  const [locale, setLocaleState] = useState<Locale>(() => storedLocale(storage));
  const i18n = useMemo(
    () =>
      i18nFor(locale, (next) => {
        storeLocale(storage, next);
        setLocaleState(next);
      }),
    [locale, storage],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
