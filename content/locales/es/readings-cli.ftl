## Spanish labels of the plain-text answers of `solace dating | risk | options` (en-GB/readings-cli.ftl).

cli-dating-age = Tiempo de embarazo: { $weeks } semanas { $days } días ({ $total } días)
cli-dating-give-or-take = , con un margen de { $give } días más o menos
cli-dating-as-of = Fecha de referencia:
cli-dating-due = Fecha probable de parto:
cli-dating-note = Nota:
cli-dating-sources = Fuentes:
cli-odds-checked = revisado { $date }
cli-odds-figures = Cifras:
cli-odds-not-shown = No se muestran:
cli-odds-week = semana { $n }
cli-options-what = Qué pasa:
cli-options-how-long = Cuánto tiempo lleva:
cli-options-how-often = Con qué frecuencia funciona:
cli-options-ask = Preguntas que puede hacer:
cli-options-after = Después de cualquiera de ellas:
