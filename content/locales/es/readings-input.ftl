## Spanish words of the field errors (en-GB/readings-input.ftl), after the field's name, which stays
## as the JSON key ("lmp: una fecha como 2026-11-20"). Arguments: $min, $max, $unit, $with, $text.

input-out-of-range = se esperaba un número de { $min } a { $max }
input-out-of-range-unit = se esperaba un número de { $min } a { $max } { $unit }
input-not-whole = se esperaba un número entero de { $min } a { $max }
input-not-a-number = se esperaba un número
input-disagrees = se esperaba que coincidiera con { $with }
input-wrong-count = se esperaban de { $min } a { $max } elementos
input-not-in-order = se esperaban fechas y horas en orden, cada una posterior a la anterior
input-missing = se esperaba un valor
input-as-written = { $text }

## Units.

input-unit-mm = mm
input-unit-weeks = semanas
input-unit-days = días
input-unit-hours = horas
input-unit-pads = toallas sanitarias
input-unit-celsius = °C
input-unit-fahrenheit = °F
input-unit-iu = UI/L

## What was expected, in plain words. Field names (lmp, crl_mm…) and values ("none") are keys and stay.

input-date = una fecha como 2026-11-20
input-a-date = una fecha
input-date-not-future = una fecha que no esté en el futuro
input-date-44-weeks = una fecha dentro de las últimas 44 semanas
input-date-calendar = una fecha o un tamaño que dé una fecha probable de parto dentro del calendario
input-date-too-recent = una fecha anterior: con esta duración del ciclo, el embarazo todavía no habría empezado
input-dating-one-of = uno de lmp, crl_mm o msd_mm
input-dating-only-one = solo uno de lmp, crl_mm o msd_mm
input-dating-cycle-lmp = cycle_days solo junto con lmp
input-dating-today-lmp = today solo junto con lmp (con una ecografía, indique scan_date)
input-dating-scan-date = scan_date solo junto con crl_mm o msd_mm
input-date-time = una fecha y hora con zona horaria, como 2026-11-20T09:00:00+00:00
input-time-not-future = una fecha y hora que no esté en el futuro
input-time-not-future-5 = una fecha y hora que no esté en el futuro (se permiten hasta 5 minutos de adelanto)
input-time-2-years = una fecha y hora dentro de los últimos 2 años
input-time-1-hour = una fecha y hora al menos 1 hora posterior al resultado anterior
input-hcg-value = un número mayor que 0 y de hasta 1,000,000 UI/L (1 mUI/mL es lo mismo que 1 UI/L)
input-text-2000 = un texto de 2,000 caracteres como máximo
input-text-200 = un texto de 200 caracteres como máximo
input-not-this-kind = ningún valor aquí: este campo no forma parte de este tipo de entrada
input-one-temperature = solo uno de celsius o fahrenheit
input-none-contradicts = "none" solo cuando no se empapó ni se usó ninguna toalla sanitaria y no se expulsaron coágulos
input-management-only = ningún valor aquí: management va con el evento management_chosen
input-medicine-only = ningún valor aquí: medicine va con el evento medication_taken
