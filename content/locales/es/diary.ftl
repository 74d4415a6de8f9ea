## The private diary (/diary). Warm, short, never diagnostic. No pregnancy countdowns.
## Spanish (usted) translation of en-GB/diary.ftl; one version for every region.

nav-diary = Diario
home-diary-door = Mi diario privado
home-diary-door-hint = Anote el sangrado, el dolor, las pruebas y cómo se siente. Está protegido con su frase de contraseña.

diary-title = Diario
diary-heading = Su diario
diary-no-store = El diario no está configurado en esta computadora.
diary-store-error = Algo salió mal de nuestro lado. Su diario está a salvo. Por favor, inténtelo de nuevo.
diary-back = Volver al diario
diary-home = Ir a la página de inicio
diary-nav-label = Diario
diary-nav-timeline = Historial
diary-nav-recovery = Recuperación
diary-lock = Cerrar el diario
diary-forbidden-title = No se pudo comprobar este formulario
diary-forbidden-text = No se cambió nada. Por favor, vuelva atrás, recargue la página e inténtelo de nuevo.

diary-new-title = Empiece su diario
diary-new-heading = Empiece su diario privado
diary-new-intro = Su diario lleva la cuenta del sangrado, el dolor, las pruebas y cómo se siente, para que usted no tenga que recordarlo todo.
diary-new-private = Está protegido con una frase de contraseña que solo usted conoce. Nosotros no podemos leerlo ni abrirlo por usted.
diary-choose-passphrase = Elija una frase de contraseña
diary-new-passphrase-hint = Al menos { $min } caracteres, o { $words } palabras. Unas pocas palabras que usted recuerde funcionan bien, como "tetera azul río tranquilo".
diary-new-passphrase-short = Al menos 12 caracteres, o 4 palabras. Unas pocas palabras funcionan bien.
diary-confirm = Escriba otra vez la frase de contraseña
diary-new-submit = Empezar mi diario
diary-new-one = Esta computadora guarda un solo diario.
diary-account = Nombre de cuenta
diary-account-hint = Elija un nombre que solo usted conozca. Por favor, no use su correo electrónico ni su nombre real.
diary-create-link = Empezar un diario nuevo

diary-code-title = Su código de recuperación
diary-code-heading = Guarde su código de recuperación
diary-code-intro = Si olvida su frase de contraseña, este código es la única forma de volver a entrar en su diario.
diary-code-write = Anótelo o guárdelo en un lugar privado.
diary-code-once = Solo se lo mostraremos esta vez.
diary-code-private = Cualquier persona que tenga este código puede abrir su diario, así que guárdelo bien.
diary-code-saved = Ya guardé mi código de recuperación
diary-code-continue = Ir a mi diario

diary-unlock-title = Abra su diario
diary-unlock-heading = Abra su diario
diary-unlock-intro = Escriba su frase de contraseña para abrir su diario.
diary-passphrase = Frase de contraseña
diary-unlock-submit = Abrir
diary-forgot = ¿Olvidó su frase de contraseña? Use su código de recuperación
diary-session-ended = Su diario se cerró solo para mantenerlo privado. Por favor, ábralo otra vez.

diary-recover-title = Use su código de recuperación
diary-recover-heading = Use su código de recuperación
diary-recover-intro = Escriba el código de recuperación que guardó y luego elija una nueva frase de contraseña. Recibirá un código de recuperación nuevo.
diary-recover-code = Código de recuperación
diary-recover-code-hint = 25 letras y números. No importan los guiones ni los espacios.
diary-recover-submit = Abrir y crear una nueva frase de contraseña

diary-passphrase-title = Cambiar la frase de contraseña
diary-passphrase-heading = Cambie su frase de contraseña
diary-current-passphrase = Su frase de contraseña actual
diary-new-passphrase = Nueva frase de contraseña
diary-passphrase-submit = Cambiar la frase de contraseña
diary-passphrase-done = Su frase de contraseña ya cambió. En otros dispositivos necesitará la nueva. Su código de recuperación anterior ya no funciona, así que aquí tiene uno nuevo.
diary-passphrase-link = Cambiar la frase de contraseña

