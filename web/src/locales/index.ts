import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import elementEn from 'element-plus/es/locale/lang/en';
import elementZhCn from 'element-plus/es/locale/lang/zh-cn';
import zhCN, { type Messages } from './zh-CN';

/** zh-CN is the system's language; English is loaded only when someone switches to it. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'sanpin.locale';

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN } as Record<Locale, Messages>,
});

const loaders: Record<Locale, () => Promise<Messages>> = {
  'zh-CN': async () => zhCN,
  en: async () => (await import('./en')).default,
};

export function currentLocale(): Locale {
  return i18n.global.locale.value;
}

export async function setLocale(locale: Locale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    i18n.global.setLocaleMessage(locale, await loaders[locale]());
  }
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  localStorage.setItem(STORAGE_KEY, locale);
}

/** The language chosen earlier in this browser, else zh-CN. */
export function storedLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LOCALES.find((locale) => locale === stored) ?? 'zh-CN';
}

/** Element Plus's own texts (pagination, date pickers) follow the chosen language. */
export const elementLocale = computed(() => (i18n.global.locale.value === 'en' ? elementEn : elementZhCn));
