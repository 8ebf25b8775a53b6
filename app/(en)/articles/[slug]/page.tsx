import { ArticlePage, articleMetadata, articleParams } from "@/app/_pages/article";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => articleParams("en");

export const generateMetadata = async ({ params }: Params) => articleMetadata("en", (await params).slug);

export default async function Page({ params }: Params) {
  return <ArticlePage locale="en" slug={(await params).slug} />;
}
