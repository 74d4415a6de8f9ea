## Words the web and the command line add for Spanish (issue 17). content/locales/es/web-extra.ftl
## holds the same ids in Spanish.

# The language switch and Settings name Spanish in Spanish, whatever the page's language.
lang-name-es = Español
lang-short-es = Español

## The region's facts in words: every message's $number and $crisis are made of these.

# An emergency number with two numbers to choose from (Ireland: 112 or 999).
phone-either = { $first } or { $second }
# The crisis line: its own name, kept as the service names itself, and its number.
crisis-line-on = { $name } on { $phone }