diary-delete-title = Borrar todo
diary-delete-heading = Borrar todo su diario
diary-delete-warning = Esto borra todas las entradas y su frase de contraseña. No se puede deshacer.
diary-delete-word = borrar
diary-delete-type = Para confirmar, escriba la palabra "{ $word }"
diary-delete-submit = Borrar todo
diary-delete-link = Borrar todo
diary-deleted-heading = Su diario está borrado
diary-deleted-text = Todo lo que escribió ya no está. Puede empezar de nuevo cuando quiera.

diary-error-short = Por favor, use al menos { $min } caracteres, o { $words } palabras.
diary-error-common = Mucha gente usa esta frase de contraseña, así que es fácil de adivinar. Por favor, elija otra. Unas pocas palabras funcionan bien.
diary-error-mismatch = Las dos frases de contraseña no son iguales. Por favor, escríbalas otra vez.
diary-error-account = Por favor, escriba su nombre de cuenta.
diary-error-account-taken = No pudimos empezar un diario con este nombre. Por favor, elija otro nombre.
diary-error-exists = Ya hay un diario en esta computadora. Por favor, ábralo en lugar de crear otro.
diary-error-unlock = Esa frase de contraseña no abrió el diario. Por favor, inténtelo de nuevo.
diary-error-unlock-account = Ese nombre y esa frase de contraseña no abrieron ningún diario. Por favor, inténtelo de nuevo.
diary-error-wait = Demasiados intentos. Por favor, espere { $minutes } minutos e inténtelo de nuevo.
diary-error-wait-code = Su código de recuperación sigue funcionando ahora: elija “¿Olvidó su frase de contraseña?” debajo del formulario.
diary-error-saved = Por favor, marque la casilla cuando su código esté a salvo.
diary-error-code = Ese código de recuperación no abrió el diario. Por favor, revíselo e inténtelo de nuevo.
diary-error-code-shape = Un código de recuperación tiene 25 letras y números.
diary-error-word = Por favor, escriba la palabra "{ $word }".
diary-error-number = Por favor, escriba un número, como 2.
diary-error-choice = Por favor, elija una de las opciones.
diary-error-missing = Por favor, complete este campo.
diary-error-text = Por favor, escriba algo.
diary-error-range = Por favor, escriba un número del { $min } al { $max }.
diary-error-when = Por favor, revise la fecha y la hora. No pueden ser en el futuro.

diary-add = Agregar una entrada
diary-add-title = Agregar una entrada
diary-edit-title = Cambiar una entrada
diary-add-heading = ¿Qué le gustaría agregar?
diary-add-intro = Elija una opción. La hora es la de ahora, a menos que usted la cambie.
diary-kind-bleeding = Sangrado
diary-kind-hcg = Análisis de sangre de hCG
diary-kind-pain = Dolor
diary-kind-temperature = Temperatura
diary-kind-pregnancy_test = Prueba de embarazo
diary-kind-event = Lo que pasó
diary-kind-note = Nota
diary-kind-question = Una pregunta para hacer
diary-kind-other = Entrada

diary-f-pads = ¿Cuántas toallas sanitarias empapó por completo en la última hora?
diary-f-pads-hint = Cuente solo las toallas empapadas por completo. Déjelo en blanco si no lo sabe con certeza.
diary-f-fullness = ¿Qué tan llena está la toalla?
diary-f-clots = ¿Hay coágulos?
diary-f-colour = Color
diary-f-hcg = Resultado de hCG
diary-f-hcg-hint = El número de hCG (gonadotropina coriónica humana) que aparece en el resultado de su análisis de sangre.
diary-f-unit = Unidad
diary-f-pain = ¿Qué tan fuerte es el dolor?
diary-f-pain-hint = 0 es nada de dolor. 10 es el peor dolor que pueda imaginar.
diary-f-where = ¿Dónde le duele?
diary-f-temp = Temperatura
diary-f-result = Resultado
diary-f-event = ¿Qué pasó?
diary-f-management = Si eligió un tipo de atención, ¿cuál?
diary-f-medicine = Si tomó un medicamento, ¿cuál?
diary-f-text = Su nota
diary-f-question = ¿Qué quiere preguntarle a su médico o enfermera?
diary-f-note = ¿Algo más? (opcional)
diary-f-when = Cuándo
diary-f-when-hint = Déjelo en blanco para usar la hora actual.
diary-f-date = Fecha
diary-f-time = Hora
diary-save = Guardar
diary-entry-delete = Borrar esta entrada

