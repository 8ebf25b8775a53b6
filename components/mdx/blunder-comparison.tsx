/** A blunder beside its "flashpoint" alternative (Paul Levesque's term). */
export function BlunderComparison({ blunder, alternative }: { blunder?: string; alternative?: string }) {
  return (
    <div className="comparison" role="group" aria-label="Blunder and alternative">
      <div className="comparison-side comparison-blunder">
        <p className="callout-title">The blunder</p>
        <p>{blunder}</p>
      </div>
      <div className="comparison-side comparison-alternative">
        <p className="callout-title">The flashpoint alternative</p>
        <p>{alternative}</p>
      </div>
    </div>
  );
}
