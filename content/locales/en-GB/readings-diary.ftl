## en-GB words of the diary's recovery checks (solace-clinical diary/recovery): what was recorded
## (the finding) and why it matters. Dates are written as in the diary's data (2026-11-18).

diary-finding-fever = You recorded a temperature of { $temp } °C.
diary-finding-no-bleeding-after-misoprostol = It is more than 24 hours since you took misoprostol, and you have not recorded any bleeding.
diary-finding-bleeding-heavier-again = Your bleeding got heavier again on { $date } after it had been settling.
diary-finding-bleeding-longer-than-expected = You have recorded bleeding over { $days } days, from { $first } to { $last }. Bleeding for more than { $limit } days should be checked.
diary-finding-positive-test-after-treatment = Your pregnancy test was positive { $weeks } weeks after your care began.
diary-finding-no-period-by-8-weeks = You have not recorded a period in the { $weeks } weeks since your pregnancy ended.
diary-finding-recent-symptoms = What you recorded in the last { $hours } hours meets the symptom check's { $count ->
    [one] rule
   *[other] rules
 } { $rules }.
diary-why-fever = After a pregnancy loss, a high temperature can be a sign of infection.
diary-why-no-bleeding-after-misoprostol = Bleeding usually starts within 24 hours of taking it.
diary-why-bleeding-heavier-again = Bleeding that gets heavier again should be checked.
diary-why-bleeding-longer-than-expected = Some pregnancy tissue may still be in the womb.
diary-why-positive-test-after-treatment = NICE advises being seen to find out why.
diary-why-no-period-by-8-weeks = If there is no period by about 8 weeks, it is worth being seen.

## What to expect, for each way of care (diary/recovery/expected.rs).

diary-course-expectant-nice-7-to-14-days = UK guidance (NICE): waiting is offered first, for 7 to 14 days.
diary-course-expectant-acog-up-to-8-weeks = US guidance (ACOG): waiting can go on for up to 8 weeks.
diary-course-medication-bleeding-within-24-hours = Bleeding usually starts within 24 hours of taking misoprostol. If it has not, contact your care team that day.
diary-course-medication-bleeding-up-to-3-weeks = UK guidance (NICE): bleeding may last up to 3 weeks after the medicines.
diary-course-medication-heaviest-first-days = In one US study, women took misoprostol alone for a miscarriage. Their bleeding was heaviest in approximately the first 8 days.
diary-course-bleeding-over-14-days = If bleeding goes on for more than 14 days, arrange to be seen.
diary-course-bleeding-over-21-days-after-medication = After the medicines, if bleeding goes on for more than 21 days, arrange to be seen.
diary-course-pregnancy-test-at-3-weeks = After waiting or medicines, NICE advises a urine pregnancy test 3 weeks later. If it is positive, contact your early pregnancy unit.
diary-course-periods-in-4-to-6-weeks = Periods usually come back after 4 to 6 weeks.
diary-course-no-period-by-8-weeks = If you have had no period by about 8 weeks, see your doctor.
diary-course-get-help-at-once = Get help at once for heavy bleeding (soaking 2 full-size pads in an hour), bad pain, a fever or smelly discharge, or feeling faint.
