import type { Slide } from "@/lib/workshop/slides";
import { AnswerTable } from "@/components/team/answer-table";
import { GridRowView } from "@/components/team/leader-grid";
import { SentenceView } from "@/components/team/sentence-view";
import { SpreadChart, SpreadTable } from "@/components/team/spread-chart";
import { RecommendationCard } from "@/components/team/team-recommendations";
import { DiscussionPrompt, QuestionPrompt } from "@/components/team/discussion-prompt";
import { LeaderNotes } from "@/components/team/leader-notes";
import { ScoreTable } from "@/components/shared/score-table";
import type { TeamText } from "@/lib/team/text";
import { EvidencePicture } from "./evidence-picture";

type Props = { slide: Slide; nameOf: (leader: number) => string; text: TeamText };

/** Notes on a disputed question's slide: three short paragraphs fit beside its answers. */
const NOTES_PER_SLIDE = 3;

/** What one slide shows, by its kind. The slide's size and type scale are in styles/present-mode.css. */
function SlideBody({ slide, nameOf, text }: Props) {
  const { team: t, workshop: w, locale } = text;
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
    case "finding":
      return (
        <>
          <p className="slide-claim">
            <SentenceView sentence={slide.sentence} nameOf={nameOf} />
          </p>
          {slide.picture && <EvidencePicture picture={slide.picture} nameOf={nameOf} text={text} />}
          {slide.prompt && <DiscussionPrompt prompt={slide.prompt} words={t} />}
        </>
      );
    case "spread":
      return (
        <>
          <SpreadChart chart={slide.chart} locale={locale} words={t} />
          <SpreadTable chart={slide.chart} hidden words={t} />
        </>
      );
    case "grid":
      return (
        <ScoreTable
          className="leader-grid slide-grid"
          caption={slide.title}
          captionHidden
          columns={[t.leader, ...slide.columns.map((c) => c.name)]}
        >
          {slide.rows.map((row) => (
            <GridRowView key={row.leader} row={row} name={nameOf(row.leader)} words={t} />
          ))}
        </ScoreTable>
      );
    case "question": {
      const { question } = slide.item;
      return (
        <div className="slide-question">
          <div>
            <h3>{question.text}</h3>
            <p className="muted">{question.dimensionName}</p>
            <QuestionPrompt item={slide.item} words={t} />
            <LeaderNotes notes={slide.item.notes} nameOf={nameOf} max={NOTES_PER_SLIDE} locale={locale} words={t} />
          </div>
          <AnswerTable question={question} words={t} />
        </div>
      );
    }
    case "recommendation":
      return (
        <div className="slide-recommendation">
          <RecommendationCard item={slide.item} locale={locale} words={t} />
        </div>
      );
    case "actions":
      return (
        <ScoreTable className="slide-actions" caption={slide.title} captionHidden columns={[w.action, w.owner, w.due]}>
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
        </ScoreTable>
      );
    case "note":
      return <p className="slide-note">{slide.text}</p>;
  }
}

/** One slide: its title, then its one idea. */
export function SlideView({ slide, nameOf, text, current, position }: Props & { current: boolean; position: string }) {
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
        <SlideBody slide={slide} nameOf={nameOf} text={text} />
      </div>
      <p className="slide-position print-only">{position}</p>
    </section>
  );
}
