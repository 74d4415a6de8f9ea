## Diary photos (/diary/photo). Gentle: a photo may show bleeding or tissue. Hidden until chosen.
## Spanish (usted) translation of en-GB/photos.ftl; one version for every region.

photo-add = Agregar una foto
photo-title = Agregar una foto
photo-warning = Las fotos de sangrado o de tejido pueden ser difíciles de ver más adelante. Aun así, puede guardar una si le ayuda: queda oculta hasta que usted decida verla.
photo-private = Antes de guardar nada, Solace quita los datos ocultos que lleva una foto, como dónde y cuándo se tomó y qué teléfono la tomó. Luego la foto queda protegida en su diario con su frase de contraseña.
photo-field = Foto (JPEG o PNG, de hasta 6 MB)
photo-note = Nota (opcional)
photo-submit = Guardar la foto
photo-error-missing = Elija una foto para agregar.
photo-error-format = Este archivo no es una foto JPEG o PNG. Por favor, elija una foto JPEG o PNG. En un iPhone, si comparte la foto o toma una captura de pantalla, obtiene un JPEG o PNG.
photo-error-damaged = No se pudo leer esta foto. Puede que esté dañada o incompleta. Por favor, pruebe con otra.
photo-error-note = La nota es demasiado larga. Por favor, acórtela a 2,000 caracteres o menos.
photo-choose-again = Para proteger su privacidad, no guardamos una foto después de un problema: por favor, elíjala otra vez.
photo-too-large = Las fotos pueden pesar hasta 6 MB. Esta pesa más, así que no se guardó nada. Una captura de pantalla de la foto, o compartirla en un tamaño más pequeño, suele funcionar.
photo-hidden = Foto (oculta)
photo-show = Ver la foto
photo-view-title = Foto
photo-view-warning = Puede ser difícil ver esta foto. Está borrosa hasta que usted decida verla con claridad.
photo-show-clearly = Ver con claridad
photo-blur-again = Volver a hacerla borrosa
photo-alt-blurred = Su foto, borrosa
photo-alt = Su foto
photo-delete = Borrar esta foto
photo-delete-hint = Esto borra la foto y su entrada del diario. No se puede deshacer.
