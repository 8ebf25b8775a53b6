import type { ScoringMessages } from "../en/scoring";
import { plural } from "../plural";

export const scoring: ScoringMessages = {
  title: "Cómo se puntúa",
  lead: "Todo esto ocurre en su navegador. Las reglas son sencillas a propósito, para que usted pueda comprobar cualquier resultado a mano.",
  journey: {
    heading: "El camino: seis etapas",
    evidence:
      "Cada pregunta describe algo que se puede observar, por ejemplo quién resuelve una queja que afecta a dos departamentos. Cada opción de respuesta describe cómo se ve eso en una etapa, así que su respuesta es una prueba de una etapa.",
  },
  answers: {
    heading: "De las respuestas a una etapa",
    areaScore: {
      term: "La puntuación de un área",
      text: "{term} es la etapa media de sus preguntas respondidas. Con respuestas en las etapas 2, 3, 3 y 4, la puntuación es (2 + 3 + 3 + 4) ÷ 4 = 3,0.",
    },
    dontKnow: {
      term: "«No lo sé»",
      text: "{term} queda fuera de la media. Es una respuesta honesta, no un cero. Si usted no lo sabe, ya merece la pena averiguarlo.",
    },
    notEnough: {
      term: "Respuestas insuficientes:",
      text: "{term} un área necesita que al menos la mitad de sus preguntas tenga una respuesta real. Por debajo de eso, se muestra como «respuestas insuficientes» en lugar de con un número que induciría a error.",
    },
    overall: {
      term: "La etapa global",
      text: "{term} es la media de las áreas puntuadas, redondeada a la etapa más cercana. Una mitad exacta se redondea hacia abajo: 3,5 es la etapa 3 y 3,6 es la etapa 4. Redondeamos hacia abajo en la mitad porque una etapa solo cuenta cuando la mayor parte de las pruebas la muestran. Para dar una etapa global, al menos la mitad de las áreas debe tener puntuación.",
    },
    next: {
      term: "El siguiente paso",
      text: "{term} es la etapa que sigue a la suya. Las recomendaciones se centran en sus áreas más débiles, porque un camino avanza al ritmo de su parte más lenta: sus tres prioridades y su plan empiezan ambos por la más débil, {order}.",
    },
    matters: {
      term: "Lo que le importa a usted",
      text: "{term} puede cambiar ese orden. Junto al objetivo de cada área, el informe le permite marcarla como «{levels}» o dejarla sin marcar. En cuanto un área está marcada, las prioridades y el plan siguen este orden: {order}; si no hay ninguna marcada, nada cambia. Después, un gráfico sitúa cada área marcada en uno de cuatro cuadrantes ({quadrants}): {placed}.",
    },
    levelsJoin: "», «",
  },
  areas: {
    heading: "Las etapas propias de cada área",
    text: "Las respuestas de un área describen la práctica propia de esa área, así que una organización puede estar en la etapa 5 en un área y en la etapa 2 en otra. Los objetivos, el plan y la tabla de resultados nombran las etapas de un área con sus propias palabras. {credit}",
    caption: "Las seis etapas de cada área",
    area: "Área",
    stage: "Etapa {n}",
    detail: "Cómo es cada etapa: {area}",
    areaCase: "as-is",
  },
  sure: {
    heading: "Qué seguridad ofrece cada cifra",
    spread:
      "La puntuación de un área es una media, y una media oculta hasta qué punto coinciden las respuestas que la forman. Junto a la etapa de cada área, el informe lo indica: «las respuestas van de la etapa 2 a la 5» cuando sus propias respuestas en esa área apuntan a etapas de la 2 a la 5, o «las 4 respuestas en la etapa 3» cuando coinciden.",
    progressHeading: "Cuándo un cambio cuenta como progreso",
    progress:
      "Una sola regla decide cada cambio que muestra el sitio: en la página de comparación, en «Cambios desde la última vez», en papel y en el CSV. Un cambio en un área cuenta como progreso o retroceso solo si es mayor que lo que produciría una sola respuesta que pasara de un extremo de esa dispersión al otro: la etapa más alta menos la más baja, dividido entre el número de respuestas. Con respuestas en las etapas {answers}, eso da ({high} − {low}) ÷ {count} = {margin}; así, {small}, mientras que {large}. Un cambio exactamente de ese tamaño sigue estando dentro. De los dos resultados, decide el que tiene la dispersión más amplia. La misma regla se aplica a los errores, en su escala de 0 a 100.",
    average:
      "La etapa media es la media de las áreas, así que se le aplica la media de sus márgenes: si ninguna área se movió más que su propio margen, la media tampoco pudo moverse más. Redondear cada cifra a dos decimales puede añadir {rounding}, así que eso también se admite. Con áreas cuyos márgenes son {margins}, el margen de la media es {mean} + {rounding} = {margin}, y una subida de {rise} es {verdict}. La evitación global de los errores sigue la misma regla, con {blundersRounding} punto por redondear a números enteros. La etapa global es la media redondeada, así que un paso arriba o abajo solo cuenta cuando cuenta el cambio de la media.",
    numbersJoin: "; ",
    targets:
      "Al repetir la evaluación se conservan los objetivos que usted fijó. Cada uno se {target}; la página de comparación dice lo mismo de los objetivos fijados en el resultado anterior.",
  },
  rules: {
    below: "por debajo de {n}",
    range: "de {from} a {to}",
    orMore: "a partir de {n}",
    move: "un cambio de {n} es {verdict}",
    verdicts: {
      progress: "un progreso",
      decline: "un retroceso",
      unchanged: "sin cambios",
      withinSpread: "«{within}»",
    },
    target: "alcanza cuando la etapa del resultado posterior en esa área es igual o superior a él",
  },
  blunders: {
    heading: "Los cinco errores",
    intro:
      "El cuestionario de los cinco errores usa los cinco errores en la gestión del servicio que Paul Levesque describe en {book}. Usted valora afirmaciones desde «Totalmente en desacuerdo» hasta «Totalmente de acuerdo». Algunas afirmaciones describen el error y otras su mejor alternativa, así que estar de acuerdo con todo no puntúa bien.",
    book: "Customer Service From The Inside Out Made Easy",
    answer: {
      term: "Cada respuesta",
      text: "{term} puntúa de 0 a 100 según cuánto muestre que se evita el error. En una afirmación que describe el error, «Totalmente en desacuerdo» puntúa 100, «En desacuerdo» 75, el punto medio 50, «De acuerdo» 25 y «Totalmente de acuerdo» 0. En una afirmación que describe la alternativa, la escala va al revés.",
    },
    avoidance: {
      term: "La puntuación de evitación de un error",
      text: "{term} es la media de sus respuestas, redondeada a un número entero. Se aplican las mismas reglas de «No lo sé» y de «al menos la mitad respondida».",
    },
    bands: { term: "Franjas de riesgo:", band: "{label} {range}", join: ", ", last: " y " },
    bandsInSentence: { high: "riesgo alto", watch: "a vigilar", healthy: "saludable" },
    overall: {
      term: "La puntuación global",
      text: "{term} es la media redondeada de las puntuaciones de los errores, con las mismas franjas: el informe muestra la global con su propia franja e indica aparte cuántos errores están en riesgo alto, nombrando cada uno.",
    },
  },
  team: {
    heading: "Cuando responden varios directivos",
    intro:
      "La vista de equipo compara las puntuaciones de cada área con la {median} del equipo para esa área (la puntuación del medio: un directivo que lo ve todo de otra manera no puede moverla). Cada frase que escribe sigue una de estas reglas, y el material del taller, las diapositivas y la hoja de cálculo dicen lo mismo.",
    median: "mediana",
    far: "{stages} en el camino, o {points} en los errores",
    leaders: plural({ one: "{n} directivo", other: "{n} directivos" }),
    stages: plural({ one: "{n} etapa", other: "{n} etapas" }),
    points: plural({ one: "{n} punto", other: "{n} puntos" }),
    farFrom: {
      term: "Lejos del equipo:",
      text: "{term} un directivo cuya puntuación está al menos a {far} de la mediana del área se sitúa muy por debajo o muy por encima del equipo. La cuadrícula marca exactamente a estos directivos con ↓ o ↑. Hacen falta al menos {min} directivos con puntuación en el área: con dos, la mediana es solo el punto entre ambos.",
    },
    camps: {
      term: "Dos bandos:",
      text: "{term} el equipo se divide en dos bandos solo cuando las puntuaciones forman dos grupos de al menos {minLeaders} directivos cada uno, cada grupo con al menos el {share} % de los directivos que puntuaron el área, con un hueco entre ellos de al menos {far} en el que no hay nadie, y ese hueco es más amplio que la dispersión dentro de cualquiera de los dos grupos. Si no, la vista de equipo no habla de división.",
    },
    most: {
      term: "Lejos del equipo en la mayoría de las áreas:",
      text: "{term} un directivo lejos de la mediana en más de la mitad de las áreas donde eso puede juzgarse (al menos dos) se nombra una sola vez, en lugar de una vez por área. Se nombran hasta {max} directivos en una frase; a partir de ahí, se cuentan.",
    },
    differently: {
      term: "Ver un área de otra manera:",
      text: "{term} cuando la mitad central del equipo abarca al menos {far}, los directivos ven esa área de distinta manera, aunque nadie esté lejos de la mediana.",
    },
    agree: {
      term: "En general de acuerdo:",
      text: "{term} solo se dice cuando han respondido al menos {min} directivos y, en cada área que puntuaron al menos ese número de ellos, cada directivo está a menos de {far} de la mediana, sin bandos y sin ningún área vista de distinta manera. Un área que puntuaron menos de ellos se nombra como con demasiado pocos para juzgar.",
    },
    matters: {
      term: "Desacuerdo sobre lo que importa:",
      text: "{term} cuando los directivos marcaron cuánto importa un área del camino, el equipo discrepa sobre ella si fue marcada como «{criticalLevel}» por al menos {critical} y como «{lessLevel}» por al menos {less}. Eso es una conclusión en sí misma, digan lo que digan las puntuaciones. El nivel del equipo para un área es el del medio entre los que marcaron sus directivos (el más bajo de los dos del medio si son un número par; un directivo que la dejó sin marcar no cuenta), y el plan del equipo lo sigue igual que el plan de un directivo sigue el suyo.",
    },
  },
  limits: {
    heading: "Límites",
    items: [
      "Una autoevaluación mide lo que ve una persona. Pregunte a varios directivos y compare: donde no coinciden ya hay una conclusión.",
      "Las etapas describen estructura y responsabilidad. Una etapa alta no demuestra que los clientes estén contentos; muestra que la organización está preparada para que lo estén.",
      "Las medias ocultan la dispersión. Lea la tabla de áreas y las respuestas una a una, no solo el titular.",
      "Las preguntas son nuestra propia redacción de los modelos publicados, y los umbrales son elección nuestra. Usted puede revisarlos con libertad.",
    ],
  },
  changelog: {
    heading: "Qué cambió entre versiones",
    text: "Un enlace de resultados guarda la versión con la que se creó, así que un enlace antiguo siempre se puntúa con las preguntas que vio quien respondió. Cuando usted repite la evaluación, se conservan las respuestas a las preguntas que no cambiaron; las nuevas y las modificadas quedan pendientes. Las comparaciones entre versiones señalan las áreas cuyas preguntas cambiaron.",
    release: "{title}, versión {version}",
    changes: plural({
      one: "{n} cambio en las preguntas, con su motivo",
      other: "{n} cambios en las preguntas, cada uno con su motivo",
    }),
    kinds: { new: "Nueva:", changed: "Modificada:", removed: "Eliminada:" },
  },
};
