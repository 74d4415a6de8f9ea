## Wellbeing check-ins (/wellbeing): PHQ-9, GAD-7 and PCL-5 (CLINICAL.md §7).
## Spanish (usted) translation of en-GB/wellbeing.ftl; one version for every region.
##
## The questionnaire sections ("published wording") follow the meaning of the established
## Spanish versions (PHQ-9 and GAD-7: the Spanish-for-the-US forms, with their "(a)" endings;
## PCL-5: translated here for its meaning, item by item). They have not yet been checked line by
## line against the published Spanish forms: do that before treating them as pinned.
## Everything else is Solace's own words: plain, warm, no blame.

home-wellbeing-door = ¿Cómo me siento?
home-wellbeing-door-hint = Cuestionarios cortos sobre el ánimo, la preocupación y el estrés después de una pérdida. No son un diagnóstico.

diary-kind-wellbeing = Cuestionario de bienestar

wb-title = Cuestionarios de bienestar
wb-heading = ¿Cómo se siente?
wb-intro-1 = Después de una pérdida, muchas personas se sienten tristes, preocupadas o nerviosas durante un tiempo. Estos cuestionarios cortos pueden ayudarle a ver cómo está, y cuándo puede ayudarle hablar con alguien.
wb-intro-2 = Son cuestionarios, no un diagnóstico. Solo un médico o una enfermera que hable con usted puede decir qué está pasando. Sus respuestas pueden ayudarle a empezar esa conversación.
wb-intro-kept = Su diario está abierto. Después de un cuestionario, puede elegir guardar sus respuestas en él.
wb-intro-forgotten = Su diario no está abierto, así que verá sus respuestas y luego se olvidarán. No se guarda nada.
wb-help-now = Si está pensando en hacerse daño, por favor no espere a hacer un cuestionario.
wb-choose = Elija un cuestionario
wb-phq9-name = Ánimo (PHQ-9)
wb-phq9-about = 9 preguntas sobre el ánimo bajo en las últimas 2 semanas.
wb-gad7-name = Preocupación (GAD-7)
wb-gad7-about = 7 preguntas sobre la preocupación y la ansiedad en las últimas 2 semanas.
wb-pcl5-name = Estrés después de la pérdida (PCL-5)
wb-pcl5-about = 20 preguntas sobre cómo la pérdida puede seguir afectándole, en el último mes.
wb-back = Volver a los cuestionarios

## The form

wb-form-intro = No hay respuestas correctas ni incorrectas. Elija la respuesta que mejor le corresponda. Puede parar cuando quiera.
wb-pcl5-intro = Estas preguntas hablan de "una experiencia muy estresante". Aquí, eso quiere decir su pérdida del embarazo y lo que pasó alrededor de ella.
wb-question = Pregunta { $n } de { $count }
wb-submit = Ver mi resultado
wb-error-missing = Por favor, elija una respuesta para la pregunta { $n }.
wb-error-choice = Por favor, elija una de las respuestas para la pregunta { $n }.
wb-form-not-finished = Todavía no ha respondido todas las preguntas, así que no hay resultado. Sus respuestas siguen aquí.
wb-loss-q = ¿Cuándo fue su pérdida? (puede dejarlo en blanco)
wb-loss-hint = Poco después de una pérdida, es común tener muchas reacciones fuertes, y a menudo disminuyen. La fecha nos ayuda a leer sus respuestas teniendo eso en cuenta.
wb-loss-hint-diary = Si lo deja en blanco, usamos la fecha de su diario.
wb-error-loss-date = Escriba la fecha de su pérdida, o déjelo en blanco.
wb-error-loss-future = Esta fecha es posterior a hoy. Por favor, revísela, o déjela en blanco.

## The result

