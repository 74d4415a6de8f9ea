## Spanish words of the odds readings (en-GB/readings-odds.ftl). A figure's message id is the
## figure's own id. Arguments: $n, $low, $high, $p, $x (numbers written by the one formatter).

odds-framing = Estas cifras vienen de grandes grupos de personas. No pueden decir lo que le pasará a usted. Si una cifra le preocupa, hable de ella con su equipo médico.
odds-week-series-title = Después de ver actividad cardíaca, sin sangrado ni dolor: pérdida del embarazo según la semana de la ecografía
odds-in-100 = alrededor de { $n } de cada 100
odds-in-100-fewer = menos de { $n } de cada 100
odds-in-100-more = más de { $n } de cada 100
odds-in-100-range = alrededor de { $low } a { $high } de cada 100
odds-pct = { $p }%
odds-pct-more = más del { $p }%
odds-pct-fewer = menos del { $p }%
odds-pct-range = { $low }–{ $high }%
odds-times = alrededor de { $x } veces las posibilidades

## Figures held back, one message per reason.

odds-withheld-bleeding-or-pain = Las cifras para después de ver actividad cardíaca son solo para personas sin sangrado ni dolor, así que no se muestran aquí.
odds-withheld-bleeding-or-pain-not-known = Las cifras para después de ver actividad cardíaca son solo para personas sin sangrado ni dolor. Díganos si no tiene ninguno de los dos para verlas.
odds-withheld-weeks-not-known = Indique la semana de la ecografía para ver la cifra de esa semana.
odds-withheld-no-figure-for-this-week = Estas cifras son solo para ecografías hechas en las semanas 6 a 10.
odds-withheld-no-figure-for-this-age = Los estudios que usamos dan cifras solo para algunas edades: menos de 20, de 20 a 30, 35, 40, y 45 o más. No hay ninguna para su edad, así que su edad no cambió las cifras.
odds-withheld-need-to-know-if-in-a-row = Las cifras para más de una pérdida del embarazo son para pérdidas seguidas, una tras otra. Díganos si las suyas fueron así para verlas.
odds-withheld-no-verified-figure-for-this-group = No hay una cifra comprobada para este número o tipo de pérdidas, así que no se muestra ninguna.

## Answers that changed nothing, one message per field.

odds-unused-previous-losses = Usted no ha tenido una pérdida del embarazo antes, así que las cifras sobre pérdidas anteriores no se aplican a usted.
odds-unused-previous-losses-consecutive = Si las pérdidas fueron una tras otra solo importa después de 2 o más, así que esta respuesta no cambió las cifras.
odds-unused-cardiac-activity-seen = Las cifras sobre la actividad cardíaca son para después de haberla visto, así que esta respuesta no cambió las cifras. Lo que significa una ecografía sin actividad cardíaca depende del tamaño y de la semana: la página de la ecografía explica lo que dicen las guías médicas.
odds-unused-bleeding-or-pain = El sangrado o el dolor solo importan para las cifras de después de ver actividad cardíaca, así que esta respuesta no cambió las cifras.

## The figures (CLINICAL.md §5).

