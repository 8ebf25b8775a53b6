import type { Slide } from "@/lib/workshop/slides";
import { AnswerTable } from "./answer-table";
import { GridRowView } from "./leader-grid";
import { SentenceView } from "./sentence-view";
import { SpreadChart, SpreadTable } from "./spread-chart";
import { RecommendationCard } from "./team-recommendations";
import { DiscussionPrompt } from "./discussion-prompt";

type Props = { slide: Slide; nameOf: (leader: number) => string };

/** What one slide shows, by its kind. The slide's size and type scale are in styles/team.css. */
function SlideBody({ slide, nameOf }: Props) {
  switch (slide.kind) {
    case "title":
      return (
        <>
          {slide.team && (
            <p className="slide-team">
              <bdi>{slide.team}</bdi>
            </p>
          )}
          <p className="slide-subtitle">{slide.subtitle}</p>
          <dl className="slide-overall">
            {slide.overall.map((line) => (
              <div key={line.questionnaireId}>
                <dt>{line.title}</dt>
                <dd>{line.headline}</dd>
                {line.detail && <dd className="muted">{line.detail}</dd>}
              </div>
            ))}
          </dl>
        </>
      );
    case "findings":
      return (
        <ul className="slide-findings">
          {slide.sentences.map((sentence, i) => (
            <li key={i}>
              <SentenceView sentence={sentence} nameOf={nameOf} />
            </li>
          ))}
        </ul>
      );
    case "spread":
      return (
        <>
          <SpreadChart chart={slide.chart} />
          <SpreadTable chart={slide.chart} hidden />
        </>
      );
    case "grid":
      return (
        <table className="score-table leader-grid slide-grid">
          <caption className="visually-hidden">{slide.title}</caption>
          <thead>
            <tr>
              <th scope="col">Leader</th>
              {slide.columns.map((c) => (
                <th key={c.id} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slide.rows.map((row) => (
              <GridRowView key={row.leader} row={row} name={nameOf(row.leader)} />
            ))}
          </tbody>
        </table>
      );
    case "question": {
      const { question, prompt } = slide.item;
      return (
        <div className="slide-question">
          <div>
            <h3>{question.text}</h3>
            <p className="muted">{question.dimensionName}</p>
            {prompt && <DiscussionPrompt prompt={prompt} />}
          </div>
          <AnswerTable question={question} />
        </div>
      );
    }
    case "recommendation":
      return (
        <div className="slide-recommendation">
          <RecommendationCard item={slide.item} />
        </div>
      );
    case "actions":
      return (
        <table className="score-table slide-actions">
          <caption className="visually-hidden">{slide.title}</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {slide.items.map((a, i) => (
              <tr key={i}>
                <th scope="row">
                  <bdi>{a.text}</bdi>
                  <span className="slide-about muted">{a.aboutText}</span>
                </th>
                <td>
                  <bdi>{a.ownerText}</bdi>
                </td>
                <td>{a.dueText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case "note":
      return <p className="slide-note">{slide.text}</p>;
  }
}

/** One slide: its title, then its one idea. */
export function SlideView({ slide, nameOf, current, position }: Props & { current: boolean; position: string }) {
  const titleId = `slide-${slide.key}-title`;
  return (
    <section
      className="slide"
      data-kind={slide.kind}
      aria-labelledby={titleId}
      aria-roledescription="slide"
      hidden={!current}
      data-slide={slide.key}
      tabIndex={-1}
    >
      <h2 id={titleId}>{slide.title}</h2>
      <div className="slide-body">
        <SlideBody slide={slide} nameOf={nameOf} />
      </div>
      <p className="slide-position print-only">{position}</p>
    </section>
  );
}
