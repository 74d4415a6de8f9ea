## en-GB words of the hCG readings (solace-clinical `hcg`): what a series of results means under
## each rule set, what to do next, what to expect of the next result, and when hCG may be below
## 5 IU/L. Numbers and dates come as arguments, written by solace_i18n::fmt in the reader's
## language. A test in solace-app proves these words equal solace-clinical's English exactly.

## How a change is described (inside other readings).
hcgr-change-up = went up by { $pct }%
hcgr-change-down = went down by { $pct }%
hcgr-change-same = stayed the same

## Pregnancy of unknown location: the NICE bands.
hcgr-nice-rise = Your hCG { $change } in { $hours } hours. NICE says a rise of more than 63% in 48 hours means a pregnancy growing in the womb is likely. It does not rule out a pregnancy outside the womb (ectopic).
hcgr-nice-rise-next = NICE advises a scan within 7 to 14 days to find where the pregnancy is. Contact your early pregnancy unit (EPU) to book it.
hcgr-nice-rise-next-sooner = NICE advises a scan within 7 to 14 days to find where the pregnancy is. Your hCG is 1,500 IU/L or more, so the unit may offer the scan sooner. Contact your early pregnancy unit (EPU) to book it.
hcgr-nice-fall = Your hCG { $change } in { $hours } hours. NICE says a fall of more than half in 48 hours means the pregnancy is unlikely to continue. A blood test alone cannot confirm this. We know this may be hard to read.
hcgr-nice-fall-next = NICE advises a urine pregnancy test on { $date } (14 days after your second blood test). If it is positive, contact your early pregnancy unit (EPU). They should see you within 24 hours.
hcgr-nice-fall-next-undated = NICE advises a urine pregnancy test 14 days after your second blood test. If it is positive, contact your early pregnancy unit (EPU). They should see you within 24 hours.
hcgr-nice-in-between = Your hCG { $change } in { $hours } hours. This is between the two NICE bands: a rise of more than 63% or a fall of more than 50%.
hcgr-nice-in-between-next = Contact your early pregnancy unit (EPU) today. NICE advises that they see you within 24 hours to talk about your results.
hcgr-not-48h-pair = No two of your results are about 48 hours apart (44 to 52 hours). The last two were { $hours } hours apart, so the NICE bands may not apply.
hcgr-not-48h-pair-next = Ask your early pregnancy unit (EPU) how to read these results. They may ask for another blood test 48 hours after your last one.
hcgr-newest-not-in-pair = The NICE band above is read on two results 48 hours apart. Your newest result is not one of them.
hcgr-newest-not-in-pair-next = Ask your early pregnancy unit (EPU) to look at all your results together.

## Pregnancy of unknown location: the US minimal rise (Barnhart 2004, Seeber 2006).
hcgr-cutoff-barnhart = the slowest rise seen in pregnancies growing in the womb: about { $pct }% over { $hours } hours (Barnhart 2004: 24% in 1 day, 53% in 2 days)
hcgr-cutoff-seeber = the more careful cut-off of 35% in 2 days: about { $pct }% over { $hours } hours (Seeber 2006)
hcgr-us-rise-below = Your hCG { $change } in { $hours } hours. That is less than { $cutoff }. This can happen with an early pregnancy loss or a pregnancy outside the womb (ectopic). It is not a diagnosis.
hcgr-us-rise-below-instead = Your hCG { $change } in { $hours } hours instead of rising. That is less than { $cutoff }. This can happen with an early pregnancy loss or a pregnancy outside the womb (ectopic). It is not a diagnosis.
hcgr-us-rise-below-next = Contact your doctor or clinic today to talk about these results. They may suggest more blood tests or a scan.
hcgr-us-rise-at-least = Your hCG { $change } in { $hours } hours. This is at least { $cutoff }. It does not rule out a pregnancy outside the womb (ectopic).
hcgr-us-rise-at-least-next = Keep to the plan from your doctor or clinic. A scan is how they find where the pregnancy is.
hcgr-never-rules-out-ectopic = A fall in hCG, or a rise that looks normal, does not rule out a pregnancy outside the womb (ectopic). In one study, about { $n } in 100 ectopic pregnancies had hCG results that looked normal (Seeber 2006).
hcgr-never-rules-out-ectopic-next = Until a scan shows where the pregnancy is, watch for warning signs. Get help at once for bad pain, pain on one side, pain in the tip of your shoulder, or feeling faint.
hcgr-expected-next-rise = If the pregnancy is growing in the womb, a result 48 hours after your last one would usually be at least { $iu } IU/L ({ $study }). Even then, an ectopic pregnancy is not ruled out.

