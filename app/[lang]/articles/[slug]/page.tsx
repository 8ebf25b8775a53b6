import { ArticlePage, articleMetadata, articleParams } from "@/app/_pages/article";
import { localeOf } from "@/app/_pages/params";

type Params = { params: Promise<{ lang: string; slug: string }> };

export const dynamicParams = false;

/** Only the translated articles: the library links the others to their English pages. */
export async function generateStaticParams({ params }: { params: { lang: string } }) {
  return articleParams(await localeOf(Promise.resolve(params)));
}

export const generateMetadata = async ({ params }: Params) =>
  articleMetadata(await localeOf(params), (await params).slug);

export default async function Page({ params }: Params) {
  return <ArticlePage locale={await localeOf(params)} slug={(await params).slug} />;
}
