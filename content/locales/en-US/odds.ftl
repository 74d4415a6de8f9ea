## en-US wording where it differs from en-GB (odds page).

odds-q-weeks = How many weeks pregnant are you, or were you at your ultrasound?
odds-q-cardiac_activity_seen = Has an ultrasound shown cardiac activity?
odds-hint-cardiac_activity_seen = This is the flicker of the heart an ultrasound can show from about 6 weeks.
odds-week-heading = By the week of the ultrasound
odds-week-title = Miscarriage after cardiac activity is seen, by the week of the ultrasound
odds-table-week = Week of the ultrasound
odds-scan-link = Understand my ultrasound report
