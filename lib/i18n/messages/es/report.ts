import type { ReportMessages } from "../en/report";
import { plural } from "../plural";

export const report: ReportMessages = {
  view: {
    reading: "Leyendo su resultado…",
    printedEarly:
      "Esta página se imprimió antes de que su informe se construyera a partir de su enlace, así que no contiene ningún informe. Cierre la vista previa de impresión, espere a que el informe aparezca en pantalla y vuelva a imprimir.",
    cannotShow: "Este resultado no se puede mostrar",
    takeJourney: "Hacer la autoevaluación del camino",
    home: "Ir a la página de inicio",
  },
  printedOn: "Impreso el {date} desde Outside-In.",
  sections: {
    since: "Cambios desde la última vez",
    plan: "Su plan",
    journeyHint: "Etapas, objetivos y la seguridad de cada una, y sus respuestas, área por área",
    blundersHint: "Cada error, su alternativa y las respuestas que apuntan a él",
    relation: "Cómo se relacionan los dos resultados",
    relationHint: "Qué errores pueden estar frenando qué áreas",
    share: "Imprimir, descargar o compartir",
    shareHint: "Poner nombre al resultado, copiar su enlace, compararlo con uno anterior",
  },
  summary: {
    title: "Resumen",
    overallStage: "Etapa global",
    notPlaced: "Respuestas insuficientes para situar a la organización en una etapa.",
    overallAvoidance: "Evitación global",
    noOverall: "Respuestas insuficientes para una puntuación global.",
    priorities: "Sus tres prioridades",
    hold: "Manténgala ahí: ya está en su objetivo.",
    seePlan: plural({ one: "Ver su plan: {n} paso", other: "Ver su plan: {n} pasos" }),
  },
  stages: { label: "Las seis etapas", here: "Usted está aquí", next: "Siguiente etapa" },
  table: {
    area: "Área",
    answered: "Respondidas",
    answeredOf: "{answered} de {total}",
    dontKnow: "({n} «No lo sé»)",
    now: "Ahora",
    target: "Objetivo",
    gap: "Distancia",
  },
  benchmark: {
    title: "Comparado con {n} directivos de {name}",
    caption: "Percentil por área: la proporción de esos directivos con una puntuación más baja",
    percentile: "Percentil",
    scrollLabel: "Percentil por área entre los directivos de {name}",
  },
  blunders: {
    caption: "Evitación por error, en una escala de 0 (el error está presente) a 100 (evitado)",
    avoidance: "Evitación",
    listTitle: "Cada error y su alternativa",
    looksLike: "Cómo se manifiesta:",
    alternative: "La alternativa «flashpoint»:",
    inYourOrganisation: "En su organización:",
    yourAnswers: "sus respuestas que apuntan a este error.",
  },
  combined: {
    noneAtRisk:
      "Ninguno de los errores es un riesgo en este resultado, así que es poco probable que sean los hábitos lo que frena el camino.",
  },
  journey: {
    caption:
      "Etapa por área: ahora, objetivo y distancia, en una escala de 1 (centrada en el producto) a 6 (centrada en el cliente)",
    agreeBefore: "Bajo cada etapa, cuánto coinciden sus propias respuestas en esa área;",
    agreeLink: "cómo se puntúa",
    agreeAfter: "explica cómo eso decide si un cambio posterior cuenta como progreso.",
    answersTitle: "Sus respuestas, área por área",
    answersIntro: "Lo que sustenta cada puntuación: lo que, según usted, ocurre hoy, y la etapa que indica.",
    dontKnow: "No lo sé",
    notAnswered: "Sin responder",
  },
  notes: {
    note: "Nota: ",
    title: "Sus notas",
    inLink: plural({
      one: "Este enlace lleva {n} nota: cualquiera que tenga el enlace puede leerla.",
      other: "Este enlace lleva {n} notas: cualquiera que tenga el enlace puede leerlas.",
    }),
    kept: plural({
      one: "{n} nota se guarda solo en este navegador. Si la incluye, cualquiera que tenga el enlace podrá leerla.",
      other:
        "{n} notas se guardan solo en este navegador. Si las incluye, cualquiera que tenga el enlace podrá leerlas.",
    }),
    remove: "Quitar mis notas del enlace",
    include: "Incluir mis notas en el enlace",
    tooLong:
      "Con las notas, el enlace superaría los {max} caracteres que lee el sitio, así que se quedan en este navegador. Acorte algunas notas al repetir la autoevaluación para compartirlas.",
    included: "El enlace lleva ahora sus notas. Cópielo de nuevo para compartir esta versión.",
    removed: "El enlace ya no lleva sus notas. Los enlaces que copió antes todavía las llevan.",
    before: "Nota anterior: ",
    now: "Nota actual: ",
  },
  other: {
    title: "Completar el cuadro",
    intro:
      "Las dos autoevaluaciones se explican mutuamente: los errores suelen mostrar por qué se ha estancado una etapa. Un informe con ambas dice cómo se relacionan.",
    size: "{questions} preguntas, unos {minutes} minutos.",
    add: "Añadir su resultado del {date}",
    start: "Empezar la otra autoevaluación",
  },
  actions: {
    copied: "Enlace copiado. Quien lo tenga verá este informe; no se comparte nada más.",
    blocked: "El navegador bloqueó la copia. Copie la dirección desde la barra de direcciones.",
    print: "Imprimir o guardar como PDF",
    copy: "Copiar el enlace",
    json: "Descargar JSON",
    csv: "Descargar CSV",
  },
  retake: {
    title: "Repetir más adelante",
    intro:
      "Dentro de unos meses, vuelva a empezar desde estas respuestas: solo cambia lo que ha cambiado, y el nuevo informe muestra lo que se movió desde este.",
    button: "Repetir con estas respuestas",
  },
  share: {
    title: "Poner nombre a este resultado y compartirlo",
    role: "Su cargo o su nombre",
    org: "Organización",
    orgInProblem: "La organización",
    optional: "(opcional)",
    add: "Añadir al enlace",
    saved: "El enlace lleva ahora estos nombres. Cópielo de nuevo para compartir la nueva versión.",
    shareTitle: "Resultado de Outside-In",
    privacy: "Los nombres se guardan solo en el enlace. Cualquiera a quien envíe el enlace los verá.",
    share: "Compartir…",
    compare: "Comparar con un resultado anterior",
  },
  since: {
    byArea: "Cambio por área: {scale}",
    nothing:
      "El resultado anterior no contiene ninguna de las autoevaluaciones de este, así que no hay nada que comparar.",
    unmatched: "Solo en uno de los dos resultados, así que no se comparan: {names}.",
  },
  moved: {
    none: "Ninguna respuesta cambió",
    some: plural({ one: "{n} respuesta cambió", other: "{n} respuestas cambiaron" }),
    label: "Respuestas que cambiaron",
    before: "Antes:",
    after: "Después:",
  },
  targetsReached: "Objetivos alcanzados",
  targets: {
    legend: "Objetivos: adónde debe llegar cada área",
    intro:
      "Cada uno empieza una etapa por encima de donde está el área, salvo que se haya elegido otro: al repetir se conservan los objetivos fijados la última vez. Cambie uno y el plan, el gráfico radial y el enlace se actualizan. Marque cuánto importa ahora un área y el plan empezará por lo que es crucial para su estrategia.",
    now: "ahora {figure}",
  },
  printLink: {
    region: "El enlace de este informe",
    open: "Abrir este informe:",
    code: "Código QR del enlace de este informe",
    noCode:
      "Este enlace es demasiado largo para un código QR: escriba o copie la dirección de abajo para abrir el informe.",
    noNotes:
      "El enlace es demasiado largo para un código QR con las notas que lleva: el código abre el mismo resultado sin ellas. La dirección de abajo lleva las notas.",
    noNamesOrNotes:
      "El enlace es demasiado largo para un código QR con las notas y los nombres que lleva: el código abre el mismo resultado sin ellos.",
    noNames:
      "El enlace es demasiado largo para un código QR con los nombres que lleva: el código abre el mismo resultado sin ellos.",
  },
};