wb-result-title = El resultado de su cuestionario
wb-score = Su puntaje: { $total } de { $max }
wb-band-label = Los autores del cuestionario llaman a este nivel: { $band }
wb-band-minimal = mínimo
wb-band-mild = leve
wb-band-moderate = moderado
wb-band-moderately-severe = moderadamente grave
wb-band-severe = grave
wb-band-below-cut-point = por debajo de 31
wb-band-cut-point-range = de 31 a 33
wb-band-above-cut-point = por encima de 33
wb-phq9-meaning-minimal = Sus respuestas muestran pocas señales de ánimo bajo en este momento. Los sentimientos pueden cambiar de una semana a otra, así que vuelva a hacer el cuestionario si las cosas se ponen más difíciles.
wb-phq9-meaning-mild = Sus respuestas muestran algunas señales de ánimo bajo. Esto es común después de una pérdida. Trátese con cariño, y vuelva a hacer el cuestionario en 2 semanas.
wb-phq9-meaning-moderate = Sus respuestas muestran bastante ánimo bajo. Le ayudaría hablar con { service-doctor } sobre cómo se siente.
wb-phq9-meaning-moderately-severe = Sus respuestas muestran mucho ánimo bajo. Por favor, hable pronto con { service-doctor }. La ayuda funciona, y usted no tiene que enfrentar esto a solas.
wb-phq9-meaning-severe = Sus respuestas muestran muchísimo ánimo bajo. Por favor, hable pronto con { service-doctor } y muéstrele este puntaje. La ayuda funciona, y usted no tiene que enfrentar esto a solas.
wb-gad7-meaning-minimal = Sus respuestas muestran pocas señales de preocupación o ansiedad en este momento. Vuelva a hacer el cuestionario si las cosas se ponen más difíciles.
wb-gad7-meaning-mild = Sus respuestas muestran algo de preocupación y ansiedad. Esto es común después de una pérdida. Trátese con cariño, y vuelva a hacer el cuestionario en 2 semanas.
wb-gad7-meaning-moderate = Sus respuestas muestran bastante preocupación y ansiedad. Le ayudaría hablar con { service-doctor } sobre cómo se siente.
wb-gad7-meaning-severe = Sus respuestas muestran mucha preocupación y ansiedad. Por favor, hable pronto con { service-doctor } y muéstrele este puntaje. La ayuda funciona, y usted no tiene que enfrentar esto a solas.
wb-pcl5-meaning-below-cut-point = Su puntaje está por debajo de 31. Los autores de la lista sugieren una revisión más a fondo a partir de un puntaje de 31 a 33 o más. Si la pérdida todavía le afecta, igual está bien hablar con alguien.
wb-pcl5-meaning-cut-point-range = Su puntaje está entre 31 y 33. Es donde los autores de la lista sugieren una revisión más a fondo por parte de un médico o un terapeuta. Por favor, hable con { service-doctor }.
wb-pcl5-meaning-above-cut-point = Su puntaje está por encima de 33. Los autores de la lista sugieren una revisión más a fondo a partir de un puntaje de 31 a 33 o más. Por favor, hable pronto con { service-doctor } y muéstrele este puntaje.
wb-pcl5-first-month = Su pérdida fue hace menos de 4 semanas. Reacciones como estas son comunes poco después de una pérdida. En esta etapa son una señal de estrés agudo, y a menudo disminuyen en las próximas semanas.
wb-pcl5-first-month-help = Si ahora le parecen demasiado para sobrellevarlas, no tiene que esperar. Hable con { service-doctor }.
wb-pcl5-first-month-recheck = Este cuestionario es más útil a partir de las 4 semanas después de la pérdida. Podría volver a hacerlo el { $date }.
wb-pcl5-timing-unknown = No sabemos cuándo fue su pérdida. Si fue hace menos de 4 semanas, reacciones como estas son comunes y a menudo disminuyen. Este cuestionario es más útil a partir de las 4 semanas después de la pérdida.
wb-pcl5-loss-from-diary = La fecha de su pérdida según su diario: { $date }. Si se refería a otra pérdida, vuelva a hacer el cuestionario y escriba su fecha.
wb-clusters-heading = Su puntaje por partes
wb-clusters-intro = Las 20 preguntas se dividen en 4 grupos. A su médico le pueden ser útiles.
wb-cluster-B = Recuerdos, sueños y revivir lo que pasó (preguntas 1 a 5)
wb-cluster-C = Evitar lo que le recuerda la pérdida (preguntas 6 y 7)
wb-cluster-D = Pensamientos y sentimientos (preguntas 8 a 14)
wb-cluster-E = Sentirse en alerta (preguntas 15 a 20)
wb-cluster-score = { $subtotal } de { $max }
wb-not-diagnosis = Esto es un cuestionario, no un diagnóstico. Un puntaje no puede decirle qué le pasa. Solo un médico o una enfermera que hable con usted puede hacerlo.
wb-contact-heading = Quién puede ayudarle
wb-contact-doctor = Puede hablar con { service-doctor }. Le pueden escuchar y ayudarle a encontrar apoyo, como la terapia psicológica.
wb-contact-mental-health = { $region ->
    [uk] También puede comunicarse con los servicios de salud mental del NHS cerca de usted.
    [ie] También puede comunicarse con los servicios de salud mental del HSE cerca de usted.
   *[other] También puede comunicarse con un servicio de salud mental cerca de usted.
}
wb-contact-crisis = Si alguna vez tiene pensamientos de hacerse daño, llame a { $crisis } o al { $number }.
wb-contact-crisis-other = Si alguna vez tiene pensamientos de hacerse daño, llame a su línea de crisis local o al { $number }.
wb-sources = Fuente:
wb-again = Hacer otro cuestionario

