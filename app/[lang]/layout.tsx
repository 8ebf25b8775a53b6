import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RootLayout } from "@/app/_pages/root-layout";
import { langParams, localeOf, type LangParams } from "@/app/_pages/params";
import { loadLayoutMetadata } from "@/lib/content/load-page-metadata";

export { viewport } from "@/app/_pages/root-layout";

export const dynamicParams = false;

export const generateStaticParams = langParams;

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return loadLayoutMetadata(await localeOf(params));
}

export default async function TranslatedLayout({ children, params }: LangParams & { children: ReactNode }) {
  return <RootLayout locale={await localeOf(params)}>{children}</RootLayout>;
}
