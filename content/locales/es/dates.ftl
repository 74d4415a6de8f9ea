## Texto en español de la página de fechas (issue 3). El texto calculado y sus avisos vienen de
## solace-clinical; aquí solo está la página que los rodea.

dates-title = Cuántas semanas, y la fecha probable de parto – Solace
dates-heading = Cuántas semanas, y la fecha probable de parto
dates-intro = Calcule de cuántas semanas es un embarazo, a partir de una fecha o de una ecografía.
dates-loss-note = Esta página también es para usted si su embarazo ya terminó. Las fechas pueden importar para el seguimiento médico, y para recordar.
dates-submit = Calcular

## Las preguntas.

dates-q-method = ¿Cómo quiere calcularlo?
dates-hint-method = Elija una opción. Luego llene las casillas de esa opción.
dates-opt-method-lmp = Desde el primer día de mi última regla (período)
dates-opt-method-crl = Con el largo del embrión en una ecografía (CRL)
dates-opt-method-msd = Con el tamaño del saco del embarazo en una ecografía (MSD)
dates-q-lmp = Primer día de su última regla
dates-hint-lmp = El día en que empezó su última regla. Si no se abre un calendario, escríbalo así: 2026-11-20.
dates-q-cycle_days = ¿Cuánto dura su ciclo normalmente, en días?
dates-hint-cycle_days = Desde el primer día de una regla hasta el primer día de la siguiente. Déjelo vacío si no lo sabe con seguridad: usaremos 28 días.
dates-q-crl_mm = Largo del embrión (CRL), en mm
dates-hint-crl_mm = Su informe de ecografía puede decir CRL, LCC o LCR: la longitud cráneo-caudal, es decir, el largo del embrión.
dates-q-msd_mm = Tamaño del saco del embarazo (MSD), en mm
dates-hint-msd_mm = Su informe de ecografía puede decir MSD o DMS: el diámetro medio del saco. Esto solo da una guía aproximada, muy al principio.
dates-q-scan_date = Fecha de la ecografía
dates-hint-scan_date = Puede dejar esto vacío. Con esta fecha, también podemos calcular una fecha probable de parto.

## Problemas con las respuestas.

dates-error-method = Elija cómo quiere calcularlo.
dates-error-need-lmp = Escriba el primer día de su última regla.
dates-error-need-crl = Escriba el largo del embrión (CRL) que aparece en su informe de ecografía.
dates-error-need-msd = Escriba el tamaño del saco del embarazo (MSD) que aparece en su informe de ecografía.
dates-error-date = Escriba una fecha así: 2026-11-20.
dates-error-future = Esta fecha está en el futuro. Por favor, revísela.
dates-error-long-ago = Escriba una fecha dentro de las últimas 44 semanas.
dates-error-too-recent = Con esta duración del ciclo, esta fecha es demasiado reciente para contar desde ella. Por favor, revise la fecha y el ciclo.
dates-error-cycle = Escriba un número entero de días, de { $min } a { $max }.

## El resultado.

dates-result-title = Sus fechas – Solace
dates-result-heading = Cuántas semanas
dates-weeks-days = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} y { $days ->
    [one] { $days } día
   *[other] { $days } días
}
dates-total = Son { $total } días en total.
dates-as-of-today = Contado hasta hoy, { $date }.
dates-as-of-scan = El día de la ecografía, { $date }.
dates-plus-minus = Una sola medición de ecografía como esta es precisa con un margen de unos ± { $pm } días.
dates-due = Fecha probable de parto calculada de esta forma:
dates-due-hint = Si su embarazo ya terminó, esta fecha todavía puede importar. A algunas personas les resulta un día difícil. Está bien planear algo de apoyo para ese día.
dates-no-due = Agregue la fecha de la ecografía para calcular también una fecha probable de parto.
dates-meaning = Qué significa esto
dates-meaning-lmp = Los médicos cuentan las semanas de un embarazo desde el primer día de la última regla. Eso es unas 2 semanas antes de que se unan el óvulo y el espermatozoide.
dates-meaning-scan = Los médicos cuentan las semanas desde el primer día de una última regla, aunque usen una ecografía. Por eso, aquí las semanas se cuentan de la misma forma.
dates-method-used = Calculado a partir de: { $method }.
dates-method-lmp = el primer día de su última regla
dates-method-crl = el largo del embrión (CRL)
dates-method-msd = el tamaño del saco del embarazo (MSD)
