import { feedResponse } from "@/app/_pages/feed";
import { langParams, localeOf, type LangParams } from "@/app/_pages/params";

// A static export can only prerender route handlers that are forced static.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = langParams;

export async function GET(_request: Request, { params }: LangParams) {
  return feedResponse(await localeOf(params));
}