diary-o-light = Un poco manchada
diary-o-moderate = Medio empapada
diary-o-full = Empapada por completo
diary-o-none = Ninguno
diary-o-small = Más pequeños que la moneda
diary-o-large = Más grandes que la moneda
diary-o-pink = Rosado
diary-o-red = Rojo
diary-o-dark_red = Rojo oscuro
diary-o-brown = Café (marrón)
diary-o-iu = UI/L
diary-o-miu = mUI/mL
diary-o-lower_middle = Abajo, en el centro
diary-o-left_side = Lado izquierdo
diary-o-right_side = Lado derecho
diary-o-shoulder_tip = Punta del hombro
diary-o-back = Espalda
diary-o-bottom = Recto o nalgas
diary-o-other = En otro lugar
diary-o-negative = Negativa
diary-o-faint = Línea tenue
diary-o-positive = Positiva
diary-o-loss_confirmed = Pérdida confirmada
diary-o-management_chosen = Atención elegida
diary-o-medication_taken = Medicamento tomado
diary-o-surgery = Procedimiento realizado
diary-o-pregnancy_ended = Mi embarazo terminó
diary-o-period_returned = Me volvió la regla (período)
diary-o-expectant = Esperar a que ocurra de forma natural
diary-o-medication = Medicamento
diary-o-surgery-care = Un procedimiento
diary-o-mifepristone = Mifepristona
diary-o-misoprostol = Misoprostol

diary-empty = Todavía no hay nada aquí. Cuando agregue una entrada, aparecerá aquí por día.
diary-unreadable = Algunas entradas no se pudieron abrir. Se guardan tal como están.
diary-days = Por día
diary-edit = Cambiar
diary-d-pads = toallas por hora
diary-d-clots = coágulos
diary-chart-pads = Toallas empapadas en una hora
diary-chart-pbac = Puntaje de sangrado por día
diary-chart-pbac-note = (solo para ver la tendencia, no es un diagnóstico)
diary-chart-by-day = (el más alto de cada día)
diary-chart-by-week = (el más alto de cada semana)
diary-chart-by-month = (el más alto de cada mes)
diary-pages-label = Páginas de su diario
diary-newer = Entradas más recientes
diary-older = Entradas más antiguas
diary-page-of = Página { $page } de { $pages }
diary-chart-pain = Dolor, de 0 a 10
diary-chart-temperature = Temperatura, °C
diary-chart-hcg = hCG, UI/L
diary-hcg-open = ¿Qué significan mis resultados de hCG?
diary-table-when = Cuándo
diary-table-value = Valor

diary-recovery-title = Recuperación
diary-recovery-heading = Su recuperación
diary-recovery-intro = Esta página compara su diario con lo que suele pasar. Es una guía, no un diagnóstico.
diary-flags-heading = Cosas que revisar
diary-sources = Fuentes:
diary-check-now = Revisar estos síntomas ahora
diary-no-flags = Nada en su diario necesita una revisión en este momento. Si se siente peor, revise sus síntomas en cualquier momento.
diary-course-heading = Lo que pasó
diary-course-none = Todavía no hay nada anotado.
diary-course-record = Anote lo que pasó:
diary-expected-heading = Lo que suele pasar
diary-reminders-heading = Recordatorios
diary-reminders-intro = Agréguelos a su calendario. Cada uno solo dice "Cuestionario", por si otras personas pueden ver su calendario.
diary-reminder-test = Prueba de embarazo
diary-reminder-week-2 = Cuestionario a las 2 semanas
diary-reminder-week-6 = Cuestionario a las 6 semanas
diary-reminder-later = Cuestionario: la regla puede volver
diary-reminder-download = Agregar al calendario
diary-ics-check-in = Cuestionario

## more entry kinds and auto-delete

diary-kind-medication = Medicamento
diary-kind-mood = Cómo me siento
diary-kind-scan = Ecografía
diary-kind-photo = Foto
diary-f-medication = ¿Qué medicamento?
diary-f-medication-other = O escriba su nombre
diary-o-paracetamol = { $region ->
    [us] Acetaminofén (Tylenol)
   *[other] Paracetamol
}
diary-o-ibuprofen = Ibuprofeno
diary-o-medicine-other = Otro medicamento
diary-f-dose = Dosis (opcional)
diary-f-dose-hint = Como dice la caja o la receta, por ejemplo 400 mg o 2 pastillas. La hora va en "Cuándo".
diary-f-mood = ¿Cómo se siente?
diary-f-mood-hint = 0 es muy mal. 10 es muy bien. Cualquier respuesta está bien.
diary-f-words = Unas pocas palabras (opcional)
diary-f-words-hint = Solo si usted quiere.
diary-f-showed = ¿Qué mostró la ecografía?
diary-o-scan-in_womb = Un embarazo dentro del útero (matriz)
diary-o-scan-early_pregnancy_loss = El embarazo dentro del útero había dejado de desarrollarse (pérdida temprana del embarazo)
diary-o-scan-tissue_remaining = Todavía queda algo de tejido del embarazo en el útero
diary-o-scan-womb_empty = El útero está vacío
diary-o-scan-not_seen = No se pudo ver el embarazo
diary-o-scan-ectopic = Un embarazo fuera del útero (ectópico)
diary-o-scan-other = Otra cosa
diary-error-medicine-name = Por favor, elija un medicamento o escriba su nombre.
diary-error-too-long = Por favor, use { $max } caracteres o menos.
diary-settings-title = Ajustes del diario
diary-settings-heading = Ajustes del diario
diary-settings-link = Ajustes del diario
diary-settings-done = Guardado.
diary-sign-out-everywhere = Cerrar sesión en todas partes
diary-sign-out-everywhere-hint = Esto cierra su diario en todos los dispositivos y navegadores donde esté abierto, también en este.

diary-attempts-title = Hola de nuevo
diary-attempts = { $count ->
    [one] Hubo 1 intento fallido de abrir su diario desde su última visita.
   *[other] Hubo { $count } intentos fallidos de abrir su diario desde su última visita.
}
diary-attempts-hint = Si no fue usted, puede que alguien esté tratando de adivinar su frase de contraseña. Puede cambiarla en los ajustes del diario.
diary-attempts-continue = Ir a mi diario
diary-auto-delete = Borrar las entradas antiguas de forma automática
diary-auto-delete-hint = Cada vez que abra el diario, las entradas más antiguas que esto se borran para siempre. "Desactivado" lo guarda todo.
diary-auto-delete-off = Desactivado (guardar todo)
diary-auto-delete-days = Después de { $days } días
diary-auto-deleted = { $count ->
    [one] Como usted eligió, se borró 1 entrada antigua.
   *[other] Como usted eligió, se borraron { $count } entradas antiguas.
}

## The help banner and recovery cards: what was recorded, and what to do at each level
## ("now" at urgent and emergency, "today" at same day). { $what } is one of the diary-what-*
## phrases below; { $date } is like "22 nov".

