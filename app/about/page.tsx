import type { Metadata } from "next";
import { ContentPage } from "@/components/mdx/content-page";
import { loadContentPageMetadata, loadPage, loadPageContext } from "@/lib/content/load-pages";

export function generateMetadata(): Metadata {
  return loadContentPageMetadata("about", "/about/");
}

export default function AboutPage() {
  return <ContentPage page={loadPage("about")} context={loadPageContext()} />;
}
