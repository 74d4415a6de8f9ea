## Palabras que la web y la línea de comandos añaden para el español (issue 17): las mismas ids
## que content/locales/en-GB/web-extra.ftl.

lang-name-es = Español
lang-short-es = Español

## Los datos de la región en palabras: $number y $crisis de cada mensaje se forman con estos.

# Un número de emergencias con dos números para elegir (Irlanda: 112 o 999).
phone-either = { $first } o { $second }
# La línea de crisis: su propio nombre, tal como el servicio se llama, y su número.
crisis-line-on = { $name } al { $phone }
