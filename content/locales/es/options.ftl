## Texto en español de la página de opciones (issue 3). Qué pasa, cuánto tarda, las cifras y las
## preguntas vienen de solace-clinical; aquí solo está la página que los rodea.

options-title = Sus opciones para manejar una pérdida del embarazo – Solace
options-heading = Sus opciones para manejar una pérdida del embarazo
options-content-note = Esta página habla de la pérdida del embarazo y de cómo se trata.
options-intro-1 = Por lo general hay tres formas de manejar una pérdida del embarazo. Ninguna opción es incorrecta.
options-intro-2 = Su equipo médico le ayudará a decidir qué le conviene. Algunas personas no pueden tener todas las opciones, por su salud o por lo que mostró su ecografía.
options-on-this-page = En esta página
options-what = Qué pasa
options-how-long = Cuánto tiempo toma
options-regimens-intro = La guía del Reino Unido (NICE) tiene dos planes con medicamentos. El que le ofrezcan depende del tipo de pérdida del embarazo.
options-how-often = Con qué frecuencia funciona
options-ask = Preguntas que podría hacer
options-aftercare = Después de cualquiera de estas opciones
options-safety = Busque ayuda de inmediato
options-contact = ¿Tiene preguntas sobre sus opciones? Hable con { service-epu }.
options-source = Fuente: { $list }
options-confidence-verified = comprobado en el propio estudio
options-confidence-secondary = comprobado en un resumen confiable
options-confidence-unverified = una guía aproximada