diary-alert-also = También en su diario:
diary-you-recorded = Usted anotó { $what } el { $date }.
diary-you-also-recorded = Usted también anotó { $what } el { $date }.
diary-what-pads = { $n } { $n ->
    [one] toalla sanitaria empapada
   *[other] toallas sanitarias empapadas
} en una hora
diary-what-bleeding = { $amount ->
    [spotting] manchado
    [moderate] sangrado moderado
    [heavy] sangrado abundante
    [none] que no había sangrado
   *[light] sangrado leve
}
diary-what-with-clots = { $what } con { $size ->
    [large] coágulos grandes
   *[small] coágulos pequeños
}
diary-what-pain = dolor de { $score } sobre 10
diary-where-lower_middle = en la parte baja del vientre, en el centro
diary-where-left_side = en el lado izquierdo
diary-where-right_side = en el lado derecho
diary-where-shoulder_tip = en la punta del hombro
diary-where-back = en la espalda
diary-where-bottom = en el recto o las nalgas
diary-where-other = en otro lugar
diary-what-temperature = una temperatura de { $c } °C
diary-what-test = una prueba de embarazo { $result ->
    [faint] positiva con línea tenue
    [negative] negativa
   *[positive] positiva
}
diary-what-medicine = que tomó { $medicine ->
    [mifepristone] mifepristona
    [misoprostol] misoprostol
   *[unknown] el medicamento
}
diary-what-harm = pensamientos de hacerse daño, en un cuestionario
diary-what-entry = una entrada
diary-do-emergency = Llame al { $number } ahora.
diary-do-urgent = Vaya a { service-ed } ahora. Si no puede llegar de forma segura, llame al { $number }.
diary-do-same_day = Comuníquese con { service-epu } hoy, antes de la noche.
diary-do-soon = Pida una cita con { service-doctor } en los próximos días.

## What happened, as recorded

diary-course-chosen = Atención elegida: { $care }
diary-course-taken = Medicamento tomado: { $medicine }

## Reminders in a calendar: the title stays "Cuestionario" (a lock screen shows it); the notes say
## what to do.

diary-ics-do-pregnancy-test-3-weeks = Hágase hoy una prueba de embarazo en casa. Si sale positiva, aunque sea con una línea tenue, comuníquese con { service-epu }. Si necesita ayuda de inmediato, llame al { $number }.
diary-ics-do-check-in-2-weeks = ¿Cómo está? Anote en su diario el sangrado, el dolor y su estado de ánimo. Si el sangrado no va disminuyendo, o si ha tenido el ánimo bajo durante 2 semanas o más, comuníquese con { service-doctor }. Si necesita ayuda de inmediato, llame al { $number }.
diary-ics-do-check-in-6-weeks = ¿Cómo está? Anote en su diario si le volvió la regla. Si todavía tiene el ánimo bajo o siente preocupación, hable con { service-doctor }. Si necesita ayuda de inmediato, llame al { $number }.
diary-ics-do-period-expected = Puede que su regla vuelva por estas fechas. Anótelo en su diario cuando llegue. Si no ha llegado en unas 8 semanas, consulte a { service-doctor }. Si necesita ayuda de inmediato, llame al { $number }.
diary-ics-do-wellbeing-check-in = Es hora de volver a hacer su cuestionario. Si las cosas le resultan difíciles, hable con { service-doctor }. Si necesita ayuda de inmediato, llame al { $number }.
diary-passphrase-again-hint = Se la pedimos otra vez antes de que todo su diario salga de Solace o se borre. Así está protegido si otra persona usa esta computadora.
diary-error-passphrase-again = Por favor, escriba su frase de contraseña. Se la pedimos otra vez antes de que todo su diario salga de Solace o se borre.

## A full diary (the server's limits for one diary)
diary-full-entries = Su diario está lleno. Puede guardar { $max } entradas, así que esta no se guardó. Lo que escribió sigue aquí. Si borra algunas entradas antiguas, habrá espacio.
diary-full-photos = Su diario puede guardar { $max } fotos, y ya tiene esa cantidad. Esta foto no se guardó, pero su nota sigue aquí. Si borra una foto que ya no necesita, habrá espacio.
diary-full-bytes = Su diario está lleno. Puede guardar { $max } MB en total, así que esto no se guardó. Lo que escribió sigue aquí. Si borra una o dos fotos, habrá espacio.

