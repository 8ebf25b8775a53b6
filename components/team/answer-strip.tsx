import type { QuestionSpread } from "@/lib/team/questions";

const WIDTH = 320;
const HEIGHT = 64;
const PAD = 20;

/**
 * A strip of the answers to one question: a dot per option along the question's scale, its
 * area by how many leaders chose it, with the count written above. Drawn in plain SVG (no
 * chart library), and hidden from assistive technology: the table beside it says the same.
 */
export function AnswerStrip({ question }: { question: QuestionSpread }) {
  const valued = question.options.flatMap(({ value, count }, i) => (value === null ? [] : [{ value, count, i }]));
  const values = valued.map((o) => o.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const most = Math.max(1, ...question.options.map((o) => o.count));
  // Options sharing a value (two options at one stage) sit side by side, not on top of each other.
  const x = (value: number, i: number) => {
    const base = PAD + ((value - lo) / Math.max(1, hi - lo)) * (WIDTH - 2 * PAD);
    const twins = valued.filter((o) => o.value === value);
    const k = twins.findIndex((o) => o.i === i);
    return base + (k - (twins.length - 1) / 2) * 14;
  };
  // Left is the product-centric end (journey) or the blunder present (blunders).
  return (
    <svg className="answer-strip" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <line x1={PAD} x2={WIDTH - PAD} y1={44} y2={44} className="answer-strip-axis" />
      {valued.map((o) => {
        const cx = x(o.value, o.i);
        const r = o.count === 0 ? 2 : 4 + 8 * Math.sqrt(o.count / most);
        return (
          <g key={o.i}>
            <circle cx={cx} cy={44} r={r} className={o.count === 0 ? "answer-strip-none" : "answer-strip-dot"} />
            {o.count > 0 && (
              <text x={cx} y={22} textAnchor="middle" className="answer-strip-count">
                {o.count}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
