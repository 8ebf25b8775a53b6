import { TagPage, tagMetadata, tagParams } from "@/app/_pages/articles";

type Params = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export const generateStaticParams = tagParams;

export const generateMetadata = async ({ params }: Params) => tagMetadata("en", (await params).tag);

export default async function Page({ params }: Params) {
  return <TagPage locale="en" id={(await params).tag} />;
}
