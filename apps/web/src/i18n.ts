import { computed } from 'vue';
import { createI18n, useI18n } from 'vue-i18n';
import type { Locale } from '@gongkai/web-view-models';
import { isLocale } from '@gongkai/web-view-models';

import { en } from './locales/en';
import { zhCN } from './locales/zh-cn';

const STORAGE_KEY = 'gongkai.locale';

function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/** `t` and the current locale as the view models' type. */
export function useLocale() {
  const { t } = useI18n();
  const locale = computed<Locale>(() =>
    isLocale(i18n.global.locale.value) ? i18n.global.locale.value : 'zh-CN',
  );
  return { t, locale };
}
