## en-GB text for the odds page (/odds). The figures' sentences come from solace-clinical.

odds-title = The numbers – Solace
odds-title-error = Please check your answers – Solace
odds-result-title = The numbers for your situation – Solace
odds-heading = What are the chances?
odds-gentle = Numbers can be hard to read, more so right now. You do not have to read them. You can skip this page, and come back later or never.
odds-skip = Skip this page and go back to the start
odds-intro = Answer what you want to. Leave anything blank. We show the figures from research that fit what you tell us, and where each one comes from.
odds-privacy = Your answers are not saved.
odds-submit = Show the numbers

## The questions.

odds-q-age = How old are you?
odds-hint-age = In whole years, like 32.
odds-q-previous_losses = How many miscarriages have you had before this pregnancy?
odds-hint-previous_losses = Enter 0 if none.
odds-q-previous_losses_consecutive = Were they one after another, with no pregnancy in between that carried on?
odds-hint-previous_losses_consecutive = Only if you have had 2 or more.
odds-q-weeks = How many weeks pregnant are you, or were you at your scan?
odds-hint-weeks = Count from the first day of your last period. A rough number is fine.
odds-q-cardiac_activity_seen = Has a scan shown cardiac activity?
odds-hint-cardiac_activity_seen = This is the flicker of the heart a scan can show from about 6 weeks.
odds-q-bleeding_or_pain = Do you have any bleeding or pain now?
odds-hint-bleeding_or_pain = Even a little.
odds-opt-yes = Yes
odds-opt-no = No
odds-opt-not-sure = Not sure

## Problems with answers.

odds-error-summary = Please check these answers
odds-error-number = Enter a number, like { $example }.
odds-error-choice = Choose one of the answers.
odds-error-age = Enter your age in whole years, from { $min } to { $max }.
odds-error-losses = Enter a whole number from { $min } to { $max }.
odds-error-weeks = Enter a number of weeks from { $min } to { $max }.
odds-error-invalid = Check this answer.

## The result.

odds-result-heading = The numbers for your situation
odds-check-first = You told us you have bleeding or pain now. If you are worried about it, check your symptoms first. The numbers can wait.
odds-check-link = Check my symptoms
odds-grid-caption = Out of 100 pregnancies like these, about { $n } ended in miscarriage (the filled shapes). About { $rest } did not.
odds-source = Source: { $list }
odds-conf-verified = checked in the study itself
odds-conf-secondary = checked in a trusted summary of the study
odds-conf-unverified = a rough guide
odds-ratio-explain = This compares two groups of people. It is not a chance out of 100.
odds-about-you = For people like you
odds-context-heading = Background
odds-context-intro = These figures are about everyone, not about you in particular. They can help put other numbers in context.
odds-unused-heading = Answers that did not change the numbers
odds-scan-link = Understand my scan report
odds-topic-overall = For all known pregnancies
odds-topic-age = By age
odds-topic-previous-losses = After miscarriages before
odds-topic-how-common = How common miscarriage is
odds-topic-after-cardiac-activity = After cardiac activity is seen
odds-topic-by-week = Week by week
odds-topic-feelings = Feelings after a loss
odds-topic-management = Treatment
odds-week-heading = By the week of the scan
odds-week-title = Miscarriage after cardiac activity is seen, by the week of the scan
odds-week-desc = A bar chart for people with no bleeding or pain. The later the scan that showed cardiac activity, the lower the chance of a miscarriage after it. The table below has the same numbers.
odds-week-y = Chance, %
odds-week-label = week { $n }
odds-week-yours = your week
odds-table-caption = The numbers in the chart
odds-table-week = Week of the scan
odds-table-in-100 = Out of 100
odds-table-percent = Percent
odds-withheld-heading = Numbers we have not shown
odds-withheld-intro = Some figures do not fit your situation, so we left them out. This is why.
odds-print = Print or save
odds-change = Change my answers
odds-start-again = Start again
