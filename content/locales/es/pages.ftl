## Texto que comparten todas las páginas.

disclaimer = Solace no hace diagnósticos. Le dice lo que aconsejan las guías médicas y con quién comunicarse. Si algo le preocupa, busque ayuda: nunca le hará perder el tiempo a nadie.
site-name = Solace
skip-link = Saltar al contenido principal
emergency-banner-label = Ayuda de emergencia
emergency-banner-text = En una emergencia, llame al
quick-exit = Salir de este sitio
quick-exit-title = Salga ahora. En su lugar se abrirá una página cualquiera. También puede presionar Esc 3 veces.
nav-label = Menú principal
nav-home = Inicio
nav-check = Revisar mis síntomas
nav-settings = Configuración
region-link = País: { $country }
lang-switch-label = Idioma
## Cada idioma se nombra en su propio idioma (el botón lleva lang="en-GB", lang="en-US" o lang="es").
lang-name-en-GB = English (UK)
lang-name-en-US = English (US)
lang-short-en-GB = UK English
lang-short-en-US = US English

## Nombres de países, como los dice la gente.

region-name-uk = Reino Unido
region-name-ie = Irlanda
region-name-us = Estados Unidos
region-name-ca = Canadá
region-name-au = Australia
region-name-nz = Nueva Zelanda
region-name-other = Otro país

## Página de inicio.

home-title = Solace: ayuda con el sangrado o el dolor al principio del embarazo
home-heading = Ayuda con el sangrado o el dolor al principio del embarazo
home-intro-1 = Sentimos mucho que esté pasando por esto. El sangrado o el dolor al principio del embarazo pueden dar mucho miedo.
home-intro-2 = Solace puede ayudarle a decidir qué hacer a continuación. Responda algunas preguntas sobre cómo se siente. Le diremos lo que aconsejan las guías médicas, y con quién comunicarse.
home-check-door = Revisar mis síntomas
home-check-door-hint = Toma unos 3 minutos. Puede saltarse cualquier pregunta.
home-privacy-heading = Su privacidad
home-privacy = Sus respuestas son privadas. La revisión de síntomas y sus resultados no se guardan, y nunca se envía nada a nadie. Su diario se guarda solo si usted empieza uno, y queda protegido con su frase de contraseña.
home-quick-exit = ¿Necesita salir rápido? Toque "Salir de este sitio" arriba, o presione la tecla Esc 3 veces. En su lugar se abrirá una página cualquiera.

## Revisar mis síntomas: el formulario.

check-title = Revisar mis síntomas – Solace
check-title-error = Por favor, revise sus respuestas – Solace
check-heading = Revisar mis síntomas
check-intro = Responda lo que pueda, y deje en blanco lo que no sepa con seguridad.
check-urgent-first = ¿Se siente muy mal ahora? No espere: llame al { $number } ahora.
check-submit = Ver qué hacer
check-privacy = Sus respuestas no se guardan.
check-early-warning = Hay que corregir algunas respuestas. Pero lo que ya nos dijo significa que debe buscar ayuda ahora.

group-now = En este momento
q-fainted = Me he desmayado o he perdido el conocimiento
hint-fainted = Aunque sea por un momento.
q-dizzy_or_faint = Tengo mareos o siento que me voy a desmayar
hint-dizzy_or_faint = Sobre todo al ponerse de pie.
q-pale_clammy = Piel pálida, fría o húmeda
hint-pale_clammy = Alguien que esté con usted puede notarlo primero.
q-racing_heart = Tengo el corazón acelerado
hint-racing_heart = Incluso en reposo.
q-thoughts_of_harm = Tengo pensamientos de hacerme daño o de quitarme la vida
hint-thoughts_of_harm = Está bien decirlo. Le mostraremos dónde encontrar apoyo.

group-unwell = ¿Se siente muy mal de otra manera?
group-unwell-hint = Señales de una infección grave. En la piel oscura, revise los labios y las palmas de las manos.
q-confused_or_drowsy = Confusión, o es difícil despertarme
q-breathless = Respiración muy rápida o con mucho esfuerzo
q-mottled_or_blue_skin = Piel con manchas, grisácea o azulada
q-no_urine_18h = No he orinado en 18 horas o más
q-vomiting = Vómitos, sin poder retener líquidos durante un día
check-answer-now-hint = Puede ver su respuesta ahora, o responder más preguntas abajo para tener una respuesta más precisa.
check-submit-now = Ver qué hacer ahora

group-pregnancy = Sobre su embarazo
q-situation = ¿Qué se parece más a su situación actual?
hint-situation = Elija la opción que mejor le corresponda.
opt-situation-pregnant = Estoy embarazada, que yo sepa
opt-situation-miscarriage_diagnosed = Me dijeron que estoy teniendo una pérdida del embarazo (aborto espontáneo)
opt-situation-after_loss = Mi pérdida del embarazo o mi tratamiento ya terminó
opt-not-sure = No lo sé
q-location = ¿Una ecografía (ultrasonido) ha mostrado dónde está el embarazo?
hint-location = Un embarazo ectópico crece fuera del útero (matriz), casi siempre en una trompa.
opt-location-confirmed_in_womb = Sí, en el útero
opt-location-not_confirmed = No, o no me han hecho una ecografía
opt-location-ectopic = Sí, me dijeron que es ectópico
q-weeks = ¿De cuántas semanas está embarazada, o de cuántas estaba?
hint-weeks = Cuente desde el primer día de su última regla (período). Un número aproximado está bien. Puede escribir semanas y días, por ejemplo 7+3.
q-treatment = ¿Qué tratamiento ha recibido para la pérdida del embarazo?
hint-treatment = Sáltese esta pregunta si todavía está embarazada.
opt-treatment-none = Ninguno todavía
opt-treatment-expectant = Esperar a que ocurra de forma natural
opt-treatment-medication = Medicamentos (pastillas)
opt-treatment-surgery = Una operación (un procedimiento)
q-days_since_treatment = ¿Hace cuántos días empezó?
hint-days_since_treatment = El día en que tomó el medicamento, le hicieron la operación o le dijeron que esperara. Hoy es 0.
q-ectopic_risk_factors = Tengo más probabilidad de tener un embarazo ectópico
hint-ectopic_risk_factors = Por ejemplo: un embarazo ectópico anterior, una cirugía en las trompas, una infección pélvica, un dispositivo intrauterino (DIU) colocado, o fertilización in vitro (FIV).

group-bleeding = Sangrado
q-bleeding = ¿Cuánto está sangrando?
hint-bleeding = Piense en las últimas horas.
opt-bleeding-none = Nada
opt-bleeding-spotting = Manchado: unas gotas
opt-bleeding-light = Leve: menos que una regla
opt-bleeding-moderate = Como una regla normal
opt-bleeding-heavy = Abundante: más que una regla
q-pads_soaked_per_hour = ¿Cuántas toallas sanitarias empapó en la última hora?
hint-pads_soaked_per_hour = Solo toallas sanitarias de tamaño normal. Déjelo en blanco si no lo sabe.
pad-light = Poco manchada: no cuenta
pad-half = Medio empapada: no cuenta
pad-full = Empapada por completo: sí cuenta
pads-figure-caption = Cuente una toalla solo cuando esté empapada por completo, como la de la derecha.
q-heavy_hours = ¿Cuántas horas lleva sangrando así de mucho?
hint-heavy_hours = Horas seguidas. Un número aproximado está bien.
q-bleeding_days = ¿Cuántos días lleva sangrando?
hint-bleeding_days = Un número aproximado está bien.
q-clots = ¿Le están saliendo coágulos?
hint-clots = Los coágulos son grumos de sangre. Compárelos con { coin }.
opt-clots-none = No hay coágulos
opt-clots-small = Pequeños: más pequeños que { coin }
opt-clots-large = Grandes: más grandes que { coin }
clots-figure-label = Dibujo: un coágulo pequeño es más pequeño que { coin }. Un coágulo grande es más grande.
clot-small = Coágulo pequeño
clot-large = Coágulo grande
clots-figure-caption = Comparado con { $coin }. Es una guía, no un tamaño exacto.

group-pain = Dolor
q-pain = ¿Qué tan fuerte es su dolor en este momento?
hint-pain = 0 significa sin dolor. 10 significa el peor dolor que pueda imaginar. Déjelo en blanco si no lo sabe con seguridad.
pain-scale-none = 0: sin dolor
pain-scale-moderate = 4: difícil de ignorar
pain-scale-severe = 7: cuesta pensar o moverse
pain-scale-worst = 10: el peor dolor
q-pain_one_sided = El dolor está sobre todo en un lado del vientre
hint-pain_one_sided = En la parte baja, a la izquierda o a la derecha.
q-shoulder_tip_pain = Tengo dolor en la punta del hombro
hint-shoulder_tip_pain = Donde termina el hombro y empieza el brazo. Puede empeorar al acostarse.
q-pain_worse_or_constant = El dolor está empeorando, o no se quita
hint-pain_worse_or_constant = O los medicamentos para el dolor no ayudan.
q-bowel_or_rectal_pain = Me duele al evacuar (defecar), o siento presión en el recto
hint-bowel_or_rectal_pain = Puede sentir que necesita ir al baño aunque no sea así.

group-temperature = Temperatura e infección
q-temperature = ¿Cuál es su temperatura?
hint-temperature = Use un termómetro si tiene uno. Déjelo en blanco si no se la ha medido.
q-temperature_unit = Unidad de temperatura
opt-unit-c = °C
opt-unit-f = °F
q-feels_feverish = Siento calor y frío, o tengo escalofríos
hint-feels_feverish = Escalofríos o temblores, aunque no tenga termómetro.
q-foul_discharge = Tengo flujo vaginal con mal olor
hint-foul_discharge = Puede oler mal, o verse distinto de lo normal.

group-after = Después de una pérdida
group-after-hint = Solo si su pérdida del embarazo o su tratamiento ya terminó. Si no, sáltese estas preguntas.
q-positive_test_weeks_after = ¿Cuántas semanas después del tratamiento sigue siendo positiva su prueba de embarazo?
hint-positive_test_weeks_after = Déjelo en blanco si su prueba es negativa, o si no se ha hecho una.
q-no_period_weeks = ¿Cuántas semanas han pasado desde su pérdida, sin que le haya vuelto la regla?
hint-no_period_weeks = Déjelo en blanco si ya le volvió la regla.
q-low_mood_weeks = ¿Cuántas semanas lleva con el ánimo bajo o con ansiedad, sin que mejore?
hint-low_mood_weeks = Sentir tristeza después de una pérdida es normal. Díganos si no se está haciendo más llevadero.

## Revisar mis síntomas: problemas con las respuestas.

error-summary-title = Por favor, revise estas respuestas
error-number = Escriba un número, por ejemplo { $example }.
error-range = Escriba un número de { $min } a { $max }.
error-range-temp = Escriba una temperatura de { $min } a { $max } { $unit }.
error-temp-looks-f = Parece que está en °F. Elija °F, o escriba su temperatura en °C.
error-temp-looks-c = Parece que está en °C. Elija °C, o escriba su temperatura en °F.
error-pain = Elija un número del 0 al 10.
error-weeks = Escriba las semanas, o semanas y días como 7+3. Los días van del 0 al 6.
error-choice = Elija una de las respuestas.
error-tick = Marque la casilla, o déjela vacía.
error-invalid = Por favor, revise esta respuesta.

## Revisar mis síntomas: el resultado.

result-title = Qué hacer ahora – Solace
result-actions = Qué hacer ahora
result-why = Por qué
result-sources = Fuentes: { $list }
result-print = Imprimir o guardar esta página
result-change = Cambiar mis respuestas
result-start-again = Empezar de nuevo
call-emergency = Llamar al { $number }
call-crisis = Llamar a { $crisis }
call-same-day = Llamar al NHS 111

## Configuración.

settings-title = Configuración – Solace
settings-heading = Su país y su idioma
settings-intro = Su país define el número de emergencias y los nombres de los servicios que le mostramos.
settings-region = ¿Dónde está usted?
settings-region-hint = Elija dónde está ahora.
settings-emergency = Número de emergencias: { $dial }
settings-lang = Idioma
settings-lang-auto = Según mi navegador o, si no, mi país
settings-save = Guardar
settings-saved = Guardado. Ya se están usando sus opciones.
settings-privacy = Guardamos sus opciones en una cookie, solo en este dispositivo.
settings-forbidden-title = Por favor, inténtelo de nuevo
settings-forbidden = No pudimos guardar eso, así que nada ha cambiado. Esto puede pasar si la página estuvo abierta mucho tiempo. Por favor, vuelva a elegir y presione Guardar.
settings-invalid = Por favor, elija una opción de la lista.

## Otras páginas.

notfound-title = Página no encontrada – Solace
notfound-heading = No pudimos encontrar esa página
notfound-text = Puede que el enlace sea antiguo, o que haya un error al escribirlo. Usted no ha hecho nada mal.
notfound-home = Ir a la página de inicio
bad-request-title = Algo salió mal
bad-request-text = No pudimos leer lo que se envió. Por favor, inténtelo de nuevo.

## La página neutral detrás de "Salir de este sitio". Solo palabras de todos los días: nada sobre Solace.

away-title = Clima
away-heading = El clima de hoy
away-today = Mayormente nublado, con ratos de sol más tarde.
away-high = Máxima: 14°
away-low = Mínima: 7°
away-wind = Viento: brisa suave
away-tomorrow-heading = Mañana
away-tomorrow = Seco y despejado por la mañana. Algunos chubascos por la noche.
away-tip = Lleve una chaqueta ligera si sale.

## ---- Resultados (issue 3, páginas de resultados): el menú, la entrada en inicio y el índice /results. ----

nav-results = Resultados
home-results-door = ¿Qué significan mis resultados?
home-results-door-hint = Análisis de sangre de hCG, informes de ecografía, fechas, los números y sus opciones.
results-title = ¿Qué significan mis resultados? – Solace
results-heading = ¿Qué significan mis resultados?
results-intro-1 = Esperar los resultados es difícil. Los números de un informe también pueden ser difíciles de entender.
results-intro-2 = Aquí puede ver lo que dicen las guías médicas sobre sus resultados. Solace no hace diagnósticos. Su equipo médico conoce toda su historia.
results-guidance-nice-local = Para su país mostramos primero la guía del Reino Unido (NICE). También están las otras guías, si las quiere ver.
results-guidance-us-local = Para su país mostramos primero la guía de Estados Unidos. También están las otras guías, si las quiere ver.
results-guidance-nice-cautious = Mostramos primero la guía del Reino Unido (NICE). Cuando las guías del Reino Unido y de Estados Unidos no coinciden, esta es la más prudente. También están las otras guías, si las quiere ver.
results-guidance-change = Cambiar su país
results-door-hcg = Análisis de sangre de hCG
results-door-hcg-hint = Lo que puede significar que la hCG (gonadotropina coriónica humana) suba o baje entre un análisis y otro.
results-door-scan = Un informe de ecografía (ultrasonido)
results-door-scan-hint = Lo que significan los tamaños y las palabras de su informe según las guías del Reino Unido y de Estados Unidos.
results-door-dates = Cuántas semanas, y la fecha probable de parto
results-door-dates-hint = A partir de su última regla, o de una ecografía.
results-door-odds = Los números
results-door-odds-hint = Qué tan común es la pérdida del embarazo, con la fuente de cada número.
results-door-options = Sus opciones
results-door-options-hint = Las formas de manejar una pérdida del embarazo, una al lado de la otra.
