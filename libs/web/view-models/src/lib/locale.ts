export type Locale = 'zh-CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** The Chinese or English form of a text that exists in both. */
export function pick(locale: Locale, zh: string, en: string): string {
  return locale === 'zh-CN' ? zh : en;
}

export function isLocale(v: unknown): v is Locale {
  return v === 'zh-CN' || v === 'en';
}
