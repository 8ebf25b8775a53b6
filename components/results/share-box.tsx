import { SiteLink } from "@/components/shared/site-link";
import { localePath } from "@/lib/i18n/paths";
import { useState, type FormEvent } from "react";
import { encodeCompareFragment } from "@/lib/compare/compare-link";
import { encodeFragment } from "@/lib/link/fragment";
import { MAX_LABEL, type SharedResult } from "@/lib/link/result-schema";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { nameProblem } from "@/lib/shared/name-rule";
import { useReportWords } from "./report-words";

type Props = { result: SharedResult; catalogue: Catalogue };

/**
 * Names the result (a role, an organisation) inside the link itself, and offers the ways to
 * pass it on. The names never leave the link: there is nowhere else they could be stored.
 */
export function ShareBox({ result, catalogue }: Props) {
  const [label, setLabel] = useState(result.label ?? "");
  const [org, setOrg] = useState(result.org ?? "");
  const [status, setStatus] = useState("");
  const { locale, messages } = useReportWords();
  const m = messages.report.share;
  const fragment = encodeFragment(result, catalogue);
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";

  const save = (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(label, m.role) ?? nameProblem(org, m.orgInProblem);
    if (problem) return setStatus(problem);
    const next = encodeFragment(
      { ...result, label: label.trim() || undefined, org: org.trim() || undefined },
      catalogue,
    );
    window.location.hash = next;
    setStatus(m.saved);
  };
  const share = async () => {
    try {
      await navigator.share({ title: m.shareTitle, url: window.location.href });
    } catch {
      // Cancelling the share sheet is not an error worth reporting.
    }
  };

  return (
    <section className="share-box card no-print" aria-labelledby="share-title">
      <h2 id="share-title">{m.title}</h2>
      <form className="share-form" onSubmit={save}>
        <label>
          {m.role} <span className="muted">{m.optional}</span>
          <input
            value={label}
            maxLength={MAX_LABEL}
            onChange={(e) => setLabel(e.target.value)}
            autoComplete="organization-title"
          />
        </label>
        <label>
          {m.org} <span className="muted">{m.optional}</span>
          <input
            value={org}
            maxLength={MAX_LABEL}
            onChange={(e) => setOrg(e.target.value)}
            autoComplete="organization"
          />
        </label>
        <button type="submit" className="button button-secondary">
          {m.add}
        </button>
      </form>
      <p className="muted">{m.privacy}</p>
      <div className="button-row">
        {canShare && (
          <button type="button" className="button button-secondary" onClick={() => void share()}>
            {m.share}
          </button>
        )}
        <SiteLink
          className="button button-secondary"
          href={localePath(locale, `/compare/#${encodeCompareFragment("", fragment)}`)}
        >
          {m.compare}
        </SiteLink>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
