import type { Metadata } from "next";
import { Frame } from "@/app/_pages/frame";
import { NotFoundBody } from "@/app/_pages/not-found";
import { RootLayout } from "@/app/_pages/root-layout";
import { withBasePath } from "@/components/shared/base-path";
import { buildShipping } from "@/lib/content/i18n/site-locales";
import { loadLayoutMetadata } from "@/lib/content/load-page-metadata";
import { languageNameIn, languageTag } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";

export { viewport } from "@/app/_pages/root-layout";

export function generateMetadata(): Metadata {
  return loadLayoutMetadata("en");
}

/**
 * The page a static host serves for an unknown address (404.html): with two root layouts
 * (English and /<lang>/), Next needs it whole. Hosts that look for the nearest 404.html serve
 * /<lang>/404.html under /<lang>/ instead (app/[lang]/page-not-found/, docs/deploy.md); for
 * hosts that serve only this one, it offers each shipping language's home page in that language.
 */
export default function GlobalNotFound() {
  const others = buildShipping().filter((l) => l !== "en");
  return (
    <RootLayout locale="en">
      <Frame locale="en" path="/" switchable={false}>
        <NotFoundBody locale="en" />
        {others.length > 0 && (
          <ul className="not-found-languages">
            {others.map((l) => (
              <li key={l} lang={languageTag(l)}>
                {messagesFor(l).chrome.notFound.title} —{" "}
                <a href={withBasePath(localePath(l, "/"))}>{messagesFor(l).chrome.notFound.home}</a> (
                {languageNameIn(l, l)})
              </li>
            ))}
          </ul>
        )}
      </Frame>
    </RootLayout>
  );
}
