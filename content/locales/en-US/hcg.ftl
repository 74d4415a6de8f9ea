## en-US wording where it differs from en-GB (hCG page).

hcg-context-confirmed_in_womb = The pregnancy is in the uterus (womb)
hcg-unit-hint = IU/L and mIU/mL are the same unit: 1 mIU/mL is 1 IU/L. Pick the one on your lab report.
hcg-legend-barnhart = Dotted: the slowest usual rise for a pregnancy in the uterus, 53% in 2 days (Barnhart 2004).
hcg-legend-no-band = No guideline band: once an ultrasound shows the pregnancy in the uterus, ultrasounds are used to follow it, not hCG.
hcg-in-womb-legend = After a miscarriage: has an ultrasound shown this pregnancy inside the uterus?
hcg-in-womb-hint = Only if you chose "After a miscarriage". If no ultrasound has shown it in the uterus, a falling hCG does not rule out an ectopic pregnancy, so we will say so.