## After a loss (Barnhart 2004 decline).
hcgr-fallen-after-hours = { $n } hours after your first test, your hCG had fallen by { $pct }%.
hcgr-fallen-after-days = { $n } days after your first test, your hCG had fallen by { $pct }%.
hcgr-not-fallen-after-hours = { $n } hours after your first test, your hCG had not fallen.
hcgr-not-fallen-after-days = { $n } days after your first test, your hCG had not fallen.
hcgr-decline-maybe = A slower fall can mean some pregnancy tissue is still in the womb, or a pregnancy outside the womb (ectopic). It is not a diagnosis.
hcgr-decline-beyond-7 = Barnhart's figures go up to day 7. After that, what matters is that hCG keeps falling.
hcgr-decline-rose = Your hCG went up from { $from } to { $to } IU/L between { $from_date } and { $to_date }. After a pregnancy loss, hCG is expected to keep falling. { hcgr-decline-maybe }
hcgr-decline-slower = { $fall } After a pregnancy loss, a fall of at least { $pct }% is expected by then (Barnhart 2004: at least 21% by day 2 and 60% by day 7). { hcgr-decline-maybe }
hcgr-decline-slower-beyond-7 = { $fall } After a pregnancy loss, a fall of at least { $pct }% is expected by then (Barnhart 2004: at least 21% by day 2 and 60% by day 7). { hcgr-decline-beyond-7 } { hcgr-decline-maybe }
hcgr-decline-slower-next = Contact your early pregnancy unit (EPU) or the team caring for you today.
hcgr-decline-as-expected = { $fall } This is at least the fall expected after a pregnancy loss (Barnhart 2004: at least 21% by day 2 and 60% by day 7).
hcgr-decline-as-expected-beyond-7 = { $fall } This is at least the fall expected after a pregnancy loss (Barnhart 2004: at least 21% by day 2 and 60% by day 7). { hcgr-decline-beyond-7 }
hcgr-decline-as-expected-next = Keep to the plan from your care team. Ask them how many more tests you need. Contact them if bleeding or pain gets worse.
hcgr-urine-test-3-weeks = NICE advises a urine pregnancy test 3 weeks later. This is if you waited for the pregnancy to pass, or took medicine for it.
hcgr-urine-test-3-weeks-next = If that test is still positive, contact your early pregnancy unit (EPU).
hcgr-expected-decline = By day { $day } after your first test, hCG is expected to be { $iu } IU/L or lower (a fall of at least { $pct }%, Barnhart 2004).
hcgr-below-5 = Your latest hCG is { $iu } IU/L. Below 5 IU/L is the level counted as a negative result.
hcgr-below-5-next = Ask your care team if you need any more tests.
hcgr-after-loss-ectopic = No scan has shown this pregnancy in the womb, so this does not rule out an ectopic pregnancy, even if your hCG is falling. In one study, about 6 in 100 losses that looked complete turned out to be ectopic (5.9%).
hcgr-after-loss-ectopic-next = Keep to the tests your care team asked for until they tell you it is over. Get help at once for pain on one side, pain in the tip of your shoulder, or feeling faint.
hcgr-projection = This is an estimate, not a promise. If your hCG keeps falling the way it has, it may be below 5 IU/L around { $date }, most likely between { $earliest } and { $latest }. Everyone is different. After a miscarriage, hCG can take from 9 to 35 days to go (Steier 1984).

