## Texto en español de la página de ecografía (issue 3). Las lecturas (qué se cumplió, por qué, el
## paso siguiente) vienen de solace-clinical; aquí solo está la página que las rodea.

scan-title = Entender mi informe de ecografía – Solace
scan-heading = Entender mi informe de ecografía
scan-content-note = Esta página habla de la pérdida del embarazo. Tómese su tiempo. Puede parar en cualquier momento.
scan-intro = Copie lo que pueda de su informe de ecografía (ultrasonido). Deje fuera lo que no sepa con seguridad. Le mostraremos lo que dicen las guías sobre eso.
scan-submit = Ver lo que dicen las guías

## Las preguntas.

scan-group-route = Cómo se hizo la ecografía
scan-group-findings = Lo que mostró la ecografía
scan-group-findings-hint = Los tamaños están en milímetros (mm). Deje una casilla vacía si su informe no da ese dato.
scan-group-previous = Una ecografía anterior
scan-group-previous-hint = Solo si le hicieron otra ecografía en este embarazo antes de esta. Si no, sáltese estas preguntas.

scan-q-route = ¿Cómo se hizo la ecografía?
scan-hint-route = Su informe puede decir TV o TVS (por la vagina), o TA o TAS (por el vientre). Si no lo sabe con seguridad, pregunte en el lugar donde le hicieron la ecografía.
scan-opt-route-transvaginal = Por la vagina (transvaginal)
scan-opt-route-transabdominal = Solo por el vientre (transabdominal)
scan-opt-yes = Sí
scan-opt-no = No

scan-q-msd_mm = Tamaño del saco del embarazo (MSD), en mm
scan-hint-msd_mm = Su informe puede decir MSD o DMS: el diámetro medio del saco, es decir, el ancho promedio del saco del embarazo. También puede decir "saco gestacional".
scan-q-yolk_sac_seen = ¿Se vio un saco vitelino?
scan-hint-yolk_sac_seen = Un pequeño anillo dentro del saco del embarazo. Alimenta al embarazo en las primeras semanas.
scan-q-yolk_sac_mm = Tamaño del saco vitelino, en mm
scan-hint-yolk_sac_mm = Déjelo vacío si el informe no da un tamaño.
scan-q-embryo_seen = ¿Se vio un embrión?
scan-hint-embryo_seen = Su informe puede decir "polo fetal". Significa lo mismo.
scan-q-crl_mm = Largo del embrión (CRL), en mm
scan-hint-crl_mm = Su informe puede decir CRL, LCC o LCR: la longitud cráneo-caudal, es decir, el largo del embrión.
scan-q-cardiac_activity = ¿Se vio actividad cardíaca?
scan-hint-cardiac_activity = Su informe puede decir "actividad cardíaca", "FH", "FCF" o "latido fetal". Elija "No lo sé" si no lo dice.
scan-q-amnion_empty = ¿El informe dijo que el amnios estaba vacío?
scan-hint-amnion_empty = El amnios es una bolsa interna delgada. "Amnios vacío" significa que se vio sin ningún embrión dentro.
scan-q-weeks_since_lmp = ¿Cuántas semanas han pasado desde el primer día de su última regla (período)?
scan-hint-weeks_since_lmp = El día de esta ecografía. Un número aproximado está bien, por ejemplo 7 o 7.5.
scan-q-previous_days_ago = ¿Cuántos días antes de esta ecografía fue la anterior?
scan-hint-previous_days_ago = Días completos, por ejemplo 7.
scan-q-previous_sac_seen = ¿La ecografía anterior mostró un saco del embarazo?
scan-hint-previous_sac_seen = El saco es lo primero que puede mostrar una ecografía.
scan-q-previous_yolk_sac_seen = ¿La ecografía anterior mostró un saco vitelino?
scan-hint-previous_yolk_sac_seen = Un pequeño anillo dentro del saco del embarazo.

## Nombres cortos de los datos, para "necesitamos saber …" y para respuestas que no coinciden.

