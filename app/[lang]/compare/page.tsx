import { ComparePage, compareMetadata } from "@/app/_pages/compare";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => compareMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <ComparePage locale={await localeOf(params)} />;
}
