type Props = { label: string; facts: readonly { title: string; text: string }[] };

export function HomeFacts({ label, facts }: Props) {
  return (
    <ul className="facts" aria-label={label}>
      {facts.map((f) => (
        <li key={f.title} className="card">
          <h2>{f.title}</h2>
          <p>{f.text}</p>
        </li>
      ))}
    </ul>
  );
}
