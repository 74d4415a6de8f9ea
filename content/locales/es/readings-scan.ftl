## Palabras de las lecturas de la ecografía (solace-clinical `scan`), traducción de
## ../en-GB/readings-scan.ftl: los mismos ids, variables y números.

## La lectura de cada guía y el siguiente paso.
scanr-safety = Si tiene un sangrado abundante o dolor fuerte, o siente que se va a desmayar, busque ayuda de inmediato.
scanr-sru-loss = Según la guía de EE. UU. (SRU 2013), estos hallazgos de la ecografía concuerdan con una pérdida temprana del embarazo. Lo sentimos mucho. Solo su equipo médico puede decirle qué significa esto para usted.
scanr-sru-loss-next = Hable con su médico o clínica sobre estos hallazgos y sobre sus opciones. { scanr-safety }
scanr-sru-suspicious = Según la guía de EE. UU. (SRU 2013), algunos de estos hallazgos hacen sospechar una pérdida temprana del embarazo. No son suficientes para afirmarlo.
scanr-sru-suspicious-next = La SRU aconseja una ecografía de control en 7 a 10 días. Pida a su médico o clínica que la programe. { scanr-safety }
scanr-sru-none = En los datos que dio no se encontró ninguna de las señales de pérdida temprana del embarazo de la guía de EE. UU. (SRU 2013).
scanr-sru-none-next = Siga el plan de su médico o clínica.
scanr-nice-second-opinion = Según la guía del Reino Unido (NICE), estos hallazgos necesitan una segunda opinión, u otra ecografía, antes de decidir nada. NICE dice que una sola ecografía nunca basta para diagnosticar una pérdida temprana del embarazo.
scanr-nice-second-opinion-next = NICE aconseja una segunda opinión, u otra ecografía al menos 7 días después, antes de cualquier diagnóstico. Su unidad de embarazo temprano (EPU) lo organizará. { scanr-safety }
scanr-nice-rescan = Según la guía del Reino Unido (NICE), es demasiado pronto para saber por esta ecografía cómo va el embarazo.
scanr-nice-rescan-next = NICE aconseja otra ecografía al menos { $days } días después. Su unidad de embarazo temprano (EPU) la organizará. { scanr-safety }
scanr-nice-none = En los datos que dio no se encontró ninguno de los motivos de NICE (Reino Unido) para repetir la ecografía.
scanr-nice-none-next = Siga el plan de su unidad de embarazo temprano (EPU).

## Se añaden al siguiente paso cuando corresponde.
scanr-sru-transabdominal = Las señales de la SRU son para ecografías por vía vaginal (transvaginales). Esta ecografía se hizo solo a través del vientre, así que no se pudieron usar.
scanr-missing-details = Algunas comprobaciones necesitan más datos de su informe de ecografía: { $details }.
scanr-no-sac-seen = Si la ecografía no mostró un saco del embarazo en el útero, pregunte a su equipo médico por los análisis de sangre (hCG) y por cuándo será su próxima cita.
# Dos o más datos en una lista: el primero y luego el resto.
scanr-list = { $first }; { $rest }
scanr-field-crl = el tamaño del embrión (CRL)
scanr-field-msd = el tamaño del saco del embarazo (MSD)
scanr-field-embryo = si se vio un embrión
scanr-field-cardiac = si se vio actividad cardíaca
scanr-field-yolk-seen = si se vio un saco vitelino
scanr-field-yolk-size = el tamaño del saco vitelino
scanr-field-amnion = si el amnios estaba vacío
scanr-field-weeks = las semanas desde su última regla (período)
scanr-field-previous = lo que mostró su ecografía anterior
scanr-field-other = otro dato

## Por qué se cumplió una regla (una por regla, con su nombre).
scanr-sru-crl-7-no-cardiac-activity = El embrión mide 7 mm o más y no se vio actividad cardíaca.
scanr-sru-msd-25-no-embryo = El saco del embarazo mide 25 mm o más de ancho y no se vio ningún embrión.
scanr-sru-no-embryo-14-days-after-sac-without-yolk-sac = Una ecografía anterior mostró un saco del embarazo sin saco vitelino. 2 semanas o más después, no se vio ningún embrión con actividad cardíaca.
scanr-sru-no-embryo-11-days-after-sac-with-yolk-sac = Una ecografía anterior mostró un saco del embarazo con saco vitelino. 11 días o más después, no se vio ningún embrión con actividad cardíaca.
scanr-sru-crl-under-7-no-cardiac-activity = El embrión mide menos de 7 mm y no se vio actividad cardíaca.
scanr-sru-msd-16-24-no-embryo = El saco del embarazo mide de 16 a 24 mm de ancho y no se vio ningún embrión.
scanr-sru-no-embryo-7-13-days-after-sac-without-yolk-sac = Una ecografía anterior mostró un saco del embarazo sin saco vitelino. De 7 a 13 días después, no se vio ningún embrión con actividad cardíaca.
scanr-sru-no-embryo-7-10-days-after-sac-with-yolk-sac = Una ecografía anterior mostró un saco del embarazo con saco vitelino. De 7 a 10 días después, no se vio ningún embrión con actividad cardíaca.
scanr-sru-no-embryo-6-weeks-after-lmp = No se vio ningún embrión 6 semanas o más después del primer día de su última regla.
scanr-sru-empty-amnion = Se vio el amnios (la bolsa interior) sin ningún embrión dentro.
scanr-sru-enlarged-yolk-sac = El saco vitelino mide más de 7 mm.
scanr-sru-small-sac-for-embryo = El saco del embarazo es pequeño para el tamaño del embrión (mide menos de 5 mm más que el embrión).
scanr-nice-crl-under-7-no-cardiac-activity = El embrión mide menos de 7 mm y no se vio actividad cardíaca.
scanr-nice-crl-7-no-cardiac-activity = El embrión mide 7 mm o más y no se vio actividad cardíaca.
scanr-nice-msd-under-25-no-embryo = El saco del embarazo mide menos de 25 mm de ancho y no se vio ningún embrión.
scanr-nice-msd-25-no-embryo = El saco del embarazo mide 25 mm o más de ancho y no se vio ningún embrión.
scanr-nice-transabdominal-only = La ecografía se hizo solo a través del vientre y no mostró ningún embrión con actividad cardíaca.

## La presentación en texto de la línea de comandos (`solace scan`). { $first } es el nombre de una
## guía; { $region } es el id de la región; { $rule } y { $needs } son ids, tal cual.
cli-scan-heading = Hallazgos de la ecografía leídos según cada guía ({ $first } primero, para la región { $region }):
cli-scan-because = Porque:
cli-scan-next = Siguiente paso:
cli-scan-not-checked = Sin comprobar: { $rule } (necesita { $needs })
cli-scan-sources = Fuentes:
