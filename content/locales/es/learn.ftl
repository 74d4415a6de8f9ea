## /learn and /learn/<slug>: the articles and their search (issue 5). The article text itself is
## in content/articles/es/*.md; this file is the page around it.
## Spanish (usted) translation of en-GB/learn.ftl; one version for every region.

nav-learn = Información
home-learn-door = Entender lo que está pasando
home-learn-door-hint = Respuestas claras sobre la pérdida del embarazo, las pruebas, los sentimientos y lo que viene después.

learn-title = Entender lo que está pasando – Solace
learn-heading = Entender lo que está pasando
learn-intro = Respuestas claras a las preguntas que la gente hace más. Cada una dice de dónde vienen sus datos.
learn-urgent = Si está sangrando mucho, tiene un dolor fuerte o siente que se va a desmayar, revise primero sus síntomas:
learn-search-label = Buscar en los artículos
learn-search-hint = Por ejemplo: coágulos pequeños, volver a intentarlo, hCG. Lo que escriba no se guarda.
learn-search-button = Buscar
learn-search-empty = Escriba una o dos palabras para buscar.
learn-search-too-long = Por favor, use menos palabras: 200 letras como máximo.
learn-search-failed = Lo sentimos, la búsqueda no funciona en este momento. Todos los artículos siguen en la lista de abajo.
learn-search-forbidden = No pudimos comprobar que esta búsqueda viniera de esta página. Por favor, inténtelo de nuevo.
learn-results-heading = Artículos sobre "{ $query }"
learn-results-corrected = Buscamos "{ $used }" en lugar de "{ $typed }".
learn-results-none = Ningún artículo coincide. Pruebe con otras palabras, o mire la lista de abajo.
learn-results-doors = Estas son las páginas que la gente más necesita:
learn-results-emergency = Si se siente muy mal, está sangrando mucho o siente que se va a desmayar, llame a una ambulancia ahora:
learn-results-crisis = Si está pensando en hacerse daño, llame a { $name }:
learn-results-also = También buscamos: { $words }.

learn-q-help-now = ¿Necesito ayuda ahora?
learn-q-happening = ¿Qué me está pasando?
learn-q-tests = ¿Qué significan mis pruebas y ecografías?
learn-q-next = ¿Qué pasa después?
learn-q-cope = ¿Cómo puedo sobrellevarlo?
learn-q-cause = ¿Lo causé yo?
learn-q-future = ¿Y el futuro?

learn-article-title = { $title } – Solace
learn-back = Todos los artículos
learn-reviewed = Última revisión:
learn-cw-heading = Esta parte describe sangrado, coágulos y tejido.
learn-cw-text = Usa dibujos sencillos, no fotos. Léala cuando se sienta con ánimo.
learn-cw-show = Mostrar esta parte
learn-region-others = Lo que se aplica en otros países
learn-region-elsewhere = en los demás lugares
learn-sources = Fuentes
learn-related = Artículos relacionados
learn-all = Ver todos los artículos
