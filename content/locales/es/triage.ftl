## Resultados de la revisión de síntomas. Cada titular es una frase con la que una persona asustada puede actuar.

headline-emergency = Llame al { $number } ahora para pedir una ambulancia.
headline-self-harm = Usted merece apoyo en este momento. Por favor, comuníquese con alguien ahora.
headline-urgent = Vaya ahora a { service-ed }.
headline-same-day = Comuníquese hoy con { service-same-day }.
headline-soon = Pida una cita con { service-doctor } para los próximos días.
headline-early-light = Hágase otra prueba de embarazo dentro de 7 a 10 días.
headline-self-care = Lo que usted describe coincide con lo que suele pasar. Esto es lo que debe vigilar.

## Cuándo actuar, en palabras, para cada nivel.

when-heading = Cuándo
when-emergency = Ahora. No espere a ver si mejora.
when-urgent = Ahora. Salga lo antes posible, aunque sea de noche.
when-same_day = Hoy, antes de que termine la tarde. No espere hasta mañana.
when-soon = En los próximos días.
when-early-light = Dentro de 7 a 10 días, a menos que antes pase algo de la lista de abajo.
when-self_care = No necesita una cita ahora. Use la lista de abajo si algo cambia.

## Una respuesta que falta y que importa. La respuesta mostrada ya la trata como el peor caso.

ask-heading = Una pregunta más
ask-heavy_hours = ¿Cuántas horas lleva empapando una toalla sanitaria o más por hora? Mientras no lo sepa, trátelo como algo urgente.
ask-submit = Actualizar mi respuesta

## Acciones: pasos concretos. Cada acción de los niveles urgente y emergencia dice "ahora".

action-call-emergency = Llame al { $number } ahora. Diga que está embarazada o que lo estuvo hace poco, y cuénteles sus síntomas.
action-emergency-while-waiting = Acuéstese ahora mientras espera. Pida a alguien que se quede con usted. Quite el seguro de la puerta si puede.
action-do-not-drive = No maneje usted misma. Pida a alguien que la lleve ahora, o llame al { $number }.
action-go-now = { $region ->
    [uk] Vaya ahora a urgencias (A&E). Vaya en cambio a su unidad de embarazo temprano (EPU) solo si está abierta ahora y allí la esperan.
    [ie] Vaya ahora a la sala de emergencias, o a la unidad de urgencias de su hospital de maternidad.
   *[other] Vaya ahora a { service-ed }.
}
action-call-if-worse = Si se siente peor en el camino, o siente que se va a desmayar, llame al { $number } ahora.
action-contact-today = Llame hoy a { service-same-day }, antes de que termine la tarde. Cuénteles lo que nos contó aquí.
action-out-of-hours = { $region ->
    [uk] Si están cerrados, llame al NHS 111. Si no logra comunicarse, vaya a urgencias (A&E).
   *[other] Si no logra comunicarse con ellos hoy, vaya a { service-ed }.
}
action-go-if-worse-today = Si empeora antes de que la atiendan, no espere: llame al { $number } o vaya a { service-ed }.
action-go-if-worse = Si empeora antes de esa fecha, no espere. Revise sus síntomas otra vez, o llame al { $number } en una emergencia.
action-book-soon = Pida una cita con { service-doctor } para los próximos días.
action-self-care = Descanse, y tome el medicamento para el dolor que le dijeron que es seguro para usted.
action-keep-notes = Anote cuántas toallas sanitarias usa y cómo se siente. Le servirá si necesita llamar.
action-crisis-line = { $region ->
    [other] Llame ahora a la línea de crisis de su zona, o al { $number } si cree que podría actuar según estos pensamientos.
   *[uk] Llame ahora a { $crisis }. Es gratis, y alguien la escuchará a cualquier hora del día o de la noche.
}
action-self-harm-emergency = Si cree que ahora podría actuar según estos pensamientos, llame al { $number } o vaya a { service-ed }.
action-stay-with-someone = Dígale ahora a alguien de confianza cómo se siente, y pídale que se quede con usted.
action-bring-pad-count = Cuente las toallas sanitarias que empapa cada hora. Dígale ese número al personal.
action-repeat-test = Hágase otra prueba de embarazo dentro de 7 a 10 días. Si sigue siendo positiva, comuníquese con { service-same-day }. Busque ayuda antes de esa fecha si el sangrado continúa o aumenta, o si empieza a tener dolor.
action-recheck-pads = Vuelva a revisar durante la próxima hora. Si todavía empapa una toalla sanitaria entera en una hora, vaya ahora a { service-ed }.
action-anti-d = Dígale al personal si su grupo sanguíneo es RhD negativo. Es posible que necesite una inyección anti-D.
action-talk-about-mood = Cuéntele a { service-doctor } cómo se ha sentido. El ánimo bajo después de una pérdida es común, y la ayuda funciona.

