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
};

/**
 * What the room agrees to do: per area or disputed question, an action with an owner and a due
 * date. The actions travel in the team link (and so in the address), export for a task tool or
 * a calendar, print in the pack, and come back beside next year's team as "agreed last time".
 */
export function ActionsSection({ actions, lines, choices, onChange, team }: Props) {
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
    if (!choice) return setProblem("Choose what the action is about.");
    if (actions.length >= MAX_ACTIONS) return setProblem(`A team link holds at most ${MAX_ACTIONS} actions.`);
    const made = actionFrom({ about: choice.about, text, owner, due });
    if (!made.ok) return setProblem(made.problem);
    onChange([...actions, made.value]);
    setProblem("");
    // Every field starts afresh, so the next action inherits nothing from this one.
    setAbout(choices[0]?.value ?? "");
    setText("");
    setOwner("");
    setDue("");
    setStatus(`Action added: ${made.value.text}.`);
  };
  const remove = (line: ActionLine) => {
    const i = lines.indexOf(line);
    onChange(actions.filter((_, j) => j !== i));
    setStatus(`Action removed: ${line.text}.`);
  };
  const exportCalendar = () =>
    download("outside-in-actions.ics", "text/calendar", actionsCalendar(lines, new Date(), team));

  return (
    <section
      className={actions.length > 0 ? "report actions" : "report actions no-print"}
      aria-labelledby="actions-title"
    >
      <h2 id="actions-title">Actions agreed</h2>
      {sorted.length === 0 ? (
        <p className="muted">None yet. Record what the room agrees, with who will do it and by when.</p>
      ) : (
        <ScoreTable
          className="actions-table"
          caption="Actions agreed, by due date"
          captionHidden
          columns={[
            "Action",
            "Owner",
            "Due",
            "About",
            { label: <span className="visually-hidden">Remove</span>, className: "no-print" },
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
                  aria-label={`Remove: ${line.text}`}
                  onClick={() => remove(line)}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </ScoreTable>
      )}
      <form className="action-form no-print" onSubmit={add} noValidate>
        <label>
          About
          <select value={about} onChange={(e) => setAbout(e.target.value)}>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Action
          <input value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          Owner
          <input value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label>
          Due
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        <button type="submit" className="button">
          Add the action
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
            onClick={() => download("outside-in-actions.csv", "text/csv", actionsCsv(sorted))}
          >
            Download the actions (CSV)
          </button>
          <button type="button" className="button button-secondary" onClick={exportCalendar}>
            Add the due dates to a calendar (.ics)
          </button>
        </div>
      )}
      <p role="status" className="muted no-print">
        {status}
      </p>
    </section>
  );
}
