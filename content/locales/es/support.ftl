## Support pages (issue 5): /support, /support/for-family, /support/help-me.
## Spanish (usted) translation of en-GB/support.ftl; one version for every region.

home-support-door = Apoyo y personas con quienes hablar
home-support-door-hint = Grupos y líneas de ayuda cerca de usted, una página para la familia y los amigos, y una forma de decirle a la gente qué le ayuda.

## /support
support-title = Apoyo después de una pérdida del embarazo
support-heading = Apoyo y personas con quienes hablar
support-intro = No tiene que pasar por esto a solas. Estos grupos ayudan a las personas después de una pérdida del embarazo. Algunos tienen personas con quienes hablar que también han pasado por lo mismo.
support-crisis-heading = Si está pensando en hacerse daño
support-crisis-text = Por favor, hable con alguien ahora. Puede llamar a { $name }.
support-crisis-emergency = Si cree que podría actuar según estos pensamientos, llame al { $number } ahora.
support-call = Llamar al { $phone }
support-call-label = Llamar al { $phone } ({ $name })
support-hours = Horario: { $hours }
support-website = Sitio web:
support-website-hint = Los enlaces abren el sitio web del propio grupo. Solace no carga nada de esos sitios.
support-checked = Revisado el { $date }.
support-checked-source = Dónde lo revisamos: { $source }
support-your-region = Apoyo en { $country }
support-other-regions = Apoyo en otros países
support-no-list = Todavía no tenemos una lista para su país. En una emergencia, llame al { $number }. Puede elegir su país en Ajustes.
support-change-country = Cambiar mi país
support-family-door = Para parejas, familiares y amigos
support-family-door-hint = Lo que su ser querido puede estar viviendo, y cómo ayudar.
support-helpme-door = Crear una página "Cómo ayudarme"
support-helpme-door-hint = Marque lo que le ayuda y luego imprímalo o guárdelo para compartirlo. No se guarda nada.

## /support/for-family
family-title = Para parejas, familiares y amigos
family-heading = Cuando alguien que usted quiere ha perdido un embarazo
family-intro = Gracias por estar aquí. Usted quiere ayudar, y eso importa mucho. Esta página trata de lo que esa persona puede estar viviendo y de lo que ayuda.
family-body-heading = Lo que le pasa a su cuerpo
family-body-1 = Una pérdida del embarazo (lo que los médicos llaman "aborto espontáneo") puede causar dolor como cólicos fuertes de la regla, y sangrado durante días o semanas.
family-body-2 = Puede tener cansancio durante un tiempo. Su cuerpo necesita tiempo para sanar.
family-feel-heading = Cómo puede sentirse
family-feel-1 = El duelo después de una pérdida al principio del embarazo es un duelo real. No hay una forma correcta de sentirse, ni un plazo fijo para que pase.
family-feel-2 = Un estudio siguió a personas después de una pérdida del embarazo o un embarazo ectópico. Un mes después de la pérdida:
family-feel-ptsd = { $n } de cada 100 tenían señales de estrés postraumático.
family-feel-anxiety = { $n } de cada 100 tenían preocupación y miedo fuertes o muy fuertes.
family-feel-depression = { $n } de cada 100 tenían señales de depresión.
family-feel-3 = Nueve meses después de la pérdida, eran { $ptsd } de cada 100, { $anxiety } de cada 100 y { $depression } de cada 100. Así que, para algunas personas, lleva mucho tiempo.
family-feel-4 = La pareja también puede estar en duelo. Sus sentimientos también cuentan.
family-source = Fuente: { $title }.
family-helps-heading = Lo que ayuda
family-helps-1 = Dígale que lo siente. Diga el nombre del bebé si eligieron uno.
family-helps-2 = Pregúntele cómo está y luego escuche. No tiene que arreglarlo.
family-helps-3 = Ofrezca ayuda concreta, como llevar una comida, llevar a la persona en auto o hacer las compras.
family-helps-4 = Siga en contacto en las semanas y los meses siguientes. Recuerde la fecha probable de parto.
family-avoid-heading = Lo que es mejor no decir
family-avoid-1 = "Así tenía que ser" o "Todo pasa por algo".
family-avoid-2 = "Por lo menos fue al principio" o "Por lo menos puede volver a intentarlo".
family-avoid-3 = Cualquier cosa que suene a que fue su culpa. No lo es.
family-self-heading = Cuidarse usted también
family-self-1 = Ayudar a alguien que quiere puede agotarle. Coma, descanse y hable con alguien de confianza.
family-self-2 = Los grupos de nuestra página de apoyo también son para usted.
family-help-heading = Cuándo buscar ayuda de inmediato
family-help-intro = Llame al { $number }, o lleve a la persona a recibir atención ahora, si:
family-help-bleeding = empapa 2 o más toallas sanitarias de tamaño normal en una hora, o 1 toalla por hora durante 2 horas, o expulsa coágulos más grandes que { coin }
family-help-pain = tiene un dolor muy fuerte, o un dolor en un lado que empeora
family-help-shoulder = tiene dolor en la punta del hombro
family-help-faint = siente que se va a desmayar o se marea, o se desmaya
family-help-fever = { $region ->
    [us] tiene una temperatura de 100.4 °F (38 °C) o más, siente calor y escalofríos, o tiene un flujo con mal olor
   *[other] tiene una temperatura de 38 °C o más, siente calor y escalofríos, o tiene un flujo con mal olor
}
family-help-harm = habla de hacerse daño. También puede llamar a { $crisis }.
family-help-none = habla de hacerse daño.
family-back = Volver a apoyo

