## en-GB text for the hCG page (/results/hcg). The readings themselves come from solace-clinical.

hcg-title = My hCG results – Solace
hcg-title-error = Please check your results – Solace
hcg-result-title = What my hCG results show – Solace
hcg-heading = What do my hCG results mean?
hcg-intro = hCG is the pregnancy hormone in your blood. Add 2 or more results. We show how they changed, and what the guidelines say about that change.
hcg-not-diagnosis = This is not a diagnosis. Show these results to { service-epu }, or to the team caring for you.
hcg-privacy = Your results are not saved. They are only used to make the next page.

## The form.

hcg-context-legend = Where do things stand?
hcg-context-hint = Choose the one that fits best. It changes how the numbers are read.
hcg-context-unknown_location = We don't know yet where the pregnancy is
hcg-context-after_loss = After a miscarriage
hcg-context-confirmed_in_womb = The pregnancy is in the womb
hcg-context-ectopic_expectant = Ectopic, being watched
hcg-context-ectopic_methotrexate = Ectopic, treated with methotrexate
hcg-in-womb-legend = After a miscarriage: has a scan shown this pregnancy inside the womb?
hcg-in-womb-hint = Only if you chose "After a miscarriage". If no scan has shown it in the womb, a falling hCG does not rule out an ectopic pregnancy, so we will say so.
hcg-values-legend = Your results
hcg-values-hint = For each blood test, add the date, the time and the number. Leave spare rows empty.
hcg-unit-hint = IU/L and mIU/mL are the same unit: 1 mIU/mL is 1 IU/L. Pick the one on your report.
hcg-tz-label = Time zone
hcg-tz-hint = Where you were when the blood was taken. It keeps the hours right when the clocks change.
hcg-row-legend = Result { $n }
hcg-date = Date
hcg-time = Time
hcg-value = hCG
hcg-unit = Unit
hcg-unit-iu = IU/L
hcg-unit-miu = mIU/mL
hcg-submit = Show what my results mean
hcg-more-rows = Add { $n } more rows

## Problems with what was typed.

hcg-error-summary = Please check these results
hcg-error-name-at = Result { $n }: date and time
hcg-error-name-value = Result { $n }: hCG
hcg-error-context = Choose where things stand. It changes how the numbers are read.
hcg-error-tz = Choose a time zone from the list.
hcg-error-too-few = Add at least 2 results. With only one, there is no change to read.
hcg-error-date-missing = Add the date of this blood test.
hcg-error-date = Enter the date like 2026-11-20 (year, month, day).
hcg-error-time-missing = Add the time of this blood test. If you are not sure, your best guess is fine.
hcg-error-time = Enter the time like 09:30.
hcg-error-clock-change = This time did not happen: the clocks went forward that night. Check the time.
hcg-error-future = This date and time is in the future. Check the date.
hcg-error-value-missing = Add the hCG number from this result.
hcg-error-value-number = Enter the number only, like 1200.
hcg-error-value-range = Enter a number above 0 and up to 1,000,000.
hcg-error-unit = Choose IU/L or mIU/mL.
hcg-error-order = Put the results in time order. This one must be later than the one before it.
hcg-error-too-close = This is less than 1 hour after the result before it. Check the date and time.

## The result.

hcg-result-heading = What your hCG results show
hcg-you-said = You told us: { $context }.
hcg-readings-heading = What the guidelines say
hcg-stand-in = The guidance used where you live has no band for this. So we show { $ruleset } first.
hcg-other-guidelines-hint = Guidelines in other countries read the same numbers in their own way. Your care team will follow the guidance used where you are.
## Shared with the scan page: the closed part holding the other rule set.
results-other-guidelines = What other guidelines say
hcg-ruleset-nice = NICE NG126 (UK guideline)
hcg-ruleset-barnhart = Barnhart 2004 (US study)
hcg-ruleset-seeber = Seeber 2006 (US study, more careful)
hcg-ruleset-general = For everyone
hcg-kind-result = What the guideline says
hcg-kind-caution = Take care
hcg-kind-note = Good to know
hcg-next-step = What to do next:
hcg-sources = Source: { $list }
hcg-pairs-heading = How much it changed
hcg-pairs-caption = Each result compared with the one before
hcg-pairs-results = Pair
hcg-pairs-hours = Hours apart
hcg-pairs-change = Change
hcg-pairs-per-48h = Per 48 hours
hcg-pairs-doubling = Doubles or halves in
hcg-pairs-doubles = doubles in { $hours } h
hcg-pairs-halves = halves in { $hours } h
hcg-pairs-same = no change
hcg-pairs-is-48h = 48-hour pair?
hcg-yes = Yes
hcg-no = No
hcg-not-48h-warning = Some results are not about 48 hours apart (44 to 52 hours). The guideline bands are for results 48 hours apart, so they may not fit. "Per 48 hours" is only a guide.
hcg-next-heading = What the next result may be
hcg-projection-heading = When hCG may go below 5 IU/L
hcg-projection-estimate = This is an estimate, not a promise.
hcg-projection-around = Most likely around
hcg-projection-range = Range
hcg-projection-between = { $earliest } to { $latest }
hcg-print = Print or save
hcg-change = Change my results
hcg-start-again = Start again

