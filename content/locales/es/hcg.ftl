## Texto en español de la página de hCG (/results/hcg). Las lecturas vienen de solace-clinical.

hcg-title = Mis resultados de hCG – Solace
hcg-title-error = Por favor, revise sus resultados – Solace
hcg-result-title = Lo que muestran mis resultados de hCG – Solace
hcg-heading = ¿Qué significan mis resultados de hCG?
hcg-intro = La hCG (gonadotropina coriónica humana) es la hormona del embarazo que hay en su sangre. Agregue 2 o más resultados. Le mostramos cómo cambiaron, y lo que dicen las guías sobre ese cambio.
hcg-not-diagnosis = Esto no es un diagnóstico. Muestre estos resultados a { service-epu }, o al equipo que la atiende.
hcg-privacy = Sus resultados no se guardan. Solo se usan para preparar la página siguiente.

## El formulario.

hcg-context-legend = ¿En qué situación está?
hcg-context-hint = Elija la opción que mejor le corresponda. Cambia la forma de leer los números.
hcg-context-unknown_location = Todavía no sabemos dónde está el embarazo
hcg-context-after_loss = Después de una pérdida del embarazo
hcg-context-confirmed_in_womb = El embarazo está en el útero
hcg-context-ectopic_expectant = Ectópico, en observación
hcg-context-ectopic_methotrexate = Ectópico, tratado con metotrexato
hcg-in-womb-legend = Después de una pérdida del embarazo: ¿una ecografía (ultrasonido) mostró este embarazo dentro del útero?
hcg-in-womb-hint = Solo si eligió "Después de una pérdida del embarazo". Si ninguna ecografía lo mostró en el útero, una hCG que baja no descarta un embarazo ectópico, y se lo diremos.
hcg-values-legend = Sus resultados
hcg-values-hint = Para cada análisis de sangre, agregue la fecha, la hora y el número. Deje vacías las filas que sobren.
hcg-unit-hint = UI/L y mUI/mL son la misma unidad: 1 mUI/mL es 1 UI/L. Elija la que aparece en su informe del laboratorio.
hcg-tz-label = Zona horaria
hcg-tz-hint = Dónde estaba usted cuando le sacaron la sangre. Así las horas quedan bien cuando cambia el horario.
hcg-row-legend = Resultado { $n }
hcg-date = Fecha
hcg-time = Hora
hcg-value = hCG
hcg-unit = Unidad
hcg-unit-iu = UI/L
hcg-unit-miu = mUI/mL
hcg-submit = Mostrar qué significan mis resultados
hcg-more-rows = Agregar { $n } filas más

## Problemas con lo que se escribió.

hcg-error-summary = Por favor, revise estos resultados
hcg-error-name-at = Resultado { $n }: fecha y hora
hcg-error-name-value = Resultado { $n }: hCG
hcg-error-context = Elija en qué situación está. Cambia la forma de leer los números.
hcg-error-tz = Elija una zona horaria de la lista.
hcg-error-too-few = Agregue al menos 2 resultados. Con uno solo, no hay ningún cambio que leer.
hcg-error-date-missing = Agregue la fecha de este análisis de sangre.
hcg-error-date = Escriba la fecha así: 2026-11-20 (año, mes, día).
hcg-error-time-missing = Agregue la hora de este análisis de sangre. Si no la sabe con seguridad, basta con la hora que le parezca más probable.
hcg-error-time = Escriba la hora así: 09:30.
hcg-error-clock-change = Esa hora no existió: esa noche se adelantaron los relojes. Revise la hora.
hcg-error-future = Esta fecha y hora están en el futuro. Revise la fecha.
hcg-error-value-missing = Agregue el número de hCG de este resultado.
hcg-error-value-number = Escriba solo el número, por ejemplo 1200.
hcg-error-value-range = Escriba un número mayor que 0 y de hasta 1,000,000.
hcg-error-unit = Elija UI/L o mUI/mL.
hcg-error-order = Ponga los resultados en orden de tiempo. Este debe ser posterior al anterior.
hcg-error-too-close = Este resultado es de menos de 1 hora después del anterior. Revise la fecha y la hora.

## El resultado.

hcg-result-heading = Lo que muestran sus resultados de hCG
hcg-you-said = Usted nos dijo: { $context }.
hcg-readings-heading = Lo que dicen las guías
hcg-stand-in = La guía que se usa donde usted vive no tiene un rango para esto. Por eso mostramos primero { $ruleset }.
hcg-other-guidelines-hint = Las guías de otros países leen los mismos números a su manera. Su equipo médico seguirá la guía que se usa donde usted está.
## Compartido con la página de ecografía: la parte cerrada que tiene el otro conjunto de reglas.
results-other-guidelines = Lo que dicen otras guías
hcg-ruleset-nice = NICE NG126 (guía del Reino Unido)
hcg-ruleset-barnhart = Barnhart 2004 (estudio de Estados Unidos)
hcg-ruleset-seeber = Seeber 2006 (estudio de Estados Unidos, más prudente)
hcg-ruleset-general = Para todas las personas
hcg-kind-result = Lo que dice la guía
hcg-kind-caution = Tenga cuidado
hcg-kind-note = Es bueno saber
hcg-next-step = Qué hacer después:
hcg-sources = Fuente: { $list }
hcg-pairs-heading = Cuánto cambió
hcg-pairs-caption = Cada resultado comparado con el anterior
hcg-pairs-results = Par
hcg-pairs-hours = Horas entre uno y otro
hcg-pairs-change = Cambio
hcg-pairs-per-48h = Cada 48 horas
hcg-pairs-doubling = Se duplica o baja a la mitad en
hcg-pairs-doubles = se duplica en { $hours } h
hcg-pairs-halves = baja a la mitad en { $hours } h
hcg-pairs-same = sin cambio
hcg-pairs-is-48h = ¿Par de 48 horas?
hcg-yes = Sí
hcg-no = No
hcg-not-48h-warning = Algunos resultados no están separados por unas 48 horas (de 44 a 52 horas). Los rangos de las guías son para resultados separados por 48 horas, así que puede que no se apliquen. "Cada 48 horas" es solo una guía.
hcg-next-heading = Cuál puede ser el próximo resultado
hcg-projection-heading = Cuándo puede bajar la hCG a menos de 5 UI/L
hcg-projection-estimate = Esto es un cálculo aproximado, no una promesa.
hcg-projection-around = Fecha más probable, aproximadamente
hcg-projection-range = Rango
hcg-projection-between = Del { $earliest } al { $latest }
hcg-print = Imprimir o guardar
hcg-change = Cambiar mis resultados
hcg-start-again = Empezar de nuevo

