## en-US wording where it differs from en-GB (pages). Anything not here falls back to en-GB.

opt-location-confirmed_in_womb = Yes, in the uterus (womb)
hint-location = An ectopic pregnancy grows outside the uterus (womb), most often in a tube.
opt-treatment-medication = Medicine (pills)
opt-treatment-surgery = Surgery (a procedure)
hint-days_since_treatment = The day you took the medicine, had the procedure, or were told to wait. Today is 0.
hint-ectopic_risk_factors = For example: an ectopic pregnancy before, surgery on your tubes, a pelvic infection, an IUD in place, or IVF.
q-pain_one_sided = The pain is mostly on one side of my belly
q-bowel_or_rectal_pain = It hurts when I have a bowel movement, or I feel pressure in my bottom
hint-bowel_or_rectal_pain = It may feel like you need the bathroom when you do not.
hint-pain_worse_or_constant = Or pain medicine does not help.
error-tick = Check the box, or leave it empty.

## ---- Results (issue 3, results pages): wording that differs. ----

home-results-door-hint = hCG blood tests, ultrasound reports, dates, the numbers and your options.
results-door-scan = An ultrasound (scan) report
