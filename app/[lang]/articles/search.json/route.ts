import { searchIndexResponse } from "@/app/_pages/search-index";
import { langParams, localeOf, type LangParams } from "@/app/_pages/params";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = langParams;

export async function GET(_request: Request, { params }: LangParams) {
  return searchIndexResponse(await localeOf(params));
}
