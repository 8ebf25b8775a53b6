import { ArticlesPage, articlesMetadata } from "@/app/_pages/articles";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => articlesMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <ArticlesPage locale={await localeOf(params)} />;
}
