## /learn and /learn/<slug> for a reader whose language has no translation of an article yet:
## the English article is shown, marked as English (never seen in English itself).

learn-untranslated = This article is not yet in your language, so it is shown in English.
learn-in-english = (in English)
