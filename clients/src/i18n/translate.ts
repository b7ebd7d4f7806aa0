import { en } from './en';
import { vi } from './vi';

export type Locale = 'vi' | 'en';
export type MessageKey = keyof typeof vi;
export type Catalogue = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const catalogues: Record<Locale, Catalogue> = { vi, en };

const LOCALE_STORAGE_KEY = 'hopso.locale';

/** The catalogue text with `{name}` placeholders filled in; a placeholder without a value stays visible. */
export function translate(catalogue: Catalogue, key: MessageKey, params?: MessageParams): string {
  const text = catalogue[key];
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** The catalogue entry for an error code the server sends (`serverCode.<code>`), or null for a code it lacks. */
export function serverCodeKey(code: string): MessageKey | null {
  return knownKey(`serverCode.${code}`);
}

/** The same for the code of a server message about one field (`serverField.<code>`). */
export function serverFieldKey(code: string): MessageKey | null {
  return knownKey(`serverField.${code}`);
}

function knownKey(key: string): MessageKey | null {
  return Object.hasOwn(vi, key) ? (key as MessageKey) : null;
}

/** Vietnamese unless the user chose English before. */
export function storedLocale(storage: Pick<Storage, 'getItem'>): Locale {
  return storage.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

export function storeLocale(storage: Pick<Storage, 'setItem'>, locale: Locale): void {
  storage.setItem(LOCALE_STORAGE_KEY, locale);
}
