## Palabras de las lecturas de hCG (solace-clinical `hcg`), traducción de
## ../en-GB/readings-hcg.ftl: los mismos ids, variables y números. Las cifras y las fechas llegan
## como argumentos y las escribe solace_i18n::fmt en español.

## Cómo se describe un cambio (dentro de otras lecturas).
hcgr-change-up = subió un { $pct }%
hcgr-change-down = bajó un { $pct }%
hcgr-change-same = se mantuvo igual

## Embarazo de localización desconocida: las franjas de NICE.
hcgr-nice-rise = Su hCG { $change } en { $hours } horas. Según NICE, una subida de más del 63% en 48 horas indica que es probable que haya un embarazo creciendo en el útero. Esto no descarta un embarazo fuera del útero (ectópico).
hcgr-nice-rise-next = NICE aconseja una ecografía en un plazo de 7 a 14 días para ver dónde está el embarazo. Comuníquese con su unidad de embarazo temprano (EPU) para pedir la cita.
hcgr-nice-rise-next-sooner = NICE aconseja una ecografía en un plazo de 7 a 14 días para ver dónde está el embarazo. Su hCG es de 1,500 UI/L o más, así que la unidad puede ofrecerle la ecografía antes. Comuníquese con su unidad de embarazo temprano (EPU) para pedir la cita.
hcgr-nice-fall = Su hCG { $change } en { $hours } horas. Según NICE, una bajada de más de la mitad en 48 horas indica que es poco probable que el embarazo continúe. Un análisis de sangre por sí solo no puede confirmarlo. Sabemos que esto puede ser difícil de leer.
hcgr-nice-fall-next = NICE aconseja hacer una prueba de embarazo en orina el { $date } (14 días después de su segundo análisis de sangre). Si da positiva, comuníquese con su unidad de embarazo temprano (EPU). Deberían atenderle en las próximas 24 horas.
hcgr-nice-fall-next-undated = NICE aconseja hacer una prueba de embarazo en orina 14 días después de su segundo análisis de sangre. Si da positiva, comuníquese con su unidad de embarazo temprano (EPU). Deberían atenderle en las próximas 24 horas.
hcgr-nice-in-between = Su hCG { $change } en { $hours } horas. Esto queda entre las dos franjas de NICE: una subida de más del 63% o una bajada de más del 50%.
hcgr-nice-in-between-next = Comuníquese hoy con su unidad de embarazo temprano (EPU). NICE aconseja que le atiendan en las próximas 24 horas para hablar de sus resultados.
hcgr-not-48h-pair = No hay dos resultados suyos separados por unas 48 horas (de 44 a 52 horas). Entre los dos últimos hubo { $hours } horas, así que puede que las franjas de NICE no se apliquen.
hcgr-not-48h-pair-next = Pregunte en su unidad de embarazo temprano (EPU) cómo leer estos resultados. Puede que le pidan otro análisis de sangre 48 horas después del último.
hcgr-newest-not-in-pair = La franja de NICE de arriba se lee con dos resultados separados por 48 horas. Su resultado más reciente no es uno de ellos.
hcgr-newest-not-in-pair-next = Pida a su unidad de embarazo temprano (EPU) que revise todos sus resultados juntos.

