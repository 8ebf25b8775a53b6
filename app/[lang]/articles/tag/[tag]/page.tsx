import { TagPage, tagMetadata, tagParams } from "@/app/_pages/articles";
import { localeOf } from "@/app/_pages/params";

type Params = { params: Promise<{ lang: string; tag: string }> };

export const dynamicParams = false;

export const generateStaticParams = tagParams;

export const generateMetadata = async ({ params }: Params) => tagMetadata(await localeOf(params), (await params).tag);

export default async function Page({ params }: Params) {
  return <TagPage locale={await localeOf(params)} id={(await params).tag} />;
}
