import { SiteContentPage, contentPageMetadata } from "@/app/_pages/content-page";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) =>
  contentPageMetadata(await localeOf(params), "translations");

export default async function Page({ params }: LangParams) {
  return <SiteContentPage locale={await localeOf(params)} slug="translations" />;
}
