import { withBasePath } from "@/components/shared/base-path";

/** Shown once when this browser will not keep progress: the link is the way to keep it. */
export function StorageNotice({ fragment }: { fragment: string }) {
  return (
    <div className="notice notice-warn" role="alert">
      <p>
        This browser is not saving your progress (storage may be full or turned off), so your answers will be lost if
        you reload or close this page. They are safe while the page stays open.
      </p>
      <p>
        To keep them, finish the questionnaire, or open{" "}
        <a href={withBasePath(`/results/#${fragment}`)} target="_blank">
          a results link with your answers so far
        </a>{" "}
        and bookmark it.
      </p>
    </div>
  );
}
