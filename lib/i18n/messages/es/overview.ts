import type { OverviewMessages } from "../en/overview";

export const overview: OverviewMessages = {
  journey: {
    title: "El camino de estar centrado en el producto a estar centrado en el cliente",
    lead: "Las organizaciones rara vez saltan de los silos de producto a organizarse en torno a sus clientes. Pasan por seis etapas, y cada una pone un marco más formal alrededor de las personas que trabajan para un cliente.",
    start: "Hacer la evaluación del camino",
    stagesTitle: "Las seis etapas",
    stage: "Etapa {n}",
    teachesTitle: "Lo que enseña el modelo",
    teaches: {
      promise: "No pierda de vista la promesa que hace a los clientes: cada etapa existe para cumplirla juntos.",
      named:
        "Donde las personas no cooperan por costumbre, una persona designada con responsabilidad formal puede lograr que lo hagan.",
      accountability: "Responder del cliente es lo que permite a una organización pasar de una etapa a la siguiente.",
      next: "Conocer su etapa actual y la siguiente es más útil que fijar la vista en la última.",
    },
    areasTitle: "Las {n} áreas que examina la evaluación",
    areasLead:
      "La evaluación sitúa cada área por separado en las seis etapas, porque las organizaciones avanzan de forma desigual: la estructura puede estar en la etapa 4 mientras la medición sigue en la etapa 2.",
    findStage: "Encontrar su etapa",
  },
  blunders: {
    title: "Los cinco errores en la gestión del servicio",
    lead: "Cinco hábitos en los que caen organizaciones bienintencionadas cuando el servicio decepciona. Cada uno parece lo responsable, y cada uno tiene una alternativa mejor.",
    credit:
      "Los errores y las alternativas de las empresas «flashpoint» proceden del libro de Paul Levesque {book}. Las descripciones están aquí en nuestras propias palabras.",
    start: "Hacer la evaluación de los cinco errores",
    looksLike: "Cómo se reconoce",
    alternative: "La alternativa de las empresas «flashpoint»",
    competenceTitle: "Una competencia, no cinco arreglos",
    competence:
      "Evitar los errores no es tarea solo del departamento de servicio. Levesque entiende el enfoque en el cliente como una competencia de toda la organización, en la que dirección, procesos y personas apuntan en la misma dirección. Un error en uno de ellos suele deshacer el buen trabajo en los demás.",
    checkAgain: "Revisar su organización en busca de los cinco errores",
  },
  start: {
    facts: "{questions} · {estimate} · las respuestas se quedan en su navegador",
    questions: "{n} preguntas",
  },
  articles: {
    readMore: "Para leer más",
    on: "Artículos sobre {tag}",
    all: "Los {n} artículos sobre {tag}",
  },
};
