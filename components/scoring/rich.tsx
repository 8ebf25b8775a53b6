import type { ReactNode } from "react";
import { withLinks } from "@/components/shared/with-links";

/** An item of the page: its bold lead-in ({term}) and its text, with other {values} filled in. */
export function Item({
  words,
  values = {},
}: {
  words: { term: string; text: string };
  values?: Readonly<Record<string, ReactNode>>;
}) {
  return <li>{withLinks(words.text, { term: <strong>{words.term}</strong>, ...values })}</li>;
}
