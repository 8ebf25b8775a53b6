import type { Metadata } from "next";
import { Frame } from "@/app/_pages/frame";
import { NotFoundBody } from "@/app/_pages/not-found";
import { RootLayout } from "@/app/_pages/root-layout";
import { loadLayoutMetadata } from "@/lib/content/load-page-metadata";

export { viewport } from "@/app/_pages/root-layout";

export function generateMetadata(): Metadata {
  return loadLayoutMetadata("en");
}

/**
 * The one page a static host serves for every unknown address (404.html), whatever language
 * the address was in: with two root layouts (English and /<lang>/), Next needs it whole.
 */
export default function GlobalNotFound() {
  return (
    <RootLayout locale="en">
      <Frame locale="en" path="/" switchable={false}>
        <NotFoundBody locale="en" />
      </Frame>
    </RootLayout>
  );
}
