## Spanish words of the management options (en-GB/readings-options.ftl): the names, facts,
## figures (message id = the figure's id) and questions.

## The options' names.

options-name-expectant = Esperar a que ocurra de forma natural (manejo expectante)
options-name-medication = Tomar medicinas para ayudar a que salga el embarazo (tratamiento con medicinas)
options-name-surgery = Un procedimiento para vaciar el útero (tratamiento quirúrgico)

## Facts.

options-expectant-what = Usted espera en casa a que el embarazo salga por sí solo. Sale con sangrado y cólicos.
options-expectant-how-long-nice = Guía del Reino Unido (NICE): primero se ofrece esperar, durante 7 a 14 días.
options-expectant-how-long-acog = Guía de EE. UU. (ACOG): la espera puede durar hasta 8 semanas.
options-regimen-missed = Guía del Reino Unido (NICE, 2023): una pastilla de mifepristona (200 mg) por la boca y, 48 horas después, misoprostol (800 microgramos).
options-regimen-incomplete = La guía del Reino Unido (NICE) tiene un plan de medicinas distinto para este caso. Su equipo médico le dirá qué medicina y qué dosis son adecuadas para usted.
options-medication-what-acog = Guía de EE. UU. (ACOG): las mismas dos medicinas, con el misoprostol 24 horas después.
options-medication-what-alone = En algunos lugares se usa solo misoprostol. Los estudios de abajo comparan las dos formas.
options-medication-how-long-nice = Guía del Reino Unido (NICE): el sangrado puede durar hasta 3 semanas después de las medicinas.
options-surgery-what = Un médico vacía el útero con una succión suave. Esto se llama aspiración uterina.
options-surgery-how-long = Se hace el día que usted acuerde con su equipo médico.
options-aftercare-test = Después de esperar o de tomar medicinas, NICE aconseja hacer una prueba de embarazo en orina 3 semanas después. Si sale positiva, comuníquese con su unidad de embarazo temprano (EPU).
options-aftercare-periods = La regla (período) suele volver después de 4 a 6 semanas.
options-aftercare-no-period = Si a las 8 semanas, más o menos, todavía no le ha venido la regla, vaya a ver a su médico.
options-aftercare-get-help = Busque ayuda de inmediato si tiene sangrado abundante (si empapa 2 toallas sanitarias de tamaño normal en una hora), dolor fuerte, fiebre o flujo con mal olor, o si siente que se va a desmayar.
options-heaviest-first-days = En un estudio de EE. UU., unas mujeres tomaron solo misoprostol por una pérdida del embarazo. Su sangrado fue más abundante aproximadamente en los primeros 8 días.

## NICE's medicine plans: which miscarriage each is for.

options-regimen-missed-when = Si el embarazo no ha empezado a salir (una pérdida retenida, o "aborto retenido")
options-regimen-incomplete-when = Si parte del embarazo ya ha salido (una pérdida incompleta, o "aborto incompleto")

## How often it works.

expectant-complete-within-14-days = Alrededor de 70 de cada 100 mujeres tuvieron una pérdida del embarazo completa dentro de los 14 días de espera (70%).
expectant-complete-without-surgery = En total, alrededor de 81 de cada 100 mujeres que esperaron no necesitaron cirugía (81%).
expectant-incomplete = Cuando el sangrado ya había empezado y había salido parte del tejido (pérdida incompleta), alrededor de 91 de cada 100 se completaron sin cirugía (91%).
expectant-missed = Cuando todavía no había salido nada (pérdida retenida), alrededor de 76 de cada 100 se completaron sin cirugía (76%).
expectant-sac-without-embryo = Cuando el saco del embarazo no tenía embrión, alrededor de 66 de cada 100 se completaron sin cirugía (66%).
expectant-acog-up-to-8-weeks = Guía de EE. UU. (ACOG): esperar hasta 8 semanas funciona en alrededor de 80 de cada 100 mujeres (80%).
medication-chu-both-by-day-7 = Con mifepristona y luego misoprostol, alrededor de 83 de cada 100 mujeres habían expulsado el embarazo para el día 7 (83%).
medication-chu-misoprostol-alone-by-day-7 = Con misoprostol solo, alrededor de 76 de cada 100 mujeres habían expulsado el embarazo para el día 7 (76%).
medication-schreiber-both-complete = Con las dos medicinas, alrededor de 84 de cada 100 mujeres ya habían completado la pérdida en la primera revisión (83.8%).
medication-schreiber-misoprostol-alone-complete = Con misoprostol solo, alrededor de 67 de cada 100 mujeres ya habían completado la pérdida en la primera revisión (67.1%).
medication-schreiber-both-needed-aspiration = Con las dos medicinas, alrededor de 9 de cada 100 mujeres necesitaron después un procedimiento para vaciar el útero (8.8%).
medication-schreiber-misoprostol-alone-needed-aspiration = Con misoprostol solo, alrededor de 24 de cada 100 mujeres necesitaron después un procedimiento para vaciar el útero (23.5%).
medication-zhang-misoprostol-by-day-3 = Con misoprostol solo, alrededor de 71 de cada 100 mujeres ya habían completado la pérdida para el día 3 (71%).
medication-zhang-misoprostol-by-day-8 = Con misoprostol solo, alrededor de 84 de cada 100 mujeres ya habían completado la pérdida para el día 8 (84%).
surgery-zhang-complete = Después del procedimiento, la pérdida se completó en alrededor de 97 de cada 100 mujeres (97%).

## Questions to ask.

options-q-expectant-1 = ¿Cuánto tiempo debo esperar antes de hablar de otras opciones?
options-q-expectant-2 = ¿Cuánto sangrado y dolor debo esperar, y cuándo debo llamarles?
options-q-expectant-3 = ¿Qué medicina para el dolor puedo tomar en casa?
options-q-expectant-4 = ¿A quién llamo por la noche o el fin de semana?
options-q-expectant-5 = ¿Cómo sabremos que ya terminó?
options-q-medication-1 = ¿Cuándo debería empezar el sangrado, y qué hago si no empieza?
options-q-medication-2 = ¿Qué medicina para el dolor y para las náuseas me darán?
options-q-medication-3 = ¿Puedo tomar las medicinas en casa, o tengo que ir al centro?
options-q-medication-4 = ¿Qué pasa si las medicinas no funcionan?
options-q-medication-5 = ¿A quién llamo si el sangrado se vuelve muy abundante?
options-q-surgery-1 = ¿Cuándo se puede hacer, y cuánto tiempo estaré allí?
options-q-surgery-2 = ¿Estaré despierta con anestesia local, o dormida?
options-q-surgery-3 = ¿Cuáles son los riesgos, y qué tan frecuentes son?
options-q-surgery-4 = ¿Cuánto sangrado y dolor es normal después?
options-q-surgery-5 = ¿Se puede analizar el tejido, si así lo deseo?
