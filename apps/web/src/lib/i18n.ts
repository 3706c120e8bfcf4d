import { useCallback, useSyncExternalStore } from 'react';
import { en } from './i18n-en';
import { zh, type MessageKey } from './i18n-zh';

export type { MessageKey } from './i18n-zh';
export type Locale = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'bangfu.locale';
const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };
const listeners = new Set<() => void>();

function readLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

let locale: Locale = readLocale();
document.documentElement.lang = locale;

export function getLocale(): Locale {
  return locale;
}

/** Switches the UI language and remembers it in localStorage. */
export function setLocale(next: Locale): void {
  if (next === locale) return;
  locale = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function translate(current: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = dictionaries[current][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}

/** The translate function for the current language: `t('menu.orgs')`, `t('dashboard.welcome', { name })`. */
export function useT(): Translate {
  const current = useLocale();
  return useCallback<Translate>((key, vars) => translate(current, key, vars), [current]);
}

/** For keys built from server data (e.g. `action.${entry.action}`): true when the dictionary knows the key. */
export function isMessageKey(key: string): key is MessageKey {
  return key in zh;
}

/** Translates a key built from server data, falling back to the raw code when the dictionary lacks it. */
export function translateCode(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}
