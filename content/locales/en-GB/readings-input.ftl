## en-GB words of the field errors every calculation gives (solace-clinical input.rs), after the
## field's name ("lmp: a date like 2026-11-20"). Arguments: $min, $max, $unit, $with, $text.

input-out-of-range = expected a number from { $min } to { $max }
input-out-of-range-unit = expected a number from { $min } to { $max } { $unit }
input-not-whole = expected a whole number from { $min } to { $max }
input-not-a-number = expected a number
input-disagrees = expected it to agree with { $with }
input-wrong-count = expected { $min } to { $max } items
input-not-in-order = expected times in order, each later than the one before
input-missing = expected a value
input-as-written = { $text }

## Units.

input-unit-mm = mm
input-unit-weeks = weeks
input-unit-days = days
input-unit-hours = hours
input-unit-pads = pads
input-unit-celsius = °C
input-unit-fahrenheit = °F
input-unit-iu = IU/L

## What was expected, in plain words.

input-date = a date like 2026-11-20
input-a-date = a date
input-date-not-future = a date that is not in the future
input-date-44-weeks = a date within the last 44 weeks
input-date-calendar = a date or size that gives a due date within the calendar
input-date-too-recent = an earlier date: with this cycle length the pregnancy would not have started yet
input-dating-one-of = one of lmp, crl_mm or msd_mm
input-dating-only-one = only one of lmp, crl_mm or msd_mm
input-dating-cycle-lmp = cycle_days only together with lmp
input-dating-today-lmp = today only together with lmp (with a scan, give scan_date)
input-dating-scan-date = scan_date only together with crl_mm or msd_mm
input-date-time = a date and time with a time zone, like 2026-11-20T09:00:00+00:00
input-time-not-future = a time that is not in the future
input-time-not-future-5 = a time that is not in the future (up to 5 minutes ahead is allowed)
input-time-2-years = a time within the last 2 years
input-time-1-hour = a time at least 1 hour after the result before it
input-hcg-value = a number above 0 and up to 1,000,000 IU/L (1 mIU/mL is the same as 1 IU/L)
input-text-2000 = text of at most 2,000 characters
input-text-200 = text of at most 200 characters
input-not-this-kind = no value here: this field is not part of this kind of entry
input-one-temperature = only one of celsius or fahrenheit
input-none-contradicts = "none" only when no pad was soaked or used and no clots were passed
input-management-only = no value here: management goes with the event management_chosen
input-medicine-only = no value here: medicine goes with the event medication_taken