## Embarazo de localización desconocida: la subida mínima de EE. UU. (Barnhart 2004, Seeber 2006).
hcgr-cutoff-barnhart = la subida más lenta que se ha visto en embarazos que crecen en el útero: alrededor de un { $pct }% en { $hours } horas (Barnhart 2004: 24% en 1 día, 53% en 2 días)
hcgr-cutoff-seeber = el límite más prudente, de 35% en 2 días: alrededor de un { $pct }% en { $hours } horas (Seeber 2006)
hcgr-us-rise-below = Su hCG { $change } en { $hours } horas. Eso es menos que { $cutoff }. Esto puede pasar con una pérdida temprana del embarazo o con un embarazo fuera del útero (ectópico). No es un diagnóstico.
hcgr-us-rise-below-instead = Su hCG { $change } en { $hours } horas, en lugar de subir. Eso es menos que { $cutoff }. Esto puede pasar con una pérdida temprana del embarazo o con un embarazo fuera del útero (ectópico). No es un diagnóstico.
hcgr-us-rise-below-next = Comuníquese hoy con su médico o clínica para hablar de estos resultados. Puede que le sugieran más análisis de sangre o una ecografía.
hcgr-us-rise-at-least = Su hCG { $change } en { $hours } horas. Esto es al menos { $cutoff }. No descarta un embarazo fuera del útero (ectópico).
hcgr-us-rise-at-least-next = Siga el plan de su médico o clínica. Con una ecografía es como averiguan dónde está el embarazo.
hcgr-never-rules-out-ectopic = Una bajada de la hCG, o una subida que parece normal, no descarta un embarazo fuera del útero (ectópico). En un estudio, unos { $n } de cada 100 embarazos ectópicos tenían resultados de hCG que parecían normales (Seeber 2006).
hcgr-never-rules-out-ectopic-next = Hasta que una ecografía muestre dónde está el embarazo, vigile las señales de alarma. Busque ayuda de inmediato si tiene dolor fuerte, dolor en un lado, dolor en la punta del hombro o si siente que se va a desmayar.
hcgr-expected-next-rise = Si el embarazo está creciendo en el útero, un resultado 48 horas después del último suele ser de al menos { $iu } UI/L ({ $study }). Aun así, no se descarta un embarazo ectópico.

## Después de una pérdida (la bajada de Barnhart 2004).
hcgr-fallen-after-hours = { $n } horas después de su primer análisis, su hCG había bajado un { $pct }%.
hcgr-fallen-after-days = { $n } días después de su primer análisis, su hCG había bajado un { $pct }%.
hcgr-not-fallen-after-hours = { $n } horas después de su primer análisis, su hCG no había bajado.
hcgr-not-fallen-after-days = { $n } días después de su primer análisis, su hCG no había bajado.
hcgr-decline-maybe = Una bajada más lenta puede significar que aún queda algo de tejido del embarazo en el útero, o que hay un embarazo fuera del útero (ectópico). No es un diagnóstico.
hcgr-decline-beyond-7 = Las cifras de Barnhart llegan hasta el día 7. Después, lo importante es que la hCG siga bajando.
hcgr-decline-rose = Su hCG subió de { $from } a { $to } UI/L entre el { $from_date } y el { $to_date }. Después de una pérdida del embarazo, se espera que la hCG siga bajando. { hcgr-decline-maybe }
hcgr-decline-slower = { $fall } Después de una pérdida del embarazo, para entonces se espera una bajada de al menos un { $pct }% (Barnhart 2004: al menos 21% para el día 2 y 60% para el día 7). { hcgr-decline-maybe }
hcgr-decline-slower-beyond-7 = { $fall } Después de una pérdida del embarazo, para entonces se espera una bajada de al menos un { $pct }% (Barnhart 2004: al menos 21% para el día 2 y 60% para el día 7). { hcgr-decline-beyond-7 } { hcgr-decline-maybe }
hcgr-decline-slower-next = Comuníquese hoy con su unidad de embarazo temprano (EPU) o con su equipo médico.
hcgr-decline-as-expected = { $fall } Esto es al menos la bajada que se espera después de una pérdida del embarazo (Barnhart 2004: al menos 21% para el día 2 y 60% para el día 7).
hcgr-decline-as-expected-beyond-7 = { $fall } Esto es al menos la bajada que se espera después de una pérdida del embarazo (Barnhart 2004: al menos 21% para el día 2 y 60% para el día 7). { hcgr-decline-beyond-7 }
hcgr-decline-as-expected-next = Siga el plan de su equipo médico. Pregúnteles cuántos análisis más necesita. Comuníquese con ellos si el sangrado o el dolor empeoran.
hcgr-urine-test-3-weeks = NICE aconseja una prueba de embarazo en orina 3 semanas después. Esto es si usted esperó a que el embarazo saliera por sí solo, o si tomó medicamentos para ello.
hcgr-urine-test-3-weeks-next = Si esa prueba sigue dando positiva, comuníquese con su unidad de embarazo temprano (EPU).
hcgr-expected-decline = Para el día { $day } después de su primer análisis, se espera que la hCG esté en { $iu } UI/L o menos (una bajada de al menos un { $pct }%, Barnhart 2004).
hcgr-below-5 = Su hCG más reciente es de { $iu } UI/L. Por debajo de 5 UI/L es el nivel que se cuenta como resultado negativo.
hcgr-below-5-next = Pregunte a su equipo médico si necesita más análisis.
hcgr-after-loss-ectopic = Ninguna ecografía ha mostrado este embarazo en el útero, así que esto no descarta un embarazo ectópico, aunque su hCG esté bajando. En un estudio, unas 6 de cada 100 pérdidas que parecían completas resultaron ser embarazos ectópicos (5.9%).
hcgr-after-loss-ectopic-next = Siga haciéndose los análisis que le pidió su equipo médico hasta que le digan que ya terminó. Busque ayuda de inmediato si tiene dolor en un lado, dolor en la punta del hombro o si siente que se va a desmayar.
hcgr-projection = Esto es un cálculo aproximado, no una promesa. Si su hCG sigue bajando como hasta ahora, puede estar por debajo de 5 UI/L alrededor del { $date }, lo más probable entre el { $earliest } y el { $latest }. Cada persona es diferente. Después de una pérdida del embarazo, la hCG puede tardar de 9 a 35 días en desaparecer (Steier 1984).

