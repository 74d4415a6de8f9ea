## Spanish words of the dating readings (en-GB/readings-dating.ftl). Arguments: $weeks, $days
## (counts, for plural forms), $total (days), $give (days), $due (the date as 2026-11-20), $cycle, $shift.

dating-lmp = Contando desde el primer día de su última regla (período), hoy tiene { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
 } y { $days } { $days ->
    [one] día
   *[other] días
 } de embarazo ({ $total } días). La fecha probable de parto calculada de esta forma es: { $due }.
dating-lmp-note = Su ciclo es de { $cycle } días, así que las fechas se mueven { $shift } días respecto a la cuenta habitual de 28 días.
dating-crl = En el momento de la ecografía (ultrasonido), el embarazo medía alrededor de { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
 } y { $days } { $days ->
    [one] día
   *[other] días
 } ({ $total } días), con un margen de unos { $give } días más o menos. Esto se cuenta desde el primer día de la última regla, como lo hacen los médicos.
dating-crl-due = En el momento de la ecografía (ultrasonido), el embarazo medía alrededor de { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
 } y { $days } { $days ->
    [one] día
   *[other] días
 } ({ $total } días), con un margen de unos { $give } días más o menos. Esto se cuenta desde el primer día de la última regla, como lo hacen los médicos. La fecha probable de parto calculada con esta ecografía es: { $due }.
dating-msd = En el momento de la ecografía (ultrasonido), el embarazo medía alrededor de { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
 } y { $days } { $days ->
    [one] día
   *[other] días
 } ({ $total } días). Esto se cuenta desde el primer día de la última regla, como lo hacen los médicos.
dating-msd-due = En el momento de la ecografía (ultrasonido), el embarazo medía alrededor de { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
 } y { $days } { $days ->
    [one] día
   *[other] días
 } ({ $total } días). Esto se cuenta desde el primer día de la última regla, como lo hacen los médicos. La fecha probable de parto calculada con esta ecografía es: { $due }.
dating-crl-note = Esta fórmula funciona mejor entre las 6 y las 14 semanas, más o menos. Fuera de ese tiempo, tome el resultado como aproximado y consulte a su equipo médico.
dating-msd-note = El tamaño del saco solo da una idea aproximada, y solo muy al principio del embarazo, antes de que se pueda medir el embrión.
dating-msd-note-large = El tamaño del saco solo da una idea aproximada, y solo muy al principio del embarazo, antes de que se pueda medir el embrión. Con este tamaño de saco, no es una forma confiable de calcular el tiempo de embarazo.