scan-name-route = cómo se hizo la ecografía
scan-name-msd_mm = el tamaño del saco del embarazo (MSD)
scan-name-yolk_sac_seen = si se vio un saco vitelino
scan-name-yolk_sac_mm = el tamaño del saco vitelino
scan-name-embryo_seen = si se vio un embrión
scan-name-crl_mm = el largo del embrión (CRL)
scan-name-cardiac_activity = si se vio actividad cardíaca
scan-name-amnion_empty = si el amnios estaba vacío
scan-name-weeks_since_lmp = las semanas desde su última regla
scan-name-previous_days_ago = cuándo fue la ecografía anterior
scan-name-previous_sac_seen = si la ecografía anterior mostró un saco
scan-name-previous_yolk_sac_seen = si la ecografía anterior mostró un saco vitelino
scan-and = y

## Problemas con las respuestas.

scan-error-route = Elija cómo se hizo la ecografía. Si no lo sabe con seguridad, su informe o el lugar donde se la hicieron se lo pueden decir.
scan-error-whole = Escriba un número entero de { $min } a { $max }.
scan-error-days-missing = Escriba cuántos días antes de esta ecografía fue la anterior.
scan-error-disagrees = Esto no coincide con su respuesta sobre { $other }. Por favor, revise las dos.

## El resultado.

scan-result-title = Lo que puede significar su informe de ecografía – Solace
scan-result-heading = Lo que puede significar su informe de ecografía
scan-result-intro = Así es como la guía que mostramos primero lee los datos que usted nos dio. Esto no es un diagnóstico. Su equipo médico conoce toda su historia.
scan-lead-nice-local = Esta es la guía del Reino Unido (NICE), para donde usted vive.
scan-lead-sru-local = Esta es la guía de Estados Unidos (SRU), para donde usted vive.
scan-lead-nice-cautious = Mostramos primero la guía del Reino Unido (NICE). Cuando las guías del Reino Unido y de Estados Unidos no coinciden, esta es la más prudente: nunca da por hecha una pérdida con una sola ecografía.
scan-other-guidelines-hint = Las guías de otros países leen los mismos datos a su manera. Su equipo médico seguirá la guía que se usa donde usted está.
scan-rs-sru = Guía de Estados Unidos: SRU 2013
scan-rs-nice = Guía del Reino Unido: NICE
scan-rs-usual = La guía que se suele usar donde usted está
scan-cat-sru-loss = Los hallazgos coinciden con las señales de pérdida temprana del embarazo de la guía de Estados Unidos
scan-cat-sru-suspicious = Algunos hallazgos causan preocupación. Se aconseja otra ecografía de control.
scan-cat-sru-none = En los datos que dio no hay señales de pérdida temprana del embarazo según la guía de Estados Unidos
scan-cat-nice-second = Se aconseja una segunda opinión u otra ecografía
scan-cat-nice-rescan = Se aconseja otra ecografía
scan-cat-nice-none = En los datos que dio no hay ningún motivo para otra ecografía según la guía del Reino Unido
scan-why = Por qué
scan-no-reasons = En los datos que nos dio no se encontró ninguna de las señales de esta guía.
scan-next = Lo que suele pasar después
scan-not-checked = Señales que no pudimos revisar ({ $count })
scan-not-checked-item = Para revisar { $count ->
    [one] una señal más
   *[other] { $count } señales más
}, necesitamos saber { $fields }.
scan-one-scan = Según la guía del Reino Unido (NICE), una sola ecografía nunca basta para diagnosticar una pérdida temprana del embarazo. Siempre se pide primero una segunda opinión u otra ecografía.
scan-contact-heading = Con quién comunicarse
scan-contact = Hable con { service-epu } sobre su ecografía. Pueden explicarle su informe y lo que pasa después.
scan-contact-urgent = Si tiene un sangrado abundante o mucho dolor, o siente que se va a desmayar, llame al { $number } ahora.