## Cuando una ecografía ya mostró dónde está el embarazo.
hcgr-in-womb = Una ecografía ha mostrado el embarazo en el útero. A partir de ahora, el embarazo no se sigue solo con las cifras de hCG, sino con ecografías. Por eso no se aplica ninguna franja de hCG a estos resultados.
hcgr-in-womb-next = Si tiene sangrado o dolor, o si algo le preocupa, comuníquese con su unidad de embarazo temprano (EPU) o con su médico. Puede que le ofrezcan una ecografía.
hcgr-fell-by = bajó un { $pct }% (de { $from } a { $to } UI/L)
hcgr-rose-by = subió un { $pct }% (de { $from } a { $to } UI/L)
hcgr-stayed-at = se mantuvo en { $iu } UI/L
hcgr-ectopic-not-met = Entre el resultado { $a } y el resultado { $b }, su hCG { $change }. Cuando se espera a ver si un embarazo ectópico se resuelve por sí solo, NICE busca una bajada de al menos un 15% cada vez.
hcgr-ectopic-not-met-next = Comuníquese hoy con su unidad de embarazo temprano (EPU). NICE aconseja que un médico con más experiencia revise su atención.
hcgr-ectopic-met = Cada uno de sus resultados de hCG bajó al menos un 15% respecto al anterior. Esta es la bajada que NICE busca cuando se espera a ver si un embarazo ectópico se resuelve por sí solo.
hcgr-ectopic-check-days = NICE hace controles los días 2, 4 y 7 después del primer análisis: siga las fechas de análisis que le dio su unidad.
hcgr-ectopic-below-20 = Su resultado más reciente está por debajo de 20 UI/L. Pregunte en su unidad de embarazo temprano (EPU) si necesita más análisis.
hcgr-ectopic-below-20-days = { hcgr-ectopic-below-20 } { hcgr-ectopic-check-days }
hcgr-ectopic-weekly = NICE aconseja un análisis de sangre cada semana hasta que la hCG esté por debajo de 20 UI/L. Su unidad de embarazo temprano (EPU) lo organizará.
hcgr-ectopic-weekly-days = { hcgr-ectopic-weekly } { hcgr-ectopic-check-days }
hcgr-mtx-early-rise = Es común que la hCG suba del día 1 al día 4 después del metotrexato.
hcgr-mtx-met = Entre sus dos últimos resultados, su hCG { $change }. Después del metotrexato, NICE busca una bajada de al menos un 15% del día 4 al día 7. { hcgr-mtx-early-rise }
hcgr-mtx-met-next = Siga haciéndose los análisis de sangre de control que le indicó su unidad de embarazo temprano (EPU).
hcgr-mtx-not-met = Entre sus dos últimos resultados, su hCG { $change }. Después del metotrexato, NICE busca una bajada de al menos un 15% del día 4 al día 7. { hcgr-mtx-early-rise }
hcgr-mtx-not-met-first = Entre sus dos últimos resultados, su hCG { $change }. Después del metotrexato, NICE busca una bajada de al menos un 15% del día 4 al día 7. Si estos son sus resultados del día 1 y del día 4, es común que suba, y el control se hace del día 4 al día 7.
hcgr-mtx-not-met-next = Comuníquese hoy con su unidad de embarazo temprano (EPU) para que un médico con más experiencia revise sus resultados. Puede que necesite más tratamiento.
hcgr-expected-ectopic = NICE busca que su próximo resultado sea de { $iu } UI/L o menos (una bajada de al menos un 15%).