## /support/help-me
helpme-title = Cómo ayudarme
helpme-heading = Crear una página "Cómo ayudarme"
helpme-intro = Puede ser difícil decirle a la gente lo que usted necesita. Marque las cosas que le ayudan. Si quiere, agregue sus propias palabras. Luego puede imprimir la página o guardarla para compartirla.
helpme-private = No se guarda nada de lo que elija o escriba. No se guarda ni se envía a ningún lugar.
helpme-choices = Lo que me ayuda
helpme-own-label = Con mis propias palabras (puede dejarlo en blanco)
helpme-own-hint = Hasta 1,000 caracteres.
helpme-submit = Crear mi página
helpme-error-summary = Hay un problema
helpme-error-nothing = Marque al menos una cosa, o escriba unas pocas palabras suyas.
helpme-error-too-long = Por favor, acorte su texto. Escribió { $count } caracteres. El máximo es 1,000.
helpme-result-heading = Cómo ayudarme
helpme-result-intro = Gracias por querer ayudar. Estas son las cosas que me ayudan ahora mismo.
helpme-result-own = Con mis propias palabras
helpme-print = Imprimir o guardar esta página
helpme-change = Cambiar lo que elegí
helpme-result-private = Esta página no se guardó. Cuando salga de ella, desaparecerá.
helpme-opt-ask = Preguntarme cómo estoy, y escucharme.
helpme-opt-name = Usar el nombre que elegimos para nuestro bebé.
helpme-opt-talk = Hablar conmigo de nuestro bebé. Me ayuda oírlo.
helpme-opt-meals = Ayudarme con las comidas o las compras.
helpme-opt-jobs = Ayudarme con las tareas de la casa.
helpme-opt-children = Ayudarme a cuidar a nuestros otros hijos.
helpme-opt-appointments = Acompañarme a las citas, o llevarme en auto.
helpme-opt-tell = Ayudarme a contárselo a otras personas, para que yo no tenga que hacerlo.
helpme-opt-no-fix = No hace falta arreglarlo. Solo estar conmigo.
helpme-opt-not-meant = Por favor, no decirme que así tenía que ser.
helpme-opt-not-again = Por favor, no decirme que puedo volver a intentarlo.
helpme-opt-check-in = Seguir preguntándome cómo estoy, incluso dentro de unas semanas.
helpme-opt-quiet = Darme tiempo a solas cuando lo pida.
helpme-opt-partner = Recordar que mi pareja también está en duelo.
helpme-opt-due-date = Recordar conmigo la fecha probable de parto.