## Keeping the result

wb-keep-heading = Guardar esto en su diario
wb-keep-text = Puede guardar estas respuestas en su diario privado, para ver cómo cambian las cosas con el tiempo.
wb-keep = Guardar en mi diario
wb-not-kept = Su diario no está abierto, así que este resultado no se guardó. Se muestra una vez y luego se olvida.
wb-keep-locked = Su diario se cerró solo, así que este resultado no se guardó. Abra su diario y vuelva a hacer el cuestionario para guardarlo.

## Re-check reminders

wb-remind-heading = Volver a hacer el cuestionario
wb-remind-two-weeks = Estas preguntas se refieren a las últimas 2 semanas. Si vuelve a hacer el cuestionario en 2 semanas, verá cómo cambian las cosas.
wb-remind-one-month = Estas preguntas se refieren al último mes. Si vuelve a hacer el cuestionario en un mes, verá cómo cambian las cosas.
wb-remind-button-two-weeks = Recordármelo en 2 semanas (archivo de calendario)
wb-remind-button-one-month = Recordármelo en un mes (archivo de calendario)
wb-remind-four-weeks = Si vuelve a hacer el cuestionario 4 semanas después de su pérdida, verá cómo van cambiando las cosas.
wb-remind-button-four-weeks = Recordármelo el { $date } (archivo de calendario)

## The trend (diary unlocked)

wb-trend-heading = Sus cuestionarios a lo largo del tiempo
wb-trend-intro = Cada punto es un cuestionario que usted guardó. Las líneas de trazos muestran dónde empieza cada nivel.
wb-trend-when = Cuándo
wb-trend-score = Puntaje
wb-trend-band = Nivel

## The crisis response (PHQ-9 question 9 above 0), shown before anything else

wb-crisis-heading = Por favor, busque apoyo ahora
wb-crisis-text = Usted dijo que ha tenido pensamientos de que estaría mejor muerto(a), o de lastimarse. Usted importa. Hay ayuda para usted ahora mismo, sean cuales sean sus otras respuestas.
wb-crisis-then = Cuando se sienta con ánimo, su cuestionario está más abajo.
wb-crisis-pcl5-heading = Por favor, busque apoyo
wb-crisis-pcl5-text = Usted dijo que correr demasiados riesgos, o hacer cosas que podrían hacerle daño, le ha molestado "moderadamente" o más. Usted importa. Si cree que podría hacerse daño, hay ayuda para usted ahora mismo, sean cuales sean sus otras respuestas.
wb-crisis-text-line = Envíe un mensaje de texto al { $text }

## Published wording: PHQ-9 [kroenke-2001], following the Spanish-for-the-US PHQ-9 form.

wb-phq9-stem = Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?
wb-phq9-item-1 = Poco interés o placer en hacer cosas
wb-phq9-item-2 = Se ha sentido decaído(a), deprimido(a) o sin esperanzas
wb-phq9-item-3 = Ha tenido dificultad para quedarse dormido(a) o permanecer dormido(a), o ha dormido demasiado
wb-phq9-item-4 = Se ha sentido cansado(a) o con poca energía
wb-phq9-item-5 = Sin apetito o ha comido en exceso
wb-phq9-item-6 = Se ha sentido mal con usted mismo(a) — o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia
wb-phq9-item-7 = Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión
wb-phq9-item-8 = ¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? O lo contrario — ha estado tan inquieto(a) o agitado(a) que se ha movido mucho más de lo normal
wb-phq9-item-9 = Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera

## Published wording: GAD-7 [spitzer-2006], following the Spanish-for-the-US GAD-7 form.

