## /learn y /learn/<slug> cuando un artículo aún no está traducido: se muestra el artículo en
## inglés, marcado como tal.

learn-untranslated = Este artículo todavía no está en español. Por eso se lo mostramos en inglés.
learn-in-english = (en inglés)
