import type { FlowMessages } from "../en/flow";
import { plural } from "../plural";
import { invitationLink } from "./invitation-link";
import { link } from "./link";

export const flow: FlowMessages = {
  intro: {
    title: "Antes de empezar",
    size: "{questions} en {sections}, {estimate}.",
    questions: plural({ one: "{n} pregunta", other: "{n} preguntas" }),
    sections: plural({ one: "{n} sección", other: "{n} secciones" }),
    today: "Responda según lo que ocurre hoy, no según lo previsto. «No lo sé» siempre es una respuesta válida.",
    keyboard: "Teclado: pulse un número para elegir una respuesta e Intro para continuar.",
    private: "Sus respuestas se quedan en este navegador. El progreso se guarda sobre la marcha.",
    savedRegion: "Progreso guardado",
    saved: "Tiene progreso guardado: {answered} de {total} preguntas respondidas.",
    savedFrom: "Tiene progreso guardado del {when}: {answered} de {total} preguntas respondidas.",
    resume: "Seguir donde lo dejé",
    startOver: "Empezar de nuevo",
    start: "Empezar",
  },
  restore: {
    discarded: "No pudimos usar el progreso guardado en este navegador: {reason}. Empieza de cero.",
    unreadable: "las respuestas guardadas en este navegador no se pudieron leer",
    otherQuestionnaire: "las respuestas guardadas pertenecen a otro cuestionario",
    newer:
      "las respuestas guardadas proceden de la versión {saved} de este cuestionario, más reciente que la versión {runs} que usa este sitio",
    changed:
      "las respuestas guardadas se dieron con la versión {saved} de este cuestionario, que ha cambiado desde entonces",
    notesLost:
      "Las notas guardadas en este navegador no se pudieron leer, así que se omiten. Sus respuestas se conservan.",
  },
  progress: {
    position: "Pregunta {n} de {total}",
    part: "Parte {n} de {total}: {name}",
    timeLeft: "quedan aprox. {minutes}",
    answered: "{answered} de {total} respondidas",
    parts: "Partes",
    partAnswered: "{name}: {done} de {size} respondidas",
  },
  question: {
    dontKnow: "No lo sé",
    isNew: "Nuevo desde la última vez",
    back: "Atrás",
    undo: "Deshacer",
    undoHint: " la última respuesta y volver a ella",
    next: "Siguiente",
    toReview: "Revisar respuestas",
    backToReview: "Volver a la revisión",
    held: "Ya está en la pregunta {n}: su toque le hizo avanzar. Respóndala, o pulse Siguiente otra vez para saltarla.",
    autoAdvance: "Pasar a la siguiente pregunta al tocar una respuesta",
  },
  note: {
    yours: "Su nota",
    add: "Añadir una nota",
    label: "Nota sobre esta respuesta",
    hint: "(opcional): la evidencia o el ejemplo que la respalda",
    onQuestion: "Nota sobre la pregunta {n}",
    count: "{length} de {max} caracteres",
    tooLong: "Una nota admite hasta {max} caracteres; esta tiene {length}. Acórtela para conservarla.",
    blank: "Esta nota no muestra nada: escriba la evidencia o el ejemplo con palabras.",
    linkTooLong:
      "Esta nota haría que su enlace de resultados superara los {max} caracteres que lee el sitio: acorte esta nota u otra. Sus respuestas y sus otras notas se conservan.",
  },
  review: {
    title: "Revise sus respuestas",
    missing: plural({ one: "{n} pregunta aún no tiene respuesta:", other: "{n} preguntas aún no tienen respuesta:" }),
    missingList: "Aún sin respuesta",
    allAnswered: "Las {n} preguntas tienen respuesta.",
    answerOne: "Responder primero la pregunta {n}",
    answerOpen: "Responder las {count} preguntas abiertas, desde la pregunta {n}",
    part: "Parte {n}: {name}",
    partAnswered: "{done} de {total} respondidas",
    notAnswered: "Sin responder",
    change: "Cambiar",
    answer: "Responder",
    questionHint: " la pregunta {n}",
    seeResults: "Ver mis resultados",
    goOn: "Continuar con «{title}»",
    here: "Ver mis resultados sin «{title}»",
    without: plural({ one: "{label} sin responderla", other: "{label} sin responderlas" }),
    notEnough:
      "Un área con menos de la mitad de sus preguntas respondidas muestra «respuestas insuficientes» en lugar de una etapa.",
    notesNotKept:
      "Este navegador no pudo guardar sus notas (su almacenamiento está lleno o desactivado) y no están en el enlace, así que se perderían. Inclúyalas en el enlace, o vuelva a finalizar para continuar sin ellas.",
  },
  share: {
    legend: "Sus notas",
    kept: plural({
      one: "{n} nota se guarda solo en este navegador y se muestra aquí en su informe.",
      other: "{n} notas se guardan solo en este navegador y se muestran aquí en su informe.",
    }),
    include: "Incluir mis notas en el enlace",
    shared:
      "Cualquiera con el enlace puede leer sus notas: la persona a quien se lo envíe y aquellas a quienes ella se lo reenvíe.",
    ifShared: "Si las incluye, cualquiera con el enlace podrá leerlas.",
  },
  storage: {
    notSaving:
      "Este navegador no está guardando su progreso (el almacenamiento puede estar lleno o desactivado), así que sus respuestas se perderán si recarga o cierra esta página. Están a salvo mientras la página siga abierta.",
    keep: "Para conservarlas, termine el cuestionario, o abra {link} y guárdelo en marcadores.",
    link: "un enlace de resultados con sus respuestas hasta ahora",
  },
  conflict: {
    lead: "Este cuestionario también está abierto en otra pestaña o ventana,",
    rest: " y allí se acaban de guardar respuestas. Esta pestaña ha dejado de guardar para que ninguna sobrescriba a la otra.",
    mine: "Esta pestaña: {mine} de {total} respondidas.",
    cleared: "La otra pestaña borró sus respuestas guardadas.",
    theirs: "La otra pestaña: {theirs} de {total} respondidas.",
    keepMine: "Conservar las respuestas de esta pestaña",
    useTheirs: "Usar las respuestas de la otra pestaña",
  },
  carry: {
    invited:
      "{facilitator} le ha invitado a responder (equipo: {team}). Responderá las dos evaluaciones seguidas y terminará con un solo enlace para enviar a {facilitator}; Outside-In no envía nada por su cuenta.",
    damagedInvitation:
      "La invitación de esta dirección no se puede leer, así que su resultado no vendrá con un correo listo para la persona que le invitó. {problem} Aun así puede responder: al final, copie su enlace de resultados y envíeselo usted.",
    answeringAs: "Responde como {who}: esto figura en su enlace de resultados.",
    withResult: "Su resultado de «{names}» le acompaña: al terminar, ambos estarán en un solo enlace de resultados.",
    retaking:
      "Está repitiendo su resultado. {kept} de {total} respuestas vienen de él; cambie solo lo que haya cambiado.",
    retakingFrom:
      "Está repitiendo su resultado del {date}. {kept} de {total} respuestas vienen de él; cambie solo lo que haya cambiado.",
    fresh: plural({
      one: "{n} pregunta es nueva o ha cambiado desde entonces, marcada como «Nuevo desde la última vez».",
      other: "{n} preguntas son nuevas o han cambiado desde entonces, marcadas como «Nuevo desde la última vez».",
    }),
    loading: "Cargando sus respuestas anteriores…",
    failed:
      "{problem} Aun así puede hacer la evaluación desde cero; el enlace del que viene no ha cambiado, así que no se pierde nada.",
    loadFailed: "No se pudieron cargar las respuestas anteriores: {error}.",
    leftOut: {
      with: "El resultado de otra evaluación que trae este enlace no se puede leer, así que se deja fuera: {problem}",
      retake: "El resultado que está repitiendo no se puede leer, así que ninguna respuesta viene de él: {problem}",
    },
    link,
    invitation: invitationLink,
  },
};