## El gráfico y su tabla.

hcg-chart-heading = Sus resultados en un gráfico
hcg-chart-title = Sus resultados de hCG a lo largo del tiempo
hcg-chart-desc = Un gráfico de sus { $n } resultados, desde { $first } UI/L el { $from } hasta { $last } UI/L el { $to }. La altura usa una escala logarítmica: cada paso hacia arriba es 10 veces más. La tabla de abajo tiene los mismos números.
hcg-chart-y = hCG, UI/L
hcg-chart-hours = { $n } h
hcg-chart-day = día { $n }
hcg-chart-label-slowest = más lenta
hcg-legend-values = Sus resultados, unidos por una línea.
hcg-legend-band-nice = Zona sombreada: entre las dos líneas de NICE. Si el cambio cae aquí, NICE aconseja una revisión en las próximas 24 horas.
hcg-legend-nice-lines = Líneas de guiones: las líneas de NICE a partir de su primer resultado, una subida del 63% o una bajada del 50% en 48 horas.
hcg-legend-barnhart = Línea de puntos: la subida habitual más lenta para un embarazo en el útero, 53% en 2 días (Barnhart 2004).
hcg-legend-band-decline = Zona sombreada: donde se espera que esté la hCG después de una pérdida del embarazo. Baja al menos un 21% para el día 2 y un 60% para el día 7 (Barnhart 2004).
hcg-legend-decline-line = Línea de guiones: la bajada esperada más lenta, a partir de su primer resultado.
hcg-legend-band-ectopic = Zona sombreada: una bajada de al menos un 15% respecto al resultado anterior. Es la bajada que busca NICE.
hcg-legend-ectopic-line = Línea de guiones: un 15% por debajo del resultado anterior.
hcg-legend-no-band = Sin rango de la guía: cuando una ecografía muestra el embarazo en el útero, se sigue con ecografías, no con la hCG.
hcg-legend-line-5 = Línea de guiones y puntos: 5 UI/L. Por debajo de esto cuenta como resultado negativo.
hcg-table-caption = Los números del gráfico
hcg-table-when = Fecha y hora
hcg-table-value = hCG (UI/L)
hcg-table-change = Cambio respecto al resultado anterior

## Zonas horarias que ofrece el formulario, por región.

tz-europe-london = Hora del Reino Unido (Londres)
tz-europe-dublin = Hora de Irlanda (Dublín)
tz-america-new_york = Hora del Este (Nueva York)
tz-america-chicago = Hora del Centro (Chicago)
tz-america-denver = Hora de la Montaña (Denver)
tz-america-phoenix = Arizona (sin cambio de horario)
tz-america-los_angeles = Hora del Pacífico (Los Ángeles)
tz-america-anchorage = Hora de Alaska (Anchorage)
tz-pacific-honolulu = Hora de Hawái (Honolulu)
tz-america-toronto = Hora del Este (Toronto, Ottawa)
tz-america-vancouver = Hora del Pacífico (Vancouver)
tz-america-edmonton = Hora de la Montaña (Edmonton, Calgary)
tz-america-regina = Saskatchewan (Regina)
tz-america-winnipeg = Hora del Centro (Winnipeg)
tz-america-halifax = Hora del Atlántico (Halifax)
tz-america-st_johns = Hora de Terranova (St. John's)
tz-australia-sydney = Nueva Gales del Sur y ACT (Sídney, Canberra)
tz-australia-melbourne = Victoria (Melbourne)
tz-australia-brisbane = Queensland (Brisbane)
tz-australia-adelaide = Australia Meridional (Adelaida)
tz-australia-darwin = Territorio del Norte (Darwin)
tz-australia-perth = Australia Occidental (Perth)
tz-australia-hobart = Tasmania (Hobart)
tz-pacific-auckland = Nueva Zelanda
tz-pacific-chatham = Islas Chatham
tz-utc = UTC (sin cambios de horario)
tz-europe-paris = Europa Central (París, Berlín)
tz-europe-athens = Europa del Este (Atenas)
tz-africa-johannesburg = Sudáfrica (Johannesburgo)
tz-asia-dubai = Golfo (Dubái)
tz-asia-kolkata = India (Calcuta)
tz-asia-singapore = Singapur
tz-asia-tokyo = Japón (Tokio)
