const FACTS = [
  {
    title: "Your answers stay in your browser",
    text: "Scoring happens on your device. Nothing is sent to a server, not even when a facilitator invites you, and there is no account, tracking or analytics.",
  },
  {
    title: "Share a result as a link",
    text: "The result lives in the link itself. Send it to colleagues, or keep it to compare with next year.",
  },
  {
    title: "Pause and come back",
    text: "Progress is saved in this browser as you go, so you can close the tab and resume later.",
  },
];

export function HomeFacts() {
  return (
    <ul className="facts" aria-label="What to expect">
      {FACTS.map((f) => (
        <li key={f.title} className="card">
          <h2>{f.title}</h2>
          <p>{f.text}</p>
        </li>
      ))}
    </ul>
  );
}
