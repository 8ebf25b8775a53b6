import { pageHref } from "@/components/shared/base-path";
import { around } from "@/lib/i18n/around";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";
import type { Locale } from "@/lib/i18n/locales";

type Props = { fragment: string; locale: Locale; messages: FlowMessages["storage"] };

/** Shown once when this browser will not keep progress: the link is the way to keep it. */
export function StorageNotice({ fragment, locale, messages: m }: Props) {
  const [before, after] = around(m.keep, "link");
  return (
    <div className="notice notice-warn" role="alert">
      <p>{m.notSaving}</p>
      <p>
        {before}
        <a href={pageHref(locale, `/results/#${fragment}`)} target="_blank">
          {m.link}
        </a>
        {after}
      </p>
    </div>
  );
}