quenby-recognised-pregnancies = Alrededor de 15 de cada 100 embarazos conocidos terminan en una pérdida del embarazo (15.3%, según muchos estudios).
magnus-recognised-pregnancies = En los registros de Noruega, alrededor de 13 de cada 100 embarazos conocidos terminaron en una pérdida del embarazo (12.8%).
acog-clinically-recognised = Alrededor de 10 de cada 100 embarazos conocidos por un médico terminan en una pérdida temprana del embarazo (10%).
acog-first-trimester-share = Alrededor de 80 de cada 100 pérdidas del embarazo ocurren en el primer trimestre, los primeros 3 meses (80%).
magnus-age-under-20 = En las mujeres menores de 20 años, alrededor de 16 de cada 100 embarazos terminaron en una pérdida del embarazo (15.8%).
magnus-age-25-29 = En las mujeres de 25 a 29 años, alrededor de 10 de cada 100 embarazos terminaron en una pérdida del embarazo (9.8%). Fue la cifra más baja de todas las edades.
magnus-age-45-plus = En las mujeres de 45 años o más, alrededor de 54 de cada 100 embarazos terminaron en una pérdida del embarazo (53.6%).
acog-age-20-30 = Entre los 20 y los 30 años, alrededor de 9 a 17 de cada 100 embarazos terminan en una pérdida del embarazo (9–17%).
acog-age-35 = A los 35 años, alrededor de 20 de cada 100 embarazos terminan en una pérdida del embarazo (20%).
acog-age-40 = A los 40 años, alrededor de 40 de cada 100 embarazos terminan en una pérdida del embarazo (40%).
acog-age-45 = A los 45 años, alrededor de 80 de cada 100 embarazos terminan en una pérdida del embarazo (80%).
magnus-odds-after-1 = Después de 1 pérdida del embarazo, las posibilidades de tener otra fueron alrededor de 1.5 veces las de las mujeres que no habían tenido ninguna (razón de probabilidades, u "odds ratio", de 1.54, teniendo en cuenta la edad).
magnus-odds-after-2-in-a-row = Después de 2 pérdidas del embarazo seguidas, las posibilidades de tener otra fueron alrededor de 2.2 veces las de las mujeres que no habían tenido ninguna (razón de probabilidades, u "odds ratio", de 2.21, teniendo en cuenta la edad).
magnus-odds-after-3-in-a-row = Después de 3 pérdidas del embarazo seguidas, las posibilidades de tener otra fueron alrededor de 4 veces las de las mujeres que no habían tenido ninguna (razón de probabilidades, u "odds ratio", de 3.97, teniendo en cuenta la edad).
quenby-women-with-1-loss = No está sola: alrededor de 11 de cada 100 mujeres han tenido 1 pérdida del embarazo (10.8%).
quenby-women-with-2-losses = No está sola: alrededor de 1.9 de cada 100 mujeres han tenido 2 pérdidas del embarazo (1.9%).
quenby-women-with-3-or-more-losses = No está sola: menos de 1 de cada 100 mujeres han tenido 3 o más pérdidas del embarazo (0.7%).
tong-week-6 = Se vio actividad cardíaca en una ecografía en la semana 6, sin sangrado ni dolor. Más adelante, alrededor de 9 de cada 100 de estos embarazos terminaron en una pérdida del embarazo (9.4%).
tong-week-7 = Se vio actividad cardíaca en una ecografía en la semana 7, sin sangrado ni dolor. Más adelante, alrededor de 4.2 de cada 100 de estos embarazos terminaron en una pérdida del embarazo (4.2%).
tong-week-8 = Se vio actividad cardíaca en una ecografía en la semana 8, sin sangrado ni dolor. Más adelante, alrededor de 1.5 de cada 100 de estos embarazos terminaron en una pérdida del embarazo (1.5%).
tong-week-9 = Se vio actividad cardíaca en una ecografía en la semana 9, sin sangrado ni dolor. Más adelante, menos de 1 de cada 100 de estos embarazos terminaron en una pérdida del embarazo (0.5%).
tong-week-10 = Se vio actividad cardíaca en una ecografía en la semana 10, sin sangrado ni dolor. Más adelante, menos de 1 de cada 100 de estos embarazos terminaron en una pérdida del embarazo (0.7%).
ammon-avalos-weekly-before-13 = Antes de la semana 13, la probabilidad de una pérdida en una semana cualquiera es de más de 2 de cada 100 (más del 2%, más de 20 de cada 1,000).
ammon-avalos-weekly-by-14 = Hacia la semana 14, la probabilidad de una pérdida en una semana cualquiera baja a menos de 1 de cada 100 (menos del 1%, menos de 10 de cada 1,000).
ammon-avalos-cumulative-5-20 = Sumando todas las semanas, de la semana 5 a la semana 20, alrededor de 11 a 22 de cada 100 embarazos terminan en una pérdida del embarazo (11–22%).
farren-post-traumatic-stress-1-month = Un mes después de una pérdida del embarazo, alrededor de 29 de cada 100 mujeres tenían señales de estrés postraumático (29%).
farren-anxiety-1-month = Un mes después de una pérdida del embarazo, alrededor de 24 de cada 100 mujeres tenían ansiedad moderada o grave (24%).
farren-depression-1-month = Un mes después de una pérdida del embarazo, alrededor de 11 de cada 100 mujeres tenían depresión moderada o grave (11%).
farren-post-traumatic-stress-9-months = Nueve meses después de una pérdida del embarazo, alrededor de 18 de cada 100 mujeres todavía tenían señales de estrés postraumático (18%).
farren-anxiety-9-months = Nueve meses después de una pérdida del embarazo, alrededor de 17 de cada 100 mujeres todavía tenían ansiedad moderada o grave (17%).
farren-depression-9-months = Nueve meses después de una pérdida del embarazo, alrededor de 6 de cada 100 mujeres todavía tenían depresión moderada o grave (6%).
