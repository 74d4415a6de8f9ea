## Spanish words of the diary's recovery checks (en-GB/readings-diary.ftl). Rule ids and dates
## stay as written.

diary-finding-fever = Usted anotó una temperatura de { $temp } °C.
diary-finding-no-bleeding-after-misoprostol = Han pasado más de 24 horas desde que tomó misoprostol, y no ha anotado ningún sangrado.
diary-finding-bleeding-heavier-again = Su sangrado volvió a ser más abundante el { $date }, después de haber ido bajando.
diary-finding-bleeding-longer-than-expected = Ha anotado sangrado durante { $days } días, del { $first } al { $last }. Un sangrado de más de { $limit } días se debe revisar.
diary-finding-positive-test-after-treatment = Su prueba de embarazo salió positiva { $weeks } semanas después de empezar su atención.
diary-finding-no-period-by-8-weeks = No ha anotado ninguna regla (período) en las { $weeks } semanas desde que terminó su embarazo.
diary-finding-recent-symptoms = Lo que anotó en las últimas { $hours } horas cumple { $count ->
    [one] la regla
   *[other] las reglas
 } de la revisión de síntomas { $rules }.
diary-why-fever = Después de una pérdida del embarazo, una temperatura alta puede ser señal de infección.
diary-why-no-bleeding-after-misoprostol = El sangrado suele empezar en las 24 horas siguientes a tomarlo.
diary-why-bleeding-heavier-again = Un sangrado que vuelve a ser más abundante se debe revisar.
diary-why-bleeding-longer-than-expected = Puede que todavía quede algo de tejido del embarazo en el útero.
diary-why-positive-test-after-treatment = NICE aconseja que la vea un profesional para saber por qué.
diary-why-no-period-by-8-weeks = Si a las 8 semanas, más o menos, no le ha venido la regla, conviene que la vea un profesional.

## What to expect, for each way of care.

diary-course-expectant-nice-7-to-14-days = Guía del Reino Unido (NICE): primero se ofrece esperar, durante 7 a 14 días.
diary-course-expectant-acog-up-to-8-weeks = Guía de EE. UU. (ACOG): la espera puede durar hasta 8 semanas.
diary-course-medication-bleeding-within-24-hours = El sangrado suele empezar en las 24 horas siguientes a tomar misoprostol. Si no ha empezado, comuníquese con su equipo médico ese mismo día.
diary-course-medication-bleeding-up-to-3-weeks = Guía del Reino Unido (NICE): el sangrado puede durar hasta 3 semanas después de las medicinas.
diary-course-medication-heaviest-first-days = En un estudio de EE. UU., unas mujeres tomaron solo misoprostol por una pérdida del embarazo. Su sangrado fue más abundante aproximadamente en los primeros 8 días.
diary-course-bleeding-over-14-days = Si el sangrado dura más de 14 días, pida que la vea un profesional.
diary-course-bleeding-over-21-days-after-medication = Después de las medicinas, si el sangrado dura más de 21 días, pida que la vea un profesional.
diary-course-pregnancy-test-at-3-weeks = Después de esperar o de tomar medicinas, NICE aconseja hacer una prueba de embarazo en orina 3 semanas después. Si sale positiva, comuníquese con su unidad de embarazo temprano (EPU).
diary-course-periods-in-4-to-6-weeks = La regla (período) suele volver después de 4 a 6 semanas.
diary-course-no-period-by-8-weeks = Si a las 8 semanas, más o menos, todavía no le ha venido la regla, vaya a ver a su médico.
diary-course-get-help-at-once = Busque ayuda de inmediato si tiene sangrado abundante (si empapa 2 toallas sanitarias de tamaño normal en una hora), dolor fuerte, fiebre o flujo con mal olor, o si siente que se va a desmayar.
