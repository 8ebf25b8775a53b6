import type { Metadata } from "next";
import { ContentPage } from "@/components/mdx/content-page";
import { loadContentPageMetadata, loadPage, loadPageContext } from "@/lib/content/load-pages";

export function generateMetadata(): Metadata {
  return loadContentPageMetadata("guide", "/guide/");
}

export default function GuidePage() {
  return <ContentPage page={loadPage("guide")} context={loadPageContext()} />;
}
