## en-US wording where it differs from en-GB (hCG page).

hcg-context-confirmed_in_womb = The pregnancy is in the uterus (womb)
hcg-unit-hint = IU/L and mIU/mL are the same unit: 1 mIU/mL is 1 IU/L. Pick the one on your lab report.
hcg-legend-barnhart = Dotted: the slowest usual rise for a pregnancy in the uterus, 53% in 2 days (Barnhart 2004).
hcg-legend-no-band = No guideline band: once an ultrasound shows the pregnancy in the uterus, ultrasounds are used to follow it, not hCG.