wb-gad7-stem = Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por los siguientes problemas?
wb-gad7-item-1 = Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta
wb-gad7-item-2 = No ha sido capaz de parar o controlar su preocupación
wb-gad7-item-3 = Se ha preocupado demasiado por motivos diferentes
wb-gad7-item-4 = Ha tenido dificultad para relajarse
wb-gad7-item-5 = Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)
wb-gad7-item-6 = Se ha molestado o irritado fácilmente
wb-gad7-item-7 = Ha tenido miedo de que algo terrible fuera a pasar

## Answer options for the PHQ-9 and GAD-7 (Spanish-for-the-US forms).

wb-freq-0 = Ningún día
wb-freq-1 = Varios días
wb-freq-2 = Más de la mitad de los días
wb-freq-3 = Casi todos los días

## PCL-5 [weathers-2013] (National Center for PTSD, PCL-5 standard form), translated for its
## meaning. As in English, "circle one of the numbers to the right" reads "choose one of the
## answers".

wb-pcl5-instruction = A continuación hay una lista de problemas que las personas a veces tienen como reacción a una experiencia muy estresante. Por favor, lea con atención cada problema y luego elija una de las respuestas para indicar cuánto le ha molestado ese problema en el último mes.
wb-pcl5-stem = En el último mes, ¿cuánto le ha molestado lo siguiente?
wb-pcl5-item-1 = ¿Recuerdos repetidos, perturbadores y no deseados de la experiencia estresante?
wb-pcl5-item-2 = ¿Sueños repetidos y perturbadores sobre la experiencia estresante?
wb-pcl5-item-3 = ¿Sentir o actuar de repente como si la experiencia estresante estuviera ocurriendo otra vez (como si usted estuviera allí otra vez, reviviéndola)?
wb-pcl5-item-4 = ¿Sentirse muy alterado(a) cuando algo le recordaba la experiencia estresante?
wb-pcl5-item-5 = ¿Tener reacciones físicas fuertes cuando algo le recordaba la experiencia estresante (por ejemplo, el corazón acelerado, dificultad para respirar, sudor)?
wb-pcl5-item-6 = ¿Evitar recuerdos, pensamientos o sentimientos relacionados con la experiencia estresante?
wb-pcl5-item-7 = ¿Evitar cosas externas que le recuerdan la experiencia estresante (por ejemplo, personas, lugares, conversaciones, actividades, objetos o situaciones)?
wb-pcl5-item-8 = ¿Dificultad para recordar partes importantes de la experiencia estresante?
wb-pcl5-item-9 = ¿Tener creencias negativas fuertes sobre usted mismo(a), otras personas o el mundo (por ejemplo, tener pensamientos como: soy malo(a), hay algo muy mal en mí, no se puede confiar en nadie, el mundo es completamente peligroso)?
wb-pcl5-item-10 = ¿Culparse a usted mismo(a) o culpar a otra persona por la experiencia estresante o por lo que pasó después?
wb-pcl5-item-11 = ¿Tener sentimientos negativos fuertes, como miedo, horror, enojo, culpa o vergüenza?
wb-pcl5-item-12 = ¿Pérdida de interés en actividades que antes disfrutaba?
wb-pcl5-item-13 = ¿Sentirse distante o aislado(a) de otras personas?
wb-pcl5-item-14 = ¿Dificultad para sentir emociones positivas (por ejemplo, no poder sentir felicidad ni sentimientos de cariño por las personas cercanas a usted)?
wb-pcl5-item-15 = ¿Comportamiento irritable, arrebatos de enojo o actuar de forma agresiva?
wb-pcl5-item-16 = ¿Correr demasiados riesgos o hacer cosas que podrían causarle daño?
wb-pcl5-item-17 = ¿Estar "superalerta", vigilante o en guardia?
wb-pcl5-item-18 = ¿Sentirse sobresaltado(a) o asustarse con facilidad?
wb-pcl5-item-19 = ¿Tener dificultad para concentrarse?
wb-pcl5-item-20 = ¿Dificultad para quedarse dormido(a) o permanecer dormido(a)?

## Answer options for the PCL-5.

wb-pcl-0 = Nada
wb-pcl-1 = Un poco
wb-pcl-2 = Moderadamente
wb-pcl-3 = Bastante
wb-pcl-4 = Extremadamente
