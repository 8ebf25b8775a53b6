import type { Metadata } from "next";
import { Frame } from "@/app/_pages/frame";
import { NotFoundBody } from "@/app/_pages/not-found";
import { localeOf, type LangParams } from "@/app/_pages/params";
import { messagesFor } from "@/lib/i18n/messages";

// Built as /<lang>/page-not-found/ and moved to /<lang>/404.html by the post-build step
// (scripts/finish-export.ts), which hosts serve for an unknown address under /<lang>/.
export const generateMetadata = async ({ params }: LangParams): Promise<Metadata> => ({
  title: messagesFor(await localeOf(params)).chrome.notFound.title,
  robots: { index: false },
});

export default async function Page({ params }: LangParams) {
  const locale = await localeOf(params);
  return (
    <Frame locale={locale} path="/" switchable={false}>
      <NotFoundBody locale={locale} />
    </Frame>
  );
}
