import { fill } from "@/lib/i18n/format";
import type { TeamText } from "@/lib/team/text";
import { useState, type FormEvent } from "react";
import { actionFrom, actionsCsv, byDueDate, MAX_ACTIONS, type Action } from "@/lib/workshop/actions";
import type { ActionChoice, ActionLine } from "@/lib/workshop/action-choices";
import { actionsCalendar } from "@/lib/workshop/ics";
import { download } from "@/components/shared/download";
import { ScoreTable } from "@/components/shared/score-table";

type Props = {
  actions: Action[];
  lines: ActionLine[];
  choices: ActionChoice[];
  onChange: (actions: Action[]) => void;
  team?: string;
  text: TeamText;
};

/**
 * What the room agrees to do: per area or disputed question, an action with an owner and a due
 * date. The actions travel in the team link (and so in the address), export for a task tool or
 * a calendar, print in the pack, and come back beside next year's team as "agreed last time".
 */
export function ActionsSection({ actions, lines, choices, onChange, team, text: words }: Props) {
  const w = words.workshop;
  const [about, setAbout] = useState(choices[0]?.value ?? "");
  const [text, setText] = useState("");
  const [owner, setOwner] = useState("");
  const [due, setDue] = useState("");
  const [problem, setProblem] = useState("");
  const [status, setStatus] = useState("");
  const sorted = byDueDate(lines);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const choice = choices.find((c) => c.value === about);
    if (!choice) return setProblem(w.chooseAbout);
    if (actions.length >= MAX_ACTIONS) return setProblem(fill(w.tooManyActions, { max: MAX_ACTIONS }));
    const made = actionFrom({ about: choice.about, text, owner, due }, words);
    if (!made.ok) return setProblem(made.problem);
    onChange([...actions, made.value]);
    setProblem("");
    // Every field starts afresh, so the next action inherits nothing from this one.
    setAbout(choices[0]?.value ?? "");
    setText("");
    setOwner("");
    setDue("");
    setStatus(fill(w.actionAdded, { action: made.value.text }));
  };
  const remove = (line: ActionLine) => {
    const i = lines.indexOf(line);
    onChange(actions.filter((_, j) => j !== i));
    setStatus(fill(w.actionRemoved, { action: line.text }));
  };
  const exportCalendar = () =>
    download("outside-in-actions.ics", "text/calendar", actionsCalendar(lines, new Date(), words, team));

  return (
    <section
      className={actions.length > 0 ? "report actions" : "report actions no-print"}
      aria-labelledby="actions-title"
    >
      <h2 id="actions-title">{w.actionsTitle}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{w.actionsNone}</p>
      ) : (
        <ScoreTable
          className="actions-table"
          caption={w.actionsCaption}
          captionHidden
          columns={[
            w.action,
            w.owner,
            w.due,
            w.about,
            { label: <span className="visually-hidden">{w.remove}</span>, className: "no-print" },
          ]}
          scroll
        >
          {sorted.map((line, i) => (
            <tr key={`${line.due}-${i}`}>
              <th scope="row">
                <bdi>{line.text}</bdi>
              </th>
              <td>
                <bdi>{line.ownerText}</bdi>
              </td>
              <td>{line.dueText}</td>
              <td>{line.aboutText}</td>
              <td className="no-print">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={fill(w.removeLabel, { action: line.text })}
                  onClick={() => remove(line)}
                >
                  {w.remove}
                </button>
              </td>
            </tr>
          ))}
        </ScoreTable>
      )}
      <form className="action-form no-print" onSubmit={add} noValidate>
        <label>
          {w.about}
          <select value={about} onChange={(e) => setAbout(e.target.value)}>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.action}
          <input value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {w.owner}
          <input value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label>
          {w.due}
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        <button type="submit" className="button">
          {w.addAction}
        </button>
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      {actions.length > 0 && (
        <div className="button-row no-print">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => download("outside-in-actions.csv", "text/csv", actionsCsv(sorted, words))}
          >
            {w.downloadActions}
          </button>
          <button type="button" className="button button-secondary" onClick={exportCalendar}>
            {w.addToCalendar}
          </button>
        </div>
      )}
      <p role="status" className="muted no-print">
        {status}
      </p>
    </section>
  );
}
