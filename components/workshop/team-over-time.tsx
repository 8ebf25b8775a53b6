import { useState, type FormEvent } from "react";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { QuestionnaireAggregate } from "@/lib/team/types";
import {
  areaAtText,
  changeCaption,
  compareTeams,
  signedChange,
  spreadChangeText,
  type QuestionnaireChange,
} from "@/lib/team/over-time";
import { actionLines, type ActionLine } from "@/lib/workshop/action-choices";
import { byDueDate } from "@/lib/workshop/actions";
import { earlierTeam } from "@/lib/workshop/earlier-team";
import { ScoreTable } from "@/components/shared/score-table";
import { fill } from "@/lib/i18n/format";
import { refusalMessage } from "@/lib/team-input/caps";
import type { TeamText } from "@/lib/team/text";

type Compared = { changes: QuestionnaireChange[]; agreed: ActionLine[]; notes: string[] };

/** The same team a year apart: paste last year's team link, read this year's beside it, with what it agreed then. */
export function TeamOverTime({
  byQuestionnaire,
  catalogue,
  text,
}: {
  byQuestionnaire: QuestionnaireAggregate[];
  catalogue: Catalogue;
  text: TeamText;
}) {
  const w = text.workshop;
  const [earlier, setEarlier] = useState("");
  const [compared, setCompared] = useState<Compared | null>(null);
  const [alert, setAlert] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A comparison that fails leaves nothing of the last one on screen, so no old table passes for the new.
    setCompared(null);
    setAlert("");
    const input = earlierTeam(earlier, text);
    // The reading code is the worker's; the page loads a copy of its own only for this, so it is
    // not in what every visitor of the team page downloads (scripts/bench/budgets.ts).
    const { aggregateTeamInChunks } = await import("@/components/team-input/read-on-page");
    const read = await aggregateTeamInChunks(input.text, catalogue, { source: input.source });
    if (!read.ok) return setAlert(refusalMessage(read.error, text.locale, text.teamInput));
    if (read.value.leaders.length === 0) return setAlert(w.noEarlierLinks);
    setCompared({
      changes: compareTeams(read.value.byQuestionnaire, byQuestionnaire),
      agreed: byDueDate(actionLines(input.agreed.actions, catalogue, text)),
      notes: input.agreed.problems,
    });
  };
  return (
    <section className={compared ? "report" : "report no-print"} aria-labelledby="over-time-title">
      <h2 id="over-time-title">{w.overTimeTitle}</h2>
      <form className="team-form no-print" onSubmit={(event) => void submit(event)}>
        <label>
          {w.earlierLabel}
          <input
            type="text"
            inputMode="url"
            value={earlier}
            onChange={(e) => setEarlier(e.target.value)}
            spellCheck={false}
          />
        </label>
        <p role="alert">{alert}</p>
        <button type="submit" className="button button-secondary">
          {w.compare}
        </button>
      </form>
      {compared && compared.agreed.length > 0 && (
        <div className="agreed-last-time">
          <h3>{w.agreedLastTime}</h3>
          <ul>
            {compared.agreed.map((a, i) => (
              <li key={i}>
                <bdi>{a.text}</bdi> <span className="muted">({a.aboutText})</span>: <bdi>{a.ownerText}</bdi>,{" "}
                {fill(w.agreedBy, { due: a.dueText })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {compared?.notes.map((note) => (
        <p key={note} className="notice">
          {note}
        </p>
      ))}
      {compared?.changes.map((q) => (
        <ScoreTable
          key={q.questionnaireId}
          caption={changeCaption(q, text)}
          columns={[
            text.team.area,
            w.then,
            w.now,
            w.changeInMean,
            w.changeInSpread,
            ...(compared.agreed.length > 0 ? [w.agreedLastTime] : []),
          ]}
          scroll
        >
          {q.areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{areaAtText(q.kind, a.before, text)}</td>
              <td>{areaAtText(q.kind, a.after, text)}</td>
              <td>{signedChange(q.kind, a.meanChange, text.locale)}</td>
              <td>{spreadChangeText(q.kind, a.iqrChange, text)}</td>
              {compared.agreed.length > 0 && (
                <td>
                  {compared.agreed
                    .filter(
                      (x) =>
                        x.about.questionnaireId === q.questionnaireId && x.about.kind === "area" && x.about.id === a.id,
                    )
                    .map((x) => x.text)
                    .join("; ") || "–"}
                </td>
              )}
            </tr>
          ))}
        </ScoreTable>
      ))}
      {compared?.changes.length === 0 && <p>{w.nothingInCommon}</p>}
    </section>
  );
}
