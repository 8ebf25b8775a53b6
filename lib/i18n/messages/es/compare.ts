import type { CompareMessages } from "../en/compare";
import { plural } from "../plural";

export const compare: CompareMessages = {
  earlier: "Antes",
  later: "Después",
  laterInSentence: "después",
  targets: "Los objetivos que fijó el resultado anterior, cada uno medido con la etapa posterior:",
  noName: "ningún nombre en el enlace",
  noDate: "ninguna fecha en el enlace",
  answeredIn: "respondido en {language}",
  reversed:
    "El resultado indicado como anterior tiene fecha del {first}, posterior al otro ({second}), así que se muestran en orden de fecha: primero el del {second}.",
  twoLeaders:
    "Parecen dos directivos distintos: el resultado anterior es de {before} y el posterior de {after}. Se comparan igualmente a continuación; lea un cambio como una diferencia entre dos personas, no como un progreso.",
  same: "Los dos enlaces contienen el mismo resultado (las mismas respuestas), así que nada puede haber cambiado entre ellos. Para ver qué se movió, pegue un resultado anterior y uno posterior.",
  sameDated:
    "Los dos enlaces contienen el mismo resultado (las mismas respuestas, del {date}), así que nada puede haber cambiado entre ellos. Para ver qué se movió, pegue un resultado anterior y uno posterior.",
  future: {
    earlier:
      "El resultado anterior tiene fecha del {date}, posterior a hoy ({today}): su fecha se cambió a mano o el reloj de este dispositivo está mal. Lea el orden de los dos con cautela.",
    later:
      "El resultado posterior tiene fecha del {date}, posterior a hoy ({today}): su fecha se cambió a mano o el reloj de este dispositivo está mal. Lea el orden de los dos con cautela.",
  },
  earlierLink: "El enlace anterior:",
  laterLink: "El enlace posterior:",
  nothingShared: "Estos dos resultados no comparten ninguna autoevaluación, así que no hay nada que comparar.",
  notComparable: "No comparable",
  unmatched: "Solo en uno de los dos resultados, así que no se comparan: {names}.",
  byArea: "Cambio por área: {scale}",
  area: "Área",
  change: "Cambio",
  form: {
    earlier: "Enlace del resultado anterior (antes)",
    saved: "O use un resultado guardado en este navegador",
    choose: "Elija un resultado guardado…",
    savedDay: "Guardado",
    savedItem: "{day}: {ids}",
    idsJoin: " y ",
    later: "Enlace del resultado posterior (después)",
    submit: "Comparar",
  },
  printLink: {
    region: "El enlace de esta comparación",
    open: "Abrir esta comparación:",
    code: "Código QR del enlace de esta comparación",
    noCode:
      "Este enlace es demasiado largo para un código QR: escriba o copie la dirección de abajo para abrir la comparación.",
    noNotes:
      "El enlace es demasiado largo para un código QR con las notas que lleva: el código abre el mismo resultado sin ellas. La dirección de abajo lleva las notas.",
    noNamesOrNotes:
      "El enlace es demasiado largo para un código QR con las notas y los nombres que lleva: el código abre el mismo resultado sin ellos.",
    noNames:
      "El enlace es demasiado largo para un código QR con los nombres que lleva: el código abre el mismo resultado sin ellos.",
  },
  moved: {
    none: "Ninguna respuesta cambió",
    some: plural({ one: "{n} respuesta cambió", other: "{n} respuestas cambiaron" }),
    label: "Respuestas que cambiaron",
    before: "Antes:",
    after: "Después:",
  },
  targetsReached: "Objetivos alcanzados",
};
