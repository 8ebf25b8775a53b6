/** The bar shown while presenting: where you are, and buttons for those without a keyboard. */
export function PresentControls({
  slide,
  count,
  go,
  stop,
}: {
  slide: number;
  count: number;
  go: (step: number) => void;
  stop: () => void;
}) {
  return (
    <div className="present-controls no-print" role="group" aria-label="Presentation">
      <button type="button" className="button button-secondary" onClick={() => go(-1)} disabled={slide === 0}>
        ← Previous
      </button>
      <span aria-live="polite">
        {slide + 1} of {count}
      </span>
      <button type="button" className="button button-secondary" onClick={() => go(1)} disabled={slide >= count - 1}>
        Next →
      </button>
      <button type="button" className="button" onClick={stop}>
        Leave (Esc)
      </button>
    </div>
  );
}
