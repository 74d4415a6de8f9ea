## en-GB text for the scan page (issue 3). The readings themselves (what fired, why, the next
## step) are English from solace-clinical; only the page around them is here.

scan-title = Understand my scan report – Solace
scan-heading = Understand my scan report
scan-content-note = This page talks about pregnancy loss. Take your time. You can stop at any point.
scan-intro = Copy what you can from your scan report. Leave out anything you are not sure of. We will show you what the guidelines say about it.
scan-submit = See what the guidelines say

## The questions.

scan-group-route = How the scan was done
scan-group-findings = What the scan showed
scan-group-findings-hint = Sizes are in millimetres (mm). Leave a box empty if your report does not give it.
scan-group-previous = An earlier scan
scan-group-previous-hint = Only if you had another scan in this pregnancy before this one. If not, skip these.

scan-q-route = How was the scan done?
scan-hint-route = Your report may say TV or TVS (through the vagina), or TA or TAS (through the tummy). If you are not sure, ask the unit that did the scan.
scan-opt-route-transvaginal = Through the vagina (transvaginal)
scan-opt-route-transabdominal = Through the tummy only (transabdominal)
scan-opt-yes = Yes
scan-opt-no = No

scan-q-msd_mm = Size of the pregnancy sac (MSD), in mm
scan-hint-msd_mm = Your scan report may say MSD: mean sac diameter, the average width of the pregnancy sac. It may also say "gestational sac".
scan-q-yolk_sac_seen = Was a yolk sac seen?
scan-hint-yolk_sac_seen = A small ring inside the pregnancy sac. It feeds the pregnancy in the first weeks.
scan-q-yolk_sac_mm = Size of the yolk sac, in mm
scan-hint-yolk_sac_mm = Leave it empty if the report does not give a size.
scan-q-embryo_seen = Was an embryo seen?
scan-hint-embryo_seen = Your report may say "fetal pole". It means the same thing.
scan-q-crl_mm = Length of the embryo (CRL), in mm
scan-hint-crl_mm = Your scan report may say CRL: crown–rump length, the length of the embryo.
scan-q-cardiac_activity = Was cardiac activity seen?
scan-hint-cardiac_activity = Your report may say "cardiac activity", "FH" or "fetal heart". Choose "Not sure" if it does not say.
scan-q-amnion_empty = Did the report say the amnion was empty?
scan-hint-amnion_empty = The amnion is a thin inner bag. "Empty amnion" means it was seen with no embryo in it.
scan-q-weeks_since_lmp = How many weeks is it since the first day of your last period?
scan-hint-weeks_since_lmp = On the day of this scan. A rough number is fine, like 7 or 7.5.
scan-q-previous_days_ago = How many days before this scan was the earlier one?
scan-hint-previous_days_ago = Whole days, like 7.
scan-q-previous_sac_seen = Did the earlier scan show a pregnancy sac?
scan-hint-previous_sac_seen = The sac is the first thing a scan can show.
scan-q-previous_yolk_sac_seen = Did the earlier scan show a yolk sac?
scan-hint-previous_yolk_sac_seen = A small ring inside the pregnancy sac.

## Short names of the details, for "we need …" and for answers that do not fit together.

scan-name-route = how the scan was done
scan-name-msd_mm = the pregnancy sac's size (MSD)
scan-name-yolk_sac_seen = whether a yolk sac was seen
scan-name-yolk_sac_mm = the yolk sac's size
scan-name-embryo_seen = whether an embryo was seen
scan-name-crl_mm = the embryo's length (CRL)
scan-name-cardiac_activity = whether cardiac activity was seen
scan-name-amnion_empty = whether the amnion was empty
scan-name-weeks_since_lmp = the weeks since your last period
scan-name-previous_days_ago = when the earlier scan was
scan-name-previous_sac_seen = whether the earlier scan showed a sac
scan-name-previous_yolk_sac_seen = whether the earlier scan showed a yolk sac
scan-and = and

## Problems with answers.

scan-error-route = Choose how the scan was done. If you are not sure, your report or the unit can tell you.
scan-error-whole = Enter a whole number from { $min } to { $max }.
scan-error-days-missing = Enter how many days before this scan the earlier one was.
scan-error-disagrees = This does not fit with your answer about { $other }. Please check both.

## The result.

scan-result-title = What your scan report may mean – Solace
scan-result-heading = What your scan report may mean
scan-result-intro = Here is how the guidance we show first reads the details you gave. This is not a diagnosis. Your care team knows your whole story.
scan-lead-nice-local = This is UK guidance (NICE), for where you live.
scan-lead-sru-local = This is US guidance (SRU), for where you live.
scan-lead-nice-cautious = We show UK guidance (NICE) first. Where UK and US guidance differ, it is the more careful one: it never calls a loss from one scan.
scan-other-guidelines-hint = Guidelines in other countries read the same details in their own way. Your care team will follow the guidance used where you are.
scan-rs-sru = US guidance: SRU 2013
scan-rs-nice = UK guidance: NICE
scan-rs-usual = The guidance usually used where you are
scan-cat-sru-loss = The findings match the US signs of an early pregnancy loss
scan-cat-sru-suspicious = Some findings raise concern. A follow-up scan is advised.
scan-cat-sru-none = No US signs of early pregnancy loss in the details given
scan-cat-nice-second = A second opinion or another scan is advised
scan-cat-nice-rescan = Another scan is advised
scan-cat-nice-none = No UK reason for another scan in the details given
scan-why = Why
scan-no-reasons = None of this guidance's signs were found in the details you gave.
scan-next = What usually happens next
scan-not-checked = Signs we could not check ({ $count })
scan-not-checked-item = To check { $count ->
    [one] one more sign
   *[other] { $count } more signs
}, we need { $fields }.
scan-one-scan = Under the UK guidance (NICE), one scan alone never diagnoses an early pregnancy loss. A second opinion or another scan always comes first.
scan-contact-heading = Whom to contact
scan-contact = Talk to { service-epu } about your scan. They can explain your report and what happens next.
scan-contact-urgent = If you have heavy bleeding or bad pain, or you feel faint, call { $number } now.
