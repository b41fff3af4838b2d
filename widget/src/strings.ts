/*
 * The widget's strings are data: one table per language in widget/src/i18n/ (en.ts, the default,
 * defines the panel's keys), each a chunk the panel loads for the page's language only (`data-lang`,
 * else the page's `<html lang>`). The loader carries just the English launcher strings below. A
 * site owner overrides any string with the `data-strings` attribute (JSON) on the script tag, or
 * `data-title` / `data-greeting` for the two most common ones.
 *
 * @example <script async src="https://HOST/widget.js" data-lang="es"
 *   data-strings='{"title":"Preguntas sobre el tratamiento"}'></script>
 */
import type en from './i18n/en.ts';

/** The few strings the loader needs before the panel loads (launcher, cannot-load notice), in English. */
export const LAUNCHER_STRINGS = {
  openChat: 'Open chat',
  closeChat: 'Close chat',
  unavailable: "The chat can't load right now.",
};

/** Every key of the interface; each table in widget/src/i18n/ has them all. */
export type LauncherStrings = typeof LAUNCHER_STRINGS;
export type Strings = LauncherStrings & typeof en;

/** Languages written right to left; `data-lang` with one of these turns the widget to `dir="rtl"`. */
export const RTL_LANGS = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i;
