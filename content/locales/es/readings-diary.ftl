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
