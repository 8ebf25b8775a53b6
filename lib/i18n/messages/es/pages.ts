import type { PagesMessages } from "../en/pages";
import { plural } from "../plural";

export const pages: PagesMessages = {
  meta: {
    siteTitle: "{site}: ¿hasta qué punto está su organización centrada en el cliente?",
    journey: {
      title: "El camino: seis etapas hacia la orientación al cliente",
      description:
        "Las seis etapas de Graham Hill, de estar centrada en el producto a estar centrada en el cliente, las áreas que examina la evaluación y artículos sobre cada una.",
    },
    blunders: {
      title: "Los cinco errores en la gestión del servicio",
      description:
        "Los cinco errores en la gestión del servicio al cliente de Paul Levesque, la mejor alternativa a cada uno y artículos para profundizar.",
    },
    articles: {
      title: "Artículos",
      description:
        "Artículos seleccionados sobre la orientación al cliente: las seis etapas, los cinco errores en la gestión del servicio, el NPS, los clientes internos y más.",
    },
    tag: { title: "Artículos sobre {tag}", description: "Artículos de la biblioteca de Outside-In sobre {tag}." },
    articleImageAlt: "{title}: un artículo de la biblioteca de Outside-In",
    results: {
      title: "Sus resultados",
      description: "Su resultado de orientación al cliente, calculado en su navegador a partir del enlace.",
    },
    compare: {
      title: "Comparar dos resultados",
      description: "Compare un resultado anterior y uno posterior: qué cambió, cuánto y qué no se puede comparar.",
    },
    team: {
      title: "Vista de equipo",
      description:
        "Reúna los enlaces de resultados de varios directivos: la media del equipo, la dispersión y dónde discrepan.",
    },
    join: {
      title: "Su invitación",
      description:
        "Un facilitador le invita a dar, de forma privada, su visión sobre la orientación al cliente de su equipo.",
    },
    scoring: {
      title: "Cómo se puntúa",
      description:
        "El modelo en que se basa Outside-In, cómo las respuestas se convierten en etapas y puntuaciones, y los límites de una autoevaluación.",
    },
    sources: {
      title: "Fuentes",
      description:
        "Cada fuente que cita la biblioteca de Outside-In, una sola vez, con los artículos y recomendaciones que la citan.",
    },
    feedTitle: "Artículos de {site}",
    feedSubtitle:
      "Artículos sobre la orientación al cliente: las seis etapas, los cinco errores en la gestión del servicio y las ideas que los sustentan.",
  },
  results: {
    noscript: "Los resultados se calculan en su navegador, así que esta página necesita JavaScript.",
    whatNow:
      "¿Y ahora qué? {guide} explica cómo leer este informe, compartirlo o guardarlo para usted, y repetir la evaluación el año que viene.",
    guideLink: "La guía",
  },
  compare: {
    lead: "Pegue un enlace de resultados anterior y uno posterior, por ejemplo de este año y del año pasado. Ambos se leen en su navegador.",
  },
  team: {
    lead: "Pida a cada directivo su enlace de resultados y péguelos aquí, uno por línea. Que los directivos discrepen ya es en sí un hallazgo. Todo se lee en su navegador; no se sube nada.",
    firstTime: "¿Dirige un taller por primera vez? {guide}, de la invitación al dossier impreso.",
    guideLink: "La guía le acompaña paso a paso",
  },
  home: {
    title: "¿Hasta qué punto está su organización centrada en el cliente?",
    lead: "Responda a preguntas sobre lo que realmente ocurre en su organización, no sobre lo que pretende. Obtendrá un radar de dónde se encuentra en el camino que va de estar centrada en el producto a estar centrada en el cliente, su etapa global y el siguiente paso para sus áreas más débiles.",
    start: "Empezar la evaluación",
    questions: plural({ one: "{n} pregunta", other: "{n} preguntas" }),
    noSignUp: "sin registro",
    twoAssessments: "Dos evaluaciones",
    withTeam: "Con su equipo directivo",
    teamText:
      "Invite a los demás directivos desde la {team}, vea dónde coinciden sus respuestas y dónde difieren, y dirija el taller desde el sitio. {guide} acompaña a directivos y consultores en cada paso.",
    teamLink: "vista de equipo",
    guideLink: "Cómo usar Outside-In",
    estimate: "unos {minutes}, leyendo con atención a {pace} palabras por minuto",
    minutes: plural({ one: "{n} minuto", other: "{n} minutos" }),
    across: "{questions} en {areas}",
    areas: plural({ one: "{n} área", other: "{n} áreas" }),
    startOne: "Empezar",
    factsLabel: "Qué esperar",
    facts: [
      {
        title: "Sus respuestas se quedan en su navegador",
        text: "La puntuación se calcula en su dispositivo. No se envía nada a ningún servidor, ni siquiera cuando un facilitador le invita, y no hay cuenta, seguimiento ni analítica.",
      },
      {
        title: "Comparta un resultado como enlace",
        text: "El resultado está en el propio enlace. Envíelo a sus colegas o guárdelo para compararlo con el del año que viene.",
      },
      {
        title: "Haga una pausa y vuelva",
        text: "Su progreso se guarda en este navegador sobre la marcha, así que puede cerrar la pestaña y seguir más tarde.",
      },
    ],
  },
};
