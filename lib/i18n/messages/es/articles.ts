import type { ArticlesMessages } from "../en/articles";
import { plural } from "../plural";

export const articles: ArticlesMessages = {
  lead: "Las ideas en que se basan las evaluaciones, con nuestras propias palabras y con sus fuentes. Cada artículo termina con lo que puede hacer el lunes.",
  searchLabel: "Buscar artículos",
  feed: "Los artículos nuevos llegan a {feed} (Atom), para cualquier lector de canales.",
  feedLink: "el canal de la biblioteca",
  filterLabel: "Filtrar por tema",
  allArticles: "Todos los artículos",
  countWord: plural({ one: "artículo", other: "artículos" }),
  count: plural({ one: "{n} artículo", other: "{n} artículos" }),
  tagged: "{articles} sobre «{tag}»",
  minRead: "{n} min de lectura",
  tagsLabel: "Temas",
  kicker: "Artículos",
  by: "Por {editors}",
  updated: "actualizado el {date}",
  onThisPage: "En esta página",
  anchor: "Enlace a esta sección: {heading}",
  whereShowsUp: "Dónde aparece esto en las evaluaciones",
  areaIn: "{area} en {assessment}",
  sources: "Fuentes",
  sourcesNote: "Cada fuente que cita la biblioteca, y lo que la cita, figura en {sources}.",
  related: "Artículos relacionados",
  moreArticles: "Más artículos",
  newer: "Más reciente",
  older: "Más antiguo",
  sourcesPage: {
    lead: "Cada obra en la que se apoyan los artículos, las recomendaciones sobre los errores y el plan del camino, citada una sola vez, con lo que la cita. Cuando una página no da fecha, la entrada dice «n.d.» (sin fecha); cuando no se encontró un original, la entrada es la página que lo citaba, y lo indica.",
    citedBy: "Citado por:",
  },
};
