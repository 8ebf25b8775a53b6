import { useEffect, useMemo, useState } from "react";
import { withBasePath } from "@/components/shared/base-path";
import { useLocationHash } from "@/components/shared/use-location-hash";
import { readLink } from "@/lib/link/reader";
import { readFlowHash, type FlowHash } from "@/lib/link/flow-links";
import { assessmentsIn } from "@/lib/link/flow-route";
import type { Answers } from "@/lib/questionnaire/answers";
import { findVersion, type Catalogue } from "@/lib/questionnaire/catalogue";
import { carryOver } from "@/lib/questionnaire/carry-over";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { resultNotes } from "@/lib/storage/result-notes";
import { browserStore } from "@/components/shared/browser-storage";
import { fill } from "@/lib/i18n/format";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";
import { linkErrorText } from "@/lib/link/errors";

export type Retake =
  | { status: "none" }
  | { status: "loading" }
  | {
      status: "ready";
      answers: Answers;
      fresh: ReadonlySet<string>;
      date: string | undefined;
      total: number;
      /** The earlier notes on the answers carried over, from its link or kept in this browser. */
      notes: Record<string, string>;
    }
  | { status: "failed"; message: string };

export type Carry = {
  /** What the address brought: a result so far, a result to retake, an invitation, names. */
  hash: FlowHash;
  /** The assessments of the result brought along, by id. */
  withIds: string[];
  retake: Retake;
};

/**
 * Every version of every questionnaire, fetched only for a retake: an earlier result may have
 * been made with a version this page does not ship. It is the site's own static file.
 */
async function fetchCatalogue(): Promise<Catalogue> {
  const response = await fetch(withBasePath("/questionnaires.json"));
  if (!response.ok) throw new Error(`the questionnaires could not be loaded (${response.status})`);
  const data: unknown = await response.json();
  // Checked whole, every field and rule the build checks, with zod's small build: loaded here,
  // on a retake, so the flow's own bundle does not carry it.
  const { readCatalogue } = await import("@/lib/questionnaire/catalogue-schema");
  const read = readCatalogue(data);
  if (!read.ok) throw new Error(`the questionnaires file is not as this site wrote it: ${read.error}`);
  return read.value;
}

/** Reads the earlier answers this questionnaire keeps from the result being retaken, with their notes. */
async function retakeFrom(
  fragment: string,
  catalogue: Catalogue,
  questionnaire: Questionnaire,
  words: FlowMessages["carry"],
): Promise<Retake> {
  const decoded = readLink(fragment, catalogue);
  if (!decoded.ok) return { status: "failed", message: linkErrorText(decoded.error, words.link) };
  const earlier = decoded.value.assessments.find((a) => a.questionnaireId === questionnaire.id);
  const version = earlier && findVersion(catalogue, earlier.questionnaireId, earlier.version);
  if (!earlier || !version) return { status: "none" };
  const { answers, fresh } = carryOver(questionnaire, version, earlier.answers);
  const all = await resultNotes(decoded.value, catalogue, browserStore);
  // A note stays with an answer carried over; a new or changed question starts without one.
  const notes = Object.fromEntries(
    Object.entries(all.notes[questionnaire.id] ?? {}).filter(([id]) => answers[id] && !fresh.includes(id)),
  );
  return {
    status: "ready",
    answers,
    fresh: new Set(fresh),
    date: decoded.value.date,
    total: questionnaire.questions.length,
    notes,
  };
}

/**
 * What the flow's address carries, read once the browser has its own address, with what cannot
 * be used said in `words` (the page's carry messages).
 */
export function useCarry(questionnaire: Questionnaire, order: readonly string[], words: FlowMessages["carry"]): Carry {
  const address = useLocationHash();
  const hash = useMemo(() => (address ? readFlowHash(address, words) : {}), [address, words]);
  const [loaded, setLoaded] = useState<{ fragment: string; retake: Retake } | null>(null);

  useEffect(() => {
    const fragment = hash.retake;
    if (!fragment) return;
    let live = true;
    void fetchCatalogue()
      .then((catalogue) => retakeFrom(fragment, catalogue, questionnaire, words))
      .catch((error: unknown): Retake => ({
        status: "failed",
        message: fill(words.loadFailed, { error: error instanceof Error ? error.message : String(error) }),
      }))
      .then((retake) => {
        if (live) setLoaded({ fragment, retake });
      });
    return () => {
      live = false;
    };
  }, [hash.retake, questionnaire, words]);

  const retake: Retake = !hash.retake
    ? { status: "none" }
    : loaded?.fragment === hash.retake
      ? loaded.retake
      : { status: "loading" };
  return { hash, withIds: assessmentsIn(hash.with, order), retake };
}