## Backups on the web (the same file as `solace export --format backup`)
backup-title = Copia de seguridad – Solace
backup-heading = Haga una copia de seguridad de su diario
backup-intro = Una copia de seguridad es un solo archivo con todo su diario, protegido con su frase de contraseña. Nadie puede leerlo sin su frase de contraseña. Guárdelo en un lugar seguro. Puede usarlo para pasar su diario a otro Solace.
backup-download = Descargar una copia de seguridad cifrada
backup-import-link = Importar una copia de seguridad
backup-import-title = Importar una copia de seguridad – Solace
backup-import-heading = Importar una copia de seguridad
backup-import-intro-hosted = Esto crea un diario nuevo a partir de un archivo de copia de seguridad. Elija un nombre de cuenta nuevo para él. Lo abrirá con la frase de contraseña que tenía cuando hizo la copia.
backup-import-intro-local = Esto pone un archivo de copia de seguridad en este diario. Solo funciona mientras este diario esté vacío. Lo abrirá con la frase de contraseña que tenía cuando hizo la copia.
backup-import-passphrase = La frase de contraseña de la copia
backup-import-passphrase-hint = La frase de contraseña que tenía cuando hizo la copia de seguridad.
backup-import-passphrase-missing = Por favor, escriba la frase de contraseña que tenía cuando hizo la copia de seguridad.
backup-import-file = Archivo de copia de seguridad
backup-import-submit = Importar la copia de seguridad
backup-import-busy = Solace está ocupado trayendo otra copia de seguridad. Su archivo no se leyó. Por favor, inténtelo de nuevo en un minuto.
backup-imported-heading = Su copia de seguridad ya está aquí
backup-imported = { $count ->
    [one] Trajimos 1 entrada. Su diario se abre con la frase de contraseña que tenía cuando hizo la copia de seguridad.
   *[other] Trajimos { $count } entradas. Su diario se abre con la frase de contraseña que tenía cuando hizo la copia de seguridad.
}
backup-imported-unlock = Abrir su diario
backup-error-missing = Por favor, elija el archivo de copia de seguridad.
backup-error-too-large = Este archivo pesa más de { $max } MB, así que no es una copia de seguridad de Solace. No se cambió nada.
backup-error-damaged = Este archivo de copia de seguridad está dañado o incompleto. No se cambió nada. Por favor, pruebe el archivo otra vez, u otra copia del mismo.
backup-error-not-backup = Este no es un archivo de copia de seguridad de Solace. No se cambió nada. Por favor, elija el archivo que le dio Solace.
backup-error-format = Esta copia de seguridad la hizo un Solace más nuevo, así que este no puede leerla. No se cambió nada.
backup-error-passphrase = Esta frase de contraseña no abre la copia de seguridad. No se cambió nada. Por favor, use la frase de contraseña que tenía cuando hizo la copia.
backup-error-changed = Una parte de esta copia de seguridad se cambió o se dañó, así que no se trajo nada.
backup-error-too-much = Esta copia de seguridad tiene más de lo que este servidor deja guardar en un diario, así que no se trajo nada.
backup-error-diary-exists = Ya hay un diario aquí, así que no se trajo la copia de seguridad. Una copia de seguridad solo puede ir a un diario vacío. Su diario no ha cambiado.
## Hosted mode: outages, a full queue, per-IP limits, registration closed or by invite.
diary-unavailable-title = No podemos acceder a su diario en este momento
diary-unavailable = Solace no puede acceder a sus registros en este momento. Sus entradas están a salvo. Por favor, inténtelo de nuevo en un minuto.
diary-unavailable-not-saved = Esta entrada todavía no se guardó. Por favor, agréguela otra vez en un minuto.
diary-busy-title = Solace está muy ocupado
diary-busy = Mucha gente está abriendo su diario en este momento. No se cambió nada. Por favor, inténtelo de nuevo en un momento.
limit-title = Por favor, espere un poco
limit-text = Hubo muchos intentos desde su conexión en poco tiempo. Por favor, espere { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } y luego inténtelo de nuevo.
limit-safe = Su diario y sus entradas están a salvo.
diary-closed-title = No se aceptan diarios nuevos
diary-closed = Este Solace no está aceptando diarios nuevos en este momento. Si ya tiene un diario, todavía puede abrirlo.
diary-invite = Código de invitación
diary-invite-hint = Las personas que administran este Solace reparten este código.
diary-error-invite = Este código de invitación no es correcto. Por favor, revíselo e inténtelo de nuevo.