## Siempre se muestra.
hcgr-symptoms = Sus síntomas importan más que cualquier cifra.
hcgr-symptoms-ectopic = Incluso mientras la hCG baja, un embarazo ectópico todavía puede causar problemas. Sus síntomas importan más que cualquier cifra.
hcgr-symptoms-next = Busque ayuda de inmediato si empapa 2 toallas sanitarias de tamaño normal en una hora, o 1 toalla por hora durante 2 horas. Busque ayuda de inmediato también si tiene dolor fuerte, dolor en un lado o dolor en la punta del hombro. Lo mismo si siente que se va a desmayar, o si tiene fiebre o flujo con mal olor.

## Los problemas propios de la comprobación de hCG (API y línea de comandos).
hcgr-error-at = una fecha y hora con zona horaria, como 2026-11-20T09:00:00+00:00
hcgr-error-value = un número mayor que 0 y de hasta 1,000,000 UI/L (1 mUI/mL es lo mismo que 1 UI/L)
hcgr-error-gap = una fecha y hora al menos 1 hora posterior al resultado anterior
hcgr-error-future = una fecha y hora que no esté en el futuro

## La presentación en texto de la línea de comandos (`solace hcg`). { $region } es el id de la región.
cli-hcg-heading = Resultados de hCG ({ $context })
cli-hcg-context-unknown_location = localización desconocida
cli-hcg-context-after_loss = después de una pérdida
cli-hcg-context-confirmed_in_womb = confirmado en el útero
cli-hcg-context-ectopic_expectant = ectópico, en observación
cli-hcg-context-ectopic_methotrexate = ectópico, con metotrexato
cli-hcg-unit = UI/L
# Encabezados de las columnas de la tabla de pares; los espacios las alinean.
cli-hcg-pairs-head = par       horas     cambio   en 48 h   se duplica / baja a la mitad  par de 48 h
cli-hcg-doubles = se duplica en { $h } h
cli-hcg-halves = baja a la mitad en { $h } h
cli-hcg-no-change = sin cambio
cli-hcg-pair-yes = sí
cli-hcg-pair-no = no
cli-hcg-guidelines = Lo que dicen las guías ({ $first } primero, para la región { $region }):
cli-hcg-first-nice = NICE
cli-hcg-first-us = los estudios de EE. UU.
cli-hcg-kind-result = resultado
cli-hcg-kind-caution = precaución
cli-hcg-kind-note = nota
cli-hcg-next = Siguiente paso:
cli-hcg-sources = Fuentes:
cli-hcg-expect = Qué esperar después:
cli-hcg-below-5 = Cuándo la hCG puede estar por debajo de 5 UI/L: alrededor del { $date } (entre el { $earliest } y el { $latest }).
