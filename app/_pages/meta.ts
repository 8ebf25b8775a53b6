import type { Metadata } from "next";
import { loadPageMetadataIn } from "@/lib/content/load-page-metadata";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

type Key = "journey" | "blunders" | "articles" | "results" | "compare" | "team" | "join" | "scoring" | "sources";

/** A page whose title and description are written in code (lib/i18n/messages/<lang>/pages.ts). */
export function pageMeta(locale: Locale, key: Key, path: string): Metadata {
  const { title, description } = messagesFor(locale).pages.meta[key];
  return loadPageMetadataIn(locale, { title, description, path });
}
