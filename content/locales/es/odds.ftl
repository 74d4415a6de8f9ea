## Texto en español de la página de números (/odds). Las frases de las cifras vienen de solace-clinical.

odds-title = Los números – Solace
odds-title-error = Por favor, revise sus respuestas – Solace
odds-result-title = Los números para su situación – Solace
odds-heading = ¿Cuáles son las probabilidades?
odds-gentle = Los números pueden ser difíciles de leer, y más en este momento. No tiene que leerlos. Puede saltarse esta página, y volver más tarde o nunca.
odds-skip = Saltarse esta página y volver al inicio
odds-intro = Responda lo que quiera. Puede dejar cualquier respuesta en blanco. Le mostramos las cifras de las investigaciones que corresponden a lo que nos dice, y de dónde viene cada una.
odds-privacy = Sus respuestas no se guardan.
odds-submit = Mostrar los números

## Las preguntas.

odds-q-age = ¿Cuántos años tiene?
odds-hint-age = En años cumplidos, por ejemplo 32.
odds-q-previous_losses = ¿Cuántas pérdidas del embarazo (abortos espontáneos) ha tenido antes de este embarazo?
odds-hint-previous_losses = Escriba 0 si no ha tenido ninguna.
odds-q-previous_losses_consecutive = ¿Fueron una tras otra, sin ningún embarazo en medio que siguiera adelante?
odds-hint-previous_losses_consecutive = Solo si ha tenido 2 o más.
odds-q-weeks = ¿De cuántas semanas está embarazada, o de cuántas estaba en su ecografía?
odds-hint-weeks = Cuente desde el primer día de su última regla (período). Un número aproximado está bien.
odds-q-cardiac_activity_seen = ¿Una ecografía (ultrasonido) ha mostrado actividad cardíaca?
odds-hint-cardiac_activity_seen = Es el parpadeo del corazón que una ecografía puede mostrar desde alrededor de las 6 semanas.
odds-q-bleeding_or_pain = ¿Tiene algún sangrado o dolor ahora?
odds-hint-bleeding_or_pain = Aunque sea poco.
odds-opt-yes = Sí
odds-opt-no = No
odds-opt-not-sure = No lo sé

## Problemas con las respuestas.

odds-error-summary = Por favor, revise estas respuestas
odds-error-number = Escriba un número, por ejemplo { $example }.
odds-error-choice = Elija una de las respuestas.
odds-error-age = Escriba su edad en años cumplidos, de { $min } a { $max }.
odds-error-losses = Escriba un número entero de { $min } a { $max }.
odds-error-weeks = Escriba un número de semanas de { $min } a { $max }.
odds-error-invalid = Revise esta respuesta.

## El resultado.

odds-result-heading = Los números para su situación
odds-check-first = Nos dijo que ahora tiene sangrado o dolor. Si le preocupa, revise primero sus síntomas. Los números pueden esperar.
odds-check-link = Revisar mis síntomas
odds-grid-caption = De cada 100 embarazos como estos, unos { $n } terminaron en una pérdida del embarazo (las figuras rellenas). Unos { $rest } no.
odds-source = Fuente: { $list }
odds-conf-verified = comprobado en el propio estudio
odds-conf-secondary = comprobado en un resumen confiable del estudio
odds-conf-unverified = una guía aproximada
odds-ratio-explain = Esto compara dos grupos de personas. No es una probabilidad de cada 100.
odds-about-you = Para personas como usted
odds-context-heading = Contexto
odds-context-intro = Estas cifras son sobre todas las personas, no sobre usted en particular. Pueden ayudar a poner otros números en contexto.
odds-unused-heading = Respuestas que no cambiaron los números
odds-scan-link = Entender mi informe de ecografía
odds-topic-overall = En todos los embarazos conocidos
odds-topic-age = Según la edad
odds-topic-previous-losses = Después de pérdidas anteriores
odds-topic-how-common = Qué tan común es la pérdida del embarazo
odds-topic-after-cardiac-activity = Después de ver actividad cardíaca
odds-topic-by-week = Semana por semana
odds-topic-feelings = Los sentimientos después de una pérdida
odds-topic-management = Tratamiento
odds-week-heading = Según la semana de la ecografía
odds-week-title = Pérdida del embarazo después de ver actividad cardíaca, según la semana de la ecografía
odds-week-desc = Un gráfico de barras para personas sin sangrado ni dolor. Cuanto más tarde fue la ecografía que mostró actividad cardíaca, menor es la probabilidad de una pérdida del embarazo después. La tabla de abajo tiene los mismos números.
odds-week-y = Probabilidad, %
odds-week-label = semana { $n }
odds-week-yours = su semana
odds-table-caption = Los números del gráfico
odds-table-week = Semana de la ecografía
odds-table-in-100 = De cada 100
odds-table-percent = Porcentaje
odds-withheld-heading = Números que no mostramos
odds-withheld-intro = Algunas cifras no corresponden a su situación, así que las dejamos fuera. Este es el motivo.
odds-print = Imprimir o guardar
odds-change = Cambiar mis respuestas
odds-start-again = Empezar de nuevo