## The chart and its table.

hcg-chart-heading = Your results as a picture
hcg-chart-title = Your hCG results over time
hcg-chart-desc = A chart of your { $n } results, from { $first } IU/L on { $from } to { $last } IU/L on { $to }. The height uses a log scale: each step up is 10 times more. The table below has the same numbers.
hcg-chart-y = hCG, IU/L
hcg-chart-hours = { $n } h
hcg-chart-day = day { $n }
hcg-chart-label-slowest = slowest
hcg-legend-values = Your results, joined by a line.
hcg-legend-band-nice = Shaded: between the two NICE lines. For a change in here, NICE advises a review within 24 hours.
hcg-legend-nice-lines = Dashed: the NICE lines from your first result, a rise of 63% or a fall of 50% in 48 hours.
hcg-legend-barnhart = Dotted: the slowest usual rise for a pregnancy in the womb, 53% in 2 days (Barnhart 2004).
hcg-legend-band-decline = Shaded: where hCG is expected to be after a miscarriage. It falls at least 21% by day 2 and 60% by day 7 (Barnhart 2004).
hcg-legend-decline-line = Dashed: the slowest expected fall, from your first result.
hcg-legend-band-ectopic = Shaded: a fall of at least 15% from the result before. This is the fall NICE looks for.
hcg-legend-ectopic-line = Dashed: 15% below the result before.
hcg-legend-no-band = No guideline band: once a scan shows the pregnancy in the womb, scans are used to follow it, not hCG.
hcg-legend-line-5 = Dash-dot: 5 IU/L. Below this counts as a negative result.
hcg-table-caption = The numbers in the chart
hcg-table-when = Date and time
hcg-table-value = hCG (IU/L)
hcg-table-change = Change from the result before

## Time zones offered in the form, by region.

tz-europe-london = UK time (London)
tz-europe-dublin = Irish time (Dublin)
tz-america-new_york = Eastern time (New York)
tz-america-chicago = Central time (Chicago)
tz-america-denver = Mountain time (Denver)
tz-america-phoenix = Arizona (no clock change)
tz-america-los_angeles = Pacific time (Los Angeles)
tz-america-anchorage = Alaska time (Anchorage)
tz-pacific-honolulu = Hawaii time (Honolulu)
tz-america-toronto = Eastern time (Toronto, Ottawa)
tz-america-vancouver = Pacific time (Vancouver)
tz-america-edmonton = Mountain time (Edmonton, Calgary)
tz-america-regina = Saskatchewan (Regina)
tz-america-winnipeg = Central time (Winnipeg)
tz-america-halifax = Atlantic time (Halifax)
tz-america-st_johns = Newfoundland time (St. John's)
tz-australia-sydney = New South Wales and ACT (Sydney, Canberra)
tz-australia-melbourne = Victoria (Melbourne)
tz-australia-brisbane = Queensland (Brisbane)
tz-australia-adelaide = South Australia (Adelaide)
tz-australia-darwin = Northern Territory (Darwin)
tz-australia-perth = Western Australia (Perth)
tz-australia-hobart = Tasmania (Hobart)
tz-pacific-auckland = New Zealand
tz-pacific-chatham = Chatham Islands
tz-utc = UTC (no clock changes)
tz-europe-paris = Central Europe (Paris, Berlin)
tz-europe-athens = Eastern Europe (Athens)
tz-africa-johannesburg = South Africa (Johannesburg)
tz-asia-dubai = Gulf (Dubai)
tz-asia-kolkata = India (Kolkata)
tz-asia-singapore = Singapore
tz-asia-tokyo = Japan (Tokyo)
