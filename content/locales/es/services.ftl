## Nombres de servicios y números según la región. Cada mensaje puede usar:
## $region (uk, us, ie, ca, au, nz, other), $number (número de emergencias tal como se muestra),
## $crisis (nombre y número de la línea de crisis, o vacío), $coin (la moneda de referencia de la región).
## En español, cada nombre empieza con "su", "la" o sin artículo (nunca "el"), para que
## "a { service-ed }" y "de { service-doctor }" nunca den "a el" ni "de el".

## En `urgent`, CLINICAL.md §1 (2026-12): uk A&E [nice-qs69]; ie the emergency department or the
## maternity hospital's emergency service [hse-maternity-emergency]; au the emergency department
## [thewomens-epas]; us, ca, nz, other the emergency department. Never a GP or OB office.
service-ed = { $region ->
    [uk] urgencias (A&E)
    [ie] la sala de emergencias o la unidad de urgencias de su hospital de maternidad
    [us] la sala de emergencias (ER)
   *[other] la sala de emergencias
}
## A quién contactar el mismo día (CLINICAL.md §1 `same_day`).
service-same-day = { $region ->
    [uk] su unidad de embarazo temprano (EPU) o su médico de cabecera (GP)
    [ie] su médico de cabecera (GP) o su hospital de maternidad
    [us] su ginecólogo u obstetra, o su médico
    [ca] su médico de familia o su ginecólogo u obstetra
    [au] su médico de cabecera (GP) o la unidad de embarazo temprano de su hospital
    [nz] su partera (matrona) o su médico de cabecera (GP)
   *[other] su médico o su unidad de maternidad
}
service-epu = { $region ->
    [uk] su unidad de embarazo temprano (EPU)
    [ie] su unidad de embarazo temprano
    [us] su ginecólogo u obstetra
    [ca] su médico de familia o su ginecólogo u obstetra
    [au] su servicio de evaluación del embarazo temprano
    [nz] su partera (matrona) o su médico de cabecera (GP)
   *[other] su médico o su unidad de maternidad
}
service-doctor = { $region ->
    [uk] su médico de cabecera (GP)
    [ie] su médico de cabecera (GP)
    [au] su médico de cabecera (GP)
    [nz] su médico de cabecera (GP)
    [us] su médico o su ginecólogo u obstetra
    [ca] su médico de familia
   *[other] su médico
}
coin = { $region ->
    [uk] una moneda de 10 peniques
    [us] una moneda de un cuarto de dólar (quarter)
    [ca] una moneda de un cuarto de dólar (quarter)
   *[other] una moneda de unos 2.5 cm de ancho
}
