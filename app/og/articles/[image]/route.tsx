import { notFound } from "next/navigation";
import { renderOg } from "@/components/og/render-og";
import { loadLibrary } from "@/lib/content/library/load-library";
import { loadSite } from "@/lib/content/load-site";
import { articleOgImage } from "@/lib/site/page-metadata";

// One picture per article, drawn at build time: out/og/articles/<slug>.png.
export const dynamic = "force-static";
export const dynamicParams = false;

const fileOf = (slug: string) => articleOgImage(slug).split("/").at(-1) ?? slug;

export function generateStaticParams() {
  return loadLibrary().map((a) => ({ image: fileOf(a.slug) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const { image } = await params;
  const article = loadLibrary().find((a) => fileOf(a.slug) === image);
  if (!article) notFound();
  const site = loadSite();
  return renderOg({
    siteName: site.name,
    accent: site.accent,
    kicker: `Article · ${article.minutes} min read`,
    title: article.frontmatter.title,
  });
}
