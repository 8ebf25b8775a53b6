import type { Locale } from "../locales";
import * as de from "./de";
import * as en from "./en";
import * as es from "./es";
import * as fr from "./fr";

/**
 * Every language's interface strings, by area. Imported only where pages are built (server
 * components, the build's scripts, tests): browser code receives its area's strings as props
 * (docs/decisions/0018-messages-typed-from-english.md).
 */
export type Messages = typeof en;

const ALL: Record<Locale, Messages> = { en, de, fr, es };

export function messagesFor(locale: Locale): Messages {
  return ALL[locale];
}