## Por qué importa cada regla. Una o dos frases cortas, sin culpar. En los niveles urgente y
## emergencia cada una dice "ahora" y nunca "hoy" ni "pronto".

rule-collapse = Usted se desmayó. Desmayarse al principio del embarazo o después de una pérdida puede ser señal de un sangrado interno. Necesita ayuda ahora.
rule-shock = Tener la piel pálida, fría y húmeda, con el corazón acelerado o sensación de desmayo, puede significar que su cuerpo está perdiendo demasiada sangre. Necesita ayuda ahora.
rule-sepsis-red-flag = Una confusión nueva, respirar muy rápido, la piel con manchas o azulada, o no orinar en 18 horas pueden ser señales de sepsis, una reacción grave a una infección. Necesita ayuda ahora.
rule-possible-rupture = Sentir que se va a desmayar, o una palidez muy fuerte, con un dolor así podría significar que un embarazo ectópico está sangrando por dentro. Necesita atención de emergencia ahora.
rule-ectopic-faintness = Usted tiene un embarazo ectópico y siente que se va a desmayar. Esto puede ser señal de un sangrado interno, y necesita ayuda ahora.
rule-bleeding-with-faintness = Empapar toallas sanitarias mientras siente que se va a desmayar significa que puede estar perdiendo mucha sangre. Necesita ayuda ahora.
rule-self-harm = Usted nos dijo que tiene pensamientos de hacerse daño. Usted importa, y hay ayuda para usted ahora mismo.
rule-heavy-bleeding = Está empapando toallas sanitarias rápido, o está sangrando mucho. Un sangrado así necesita revisarse ahora.
rule-heavy-bleeding-reported = Usted dice que su sangrado es abundante. Aunque el número de toallas empapadas esté por debajo del nivel para ir ahora a que la revisen, hable hoy con alguien.
rule-possible-ectopic-shoulder = El dolor en la punta del hombro puede ser señal de un embarazo ectópico. Ninguna ecografía (ultrasonido) ha mostrado todavía el embarazo en el útero, así que necesita revisarse ahora.
rule-possible-ectopic-severe-one-sided = Un dolor fuerte en un lado, o un dolor que sigue empeorando, puede ser señal de un embarazo ectópico. Necesita revisarse ahora.
rule-possible-ectopic-urgent = Ninguna ecografía (ultrasonido) ha mostrado todavía el embarazo en el útero, y usted tiene un dolor fuerte, o dolor con mareo. Hay que descartar ahora un embarazo ectópico.
rule-ectopic-pain = Usted tiene un embarazo ectópico y tiene dolor o sangrado. El equipo que la atiende necesita verla ahora.
rule-severe-pain = Un dolor muy fuerte necesita que lo revise un médico ahora, aunque le hayan dicho que tendría cólicos.
rule-pain-not-easing-severe = Un dolor fuerte que empeora, o que no se alivia con medicamentos para el dolor, necesita revisarse ahora.
rule-infection = Una temperatura alta (fiebre) con estas otras señales puede significar una infección. Después de una pérdida, esto necesita tratamiento ahora.
rule-low-temperature-unwell = Una temperatura baja mientras tiene escalofríos o el corazón acelerado puede ser señal de una infección grave. Necesita revisarse ahora.
rule-fever-racing-heart = Una temperatura alta o escalofríos junto con el corazón acelerado pueden ser señal de una infección grave. Necesita revisarse ahora.
rule-racing-heart-bleeding = El corazón acelerado con sangrado o un dolor fuerte puede significar que está perdiendo sangre. Necesita revisarse ahora.
rule-racing-heart-after-treatment = El corazón acelerado en las 6 semanas después de un tratamiento con medicamentos o una operación puede ser señal de sangrado o de infección. Necesita revisarse ahora.
rule-pale-clammy = La piel pálida, fría y húmeda puede ser señal de que usted no está bien. Necesita revisarse ahora.
rule-second-trimester-bleeding = El sangrado después de las 12 semanas de embarazo necesita revisarse ahora, en persona.
rule-bleeding-in-pregnancy = El sangrado durante el embarazo debería revisarse. No siempre significa una pérdida del embarazo.
rule-early-light-bleeding = Un sangrado leve antes de las 6 semanas, sin dolor, muchas veces se detiene por sí solo. Se aconseja hacerse otra prueba dentro de 7 a 10 días.
rule-pain-unconfirmed-location = Usted tiene dolor, y ninguna ecografía (ultrasonido) ha mostrado todavía el embarazo en el útero. Los médicos prefieren revisar esto el mismo día.
rule-pain-in-pregnancy = Un dolor de este nivel durante el embarazo debería revisarse hoy.
rule-pain-not-easing = Un dolor que empeora, o que no se alivia con medicamentos para el dolor, debería revisarse hoy.
rule-pain-after-loss = Un dolor así de fuerte después de una pérdida debería revisarse hoy.
rule-bleeding-one-pad-an-hour = Empapar una toalla sanitaria entera en una hora es más de lo normal. Debería revisarse hoy, y cuanto antes si continúa.
rule-one-sided-pain = El dolor en un lado debería revisarse hoy, para descartar un embarazo ectópico.
rule-shoulder-tip-confirmed = El dolor en la punta del hombro debería revisarse hoy, aunque una ecografía (ultrasonido) haya mostrado el embarazo en el útero.
rule-rectal-pain = El dolor al evacuar (defecar), o la presión en el recto, puede ser señal de un embarazo ectópico.
rule-fever = { $region ->
    [us] Una temperatura de 100.4 °F (38 °C) o más, o sentir calor y escalofríos, debería revisarse hoy.
   *[other] Una temperatura de 38 °C o más, o sentir calor y escalofríos, debería revisarse hoy.
}
rule-foul-discharge = El flujo vaginal con mal olor puede ser señal de una infección.
rule-dizziness = Los mareos o la sensación de que se va a desmayar deberían revisarse hoy.
rule-racing-heart = El corazón acelerado debería revisarse hoy.
rule-vomiting = Vomitar y no poder retener líquidos durante un día puede hacer que se enferme mucho. Debería revisarse hoy.
rule-no-bleeding-after-misoprostol = La mayoría de las personas empieza a sangrar en el plazo de un día después de tomar el medicamento. Si usted no ha sangrado, la unidad que la atiende querrá saberlo.
rule-ectopic-known = Le han dicho que tiene un embarazo ectópico. Manténgase en contacto con el equipo que la atiende.
rule-positive-test-unconfirmed = Su prueba de embarazo sigue siendo positiva 2 semanas o más después, y ninguna ecografía (ultrasonido) ha mostrado el embarazo en el útero. La unidad que la atiende querrá verla en el plazo de un día.
rule-prolonged-bleeding = El sangrado está durando más de lo normal después de una pérdida. Puede que todavía quede algo de tejido.
rule-positive-test-after = Una prueba de embarazo sigue siendo positiva 3 semanas o más después del tratamiento. Deberían verla para revisar por qué.
rule-no-period = En la mayoría de los casos, la regla (período) vuelve en 4 a 6 semanas. Ya han pasado 8 semanas o más.
rule-low-mood = Ha tenido el ánimo bajo o ansiedad durante 2 semanas o más. A muchas personas les pasa después de una pérdida. No tiene que enfrentarlo sin ayuda.
rule-expected-course = Nada de lo que nos dijo necesita atención urgente. Preste atención a cómo se siente, y use la lista de abajo.

