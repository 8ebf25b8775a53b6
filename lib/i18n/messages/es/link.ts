import type { LinkMessages } from "../en/link";

export const link: LinkMessages = {
  ask: "Pida una copia nueva a quien se lo envió, o haga usted mismo la autoevaluación.",
  kinds: {
    empty:
      "Esta página muestra un resultado guardado en su enlace, y este enlace no contiene ninguno. Haga una autoevaluación para obtener uno.",
    "not-a-result": "Este enlace no es un enlace de resultados de Outside-In, o se cambió una parte. {ask}",
    "newer-format":
      "Este enlace de resultados lo creó una versión de Outside-In más reciente que la de este sitio. Ábralo en el sitio que lo creó o pida a su responsable que lo actualice.",
    "unknown-questionnaire":
      "Este enlace remite a un cuestionario que este sitio no ofrece, así que puede venir de otro sitio. {ask}",
    "unknown-version":
      "Este enlace se creó con una versión del cuestionario que este sitio no conoce. Ábralo en el sitio que lo creó o pida a su responsable que lo actualice.",
    truncated:
      "Este enlace parece cortado: faltan caracteres, algo que suele ocurrir cuando un enlace se parte en un correo. Vuelva a copiar el enlace completo. {ask}",
    extended:
      "Este enlace tiene caracteres de más al final de las respuestas, así que quizá se pegó dos veces o se editó. Vuelva a copiar el enlace. {ask}",
    tampered:
      "Las respuestas de este enlace no superan su comprobación de integridad, así que se cambió o se escribió mal un carácter. {ask}",
    "too-large": "Este enlace es mucho más largo que cualquier enlace de resultados, así que no se leyó. {ask}",
    wrapped:
      "Un sistema de correo o de chat reescribió este enlace, y el enlace de resultados que contiene no se puede leer. {ask}",
  },
  withDetail: "{message} ({detail})",
  versionOf: "versión {version} de {title}",
  newerVersion:
    "Este enlace se creó con la versión {version} de {title}, más reciente que las que conoce este sitio (llega hasta la versión {newest}). Ábralo en el sitio que lo creó o pida a su responsable que lo actualice.",
  newerFormat:
    "Este enlace de resultados se creó en el formato de enlace {format}, con una versión de Outside-In más reciente que la de este sitio (que lee hasta el formato {newest}). Ábralo en el sitio que lo creó o pida a su responsable que lo actualice.",
  wrappedElsewhere:
    "{name} guarda la dirección real en su propio servidor, así que el resultado no está en este enlace.",
  wrappedDamaged: "El enlace de resultados dentro de esta dirección de {name} falta o está dañado.",
  wrappedBy:
    "{name} reescribió este enlace. {why} Ábralo en su navegador, copie la dirección de la página de resultados que se abre (lo que va después de /results/# es el resultado) y péguela en su lugar, o pida a quien lo envió que vuelva a enviar el enlace de resultados como texto sin formato.",
  inEarlier: "{message} El problema está en el resultado anterior que este enlace lleva para la comparación.",
  leftOut: "{what} no se pudo leer, así que se deja fuera. {message}",
  broughtAlong: "El resultado que trajo de la otra autoevaluación",
  retook: "El resultado que usted repitió",
  lines: {
    noLink: "En esta línea no hay ningún enlace de resultados.",
    tooMany: "Esta línea contiene más de {max} enlaces; el resto no se leyó.",
    onlyTheFirst: "Solo se leen los primeros {limit} enlaces.",
    sameResult: "Mismo resultado que la línea {line}: se cuenta una vez.",
    sameAnswers:
      "Mismas respuestas que la línea {line}, con {differences}: se cuenta una vez, tal como lo da la línea {line}.",
    retook:
      "Resultado anterior del mismo directivo, que la línea {line} repitió: se cuenta una vez, tal como lo da la línea {line}.",
    noDate: "ninguna fecha",
    dateLacking: "una fecha que le falta a la línea {line}",
    names: "sus nombres escritos de otra forma",
    targets: "otros objetivos",
    and: "{a} y {b}",
  },
};
