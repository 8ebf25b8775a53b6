import { inlineJson } from "@/lib/site/inline-json";

/** Structured data for search engines, escaped so no text in it can close the script element. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: inlineJson(data) }} />;
}