## Once a scan has shown where the pregnancy is.
hcgr-in-womb = A scan has shown the pregnancy in the womb. From here, hCG numbers alone are not how the pregnancy is followed: a scan is. So no hCG band is applied to these results.
hcgr-in-womb-next = If you have bleeding or pain, or you are worried, contact your early pregnancy unit (EPU) or your doctor. They may offer a scan.
hcgr-fell-by = fell by { $pct }% (from { $from } to { $to } IU/L)
hcgr-rose-by = went up by { $pct }% (from { $from } to { $to } IU/L)
hcgr-stayed-at = stayed at { $iu } IU/L
hcgr-ectopic-not-met = Between result { $a } and result { $b }, your hCG { $change }. When waiting to see if an ectopic pregnancy settles on its own, NICE looks for a fall of at least 15% each time.
hcgr-ectopic-not-met-next = Contact your early pregnancy unit (EPU) today. NICE advises that a senior doctor looks at your care.
hcgr-ectopic-met = Each of your hCG results fell by at least 15% from the one before. This is the fall NICE looks for when waiting to see if an ectopic pregnancy settles on its own.
hcgr-ectopic-check-days = NICE checks on days 2, 4 and 7 after the first test: keep to the test days your unit gave you.
hcgr-ectopic-below-20 = Your latest result is below 20 IU/L. Ask your early pregnancy unit (EPU) whether you need more tests.
hcgr-ectopic-below-20-days = { hcgr-ectopic-below-20 } { hcgr-ectopic-check-days }
hcgr-ectopic-weekly = NICE advises a blood test each week until hCG is below 20 IU/L. Your early pregnancy unit (EPU) will arrange it.
hcgr-ectopic-weekly-days = { hcgr-ectopic-weekly } { hcgr-ectopic-check-days }
hcgr-mtx-early-rise = A rise from day 1 to day 4 after methotrexate is common.
hcgr-mtx-met = Between your last two results, your hCG { $change }. After methotrexate, NICE looks for a fall of at least 15% from day 4 to day 7. { hcgr-mtx-early-rise }
hcgr-mtx-met-next = Keep to the follow-up blood tests your early pregnancy unit (EPU) gave you.
hcgr-mtx-not-met = Between your last two results, your hCG { $change }. After methotrexate, NICE looks for a fall of at least 15% from day 4 to day 7. { hcgr-mtx-early-rise }
hcgr-mtx-not-met-first = Between your last two results, your hCG { $change }. After methotrexate, NICE looks for a fall of at least 15% from day 4 to day 7. If these are your day 1 and day 4 results, a rise is common, and the check is from day 4 to day 7.
hcgr-mtx-not-met-next = Contact your early pregnancy unit (EPU) today so a senior doctor can look at your results. You may need more treatment.
hcgr-expected-ectopic = NICE looks for your next result to be { $iu } IU/L or lower (a fall of at least 15%).

## Always shown.
hcgr-symptoms = Your symptoms matter more than any number.
hcgr-symptoms-ectopic = Even while hCG is falling, an ectopic pregnancy can still cause problems. Your symptoms matter more than any number.
hcgr-symptoms-next = Get help at once if you soak through 2 full-size pads in an hour, or 1 pad an hour for 2 hours. Get help at once, too, for bad pain, pain on one side or pain in the tip of your shoulder. The same goes if you feel faint, or have a fever or smelly discharge.

## The hCG check's own input problems (API and command line).
hcgr-error-at = a date and time with a time zone, like 2026-11-20T09:00:00+00:00
hcgr-error-value = a number above 0 and up to 1,000,000 IU/L (1 mIU/mL is the same as 1 IU/L)
hcgr-error-gap = a time at least 1 hour after the result before it
hcgr-error-future = a time that is not in the future

## The command line's plain-text layout (`solace hcg`). { $region } is the region's id.
cli-hcg-heading = hCG results ({ $context })
cli-hcg-context-unknown_location = unknown location
cli-hcg-context-after_loss = after loss
cli-hcg-context-confirmed_in_womb = confirmed in womb
cli-hcg-context-ectopic_expectant = ectopic expectant
cli-hcg-context-ectopic_methotrexate = ectopic methotrexate
cli-hcg-unit = IU/L
# Column headings over the pairs table; the spaces line them up with the columns.
cli-hcg-pairs-head = pair      hours     change   per 48 h  doubling / half-life  48 h pair
cli-hcg-doubles = doubles in { $h } h
cli-hcg-halves = halves in { $h } h
cli-hcg-no-change = no change
cli-hcg-pair-yes = yes
cli-hcg-pair-no = no
cli-hcg-guidelines = What the guidelines say ({ $first } first, for region { $region }):
cli-hcg-first-nice = NICE
cli-hcg-first-us = the US studies
cli-hcg-kind-result = result
cli-hcg-kind-caution = caution
cli-hcg-kind-note = note
cli-hcg-next = Next:
cli-hcg-sources = Sources:
cli-hcg-expect = What to expect next:
cli-hcg-below-5 = When hCG may be below 5 IU/L: around { $date } (between { $earliest } and { $latest }).
