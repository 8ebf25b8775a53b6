import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RootLayout } from "@/app/_pages/root-layout";
import { loadLayoutMetadata } from "@/lib/content/load-page-metadata";

export { viewport } from "@/app/_pages/root-layout";

// Defaults for pages without their own; pages replace them whole.
export function generateMetadata(): Metadata {
  return loadLayoutMetadata("en");
}

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <RootLayout locale="en">{children}</RootLayout>;
}
