import { withBasePath } from "@/components/shared/base-path";
import { around } from "@/lib/i18n/around";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";

type Props = { fragment: string; messages: FlowMessages["storage"] };

/** Shown once when this browser will not keep progress: the link is the way to keep it. */
export function StorageNotice({ fragment, messages: m }: Props) {
  const [before, after] = around(m.keep, "link");
  return (
    <div className="notice notice-warn" role="alert">
      <p>{m.notSaving}</p>
      <p>
        {before}
        <a href={withBasePath(`/results/#${fragment}`)} target="_blank">
          {m.link}
        </a>
        {after}
      </p>
    </div>
  );
}
