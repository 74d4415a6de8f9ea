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
