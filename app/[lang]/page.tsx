import { HomePage, homeMetadata } from "@/app/_pages/home";
import { localeOf, type LangParams } from "@/app/_pages/params";

export const generateMetadata = async ({ params }: LangParams) => homeMetadata(await localeOf(params));

export default async function Page({ params }: LangParams) {
  return <HomePage locale={await localeOf(params)} />;
}