## La red de seguridad, que se muestra con cada resultado. El encabezado dice cómo conseguir ayuda, no solo cuándo.

safety-intro = Llame al { $number } o vaya a { service-ed } de inmediato si:
safety-heavy-bleeding = empapa más de 1 toalla sanitaria de tamaño normal en una hora, o 1 toalla por hora durante 2 horas, o expulsa coágulos más grandes que { coin }
safety-severe-pain = tiene un dolor muy fuerte, o un dolor en un lado que empeora
safety-shoulder-tip = tiene dolor en la punta del hombro
safety-faint = tiene mareos o siente que se va a desmayar, o se desmaya
safety-fever = { $region ->
    [us] tiene una temperatura de 100.4 °F (38 °C) o más, siente calor y escalofríos, o tiene flujo con mal olor
   *[other] tiene una temperatura de 38 °C o más, siente calor y escalofríos, o tiene flujo con mal olor
}
safety-sepsis = tiene confusión o mucho sueño, respira muy rápido, o su piel, sus labios o su lengua se ven con manchas, grisáceos o azulados
safety-harm = tiene pensamientos de hacerse daño
safety-count-pads = Cuente las toallas sanitarias que empapa. Es fácil calcular mal el sangrado a simple vista.

## Nombres de la urgencia, para avisos y lectores de pantalla.

urgency-emergency = Emergencia
urgency-urgent = Urgente: vaya ahora
urgency-same_day = Hoy
urgency-soon = En los próximos días
urgency-early-light = Otra prueba dentro de 7 a 10 días
urgency-self_care = Cuidarse

## El aviso de ayuda arriba del diario, cuando lo anotado necesita atención.

diary-alert-intro = Algo que anotó en su diario necesita atención.
diary-alert-see-why = Vea por qué, y lo que suele pasar después
diary-not-saved-heading = Su diario se bloqueó
diary-not-saved = Para mantenerlo privado, su diario se bloquea después de 15 minutos sin uso. Esta entrada no se guardó. Desbloquee su diario y agréguela otra vez.
diary-not-saved-unlock = Desbloquear mi diario
