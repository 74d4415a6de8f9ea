## en-GB words of the scan readings (solace-clinical `scan`): what the findings mean under each
## rule set (SRU 2013, NICE NG126), why, and what to do next. A test in solace-app proves these
## words equal solace-clinical's English exactly.

## Each rule set's reading and next step.
scanr-safety = If you have heavy bleeding or bad pain, or feel faint, get help at once.
scanr-sru-loss = Under the US guidance (SRU 2013), these scan findings are consistent with an early pregnancy loss. We are so sorry. Only your care team can tell you what this means for you.
scanr-sru-loss-next = Talk with your doctor or clinic about these findings and about your choices. { scanr-safety }
scanr-sru-suspicious = Under the US guidance (SRU 2013), some of these findings raise concern for an early pregnancy loss. They are not enough to say so.
scanr-sru-suspicious-next = SRU advises a follow-up scan in 7 to 10 days. Ask your doctor or clinic to arrange it. { scanr-safety }
scanr-sru-none = None of the US (SRU 2013) signs of early pregnancy loss were found in the details given.
scanr-sru-none-next = Keep to the plan from your doctor or clinic.
scanr-nice-second-opinion = Under the UK guidance (NICE), these findings need a second opinion, or another scan, before anything is decided. NICE says one scan alone is never enough to diagnose an early pregnancy loss.
scanr-nice-second-opinion-next = NICE advises a second opinion, or another scan at least 7 days later, before any diagnosis. Your early pregnancy unit (EPU) will arrange this. { scanr-safety }
scanr-nice-rescan = Under the UK guidance (NICE), it is too early to tell from this scan how the pregnancy is going.
scanr-nice-rescan-next = NICE advises another scan at least { $days } days later. Your early pregnancy unit (EPU) will arrange it. { scanr-safety }
scanr-nice-none = None of the UK (NICE) reasons for a repeat scan were found in the details given.
scanr-nice-none-next = Keep to the plan from your early pregnancy unit (EPU).

## Added to the next step when they apply.
scanr-sru-transabdominal = The SRU signs are for scans through the vagina (transvaginal). This scan was through the tummy only, so they could not be used.
scanr-missing-details = Some checks need more details from your scan report: { $details }.
scanr-no-sac-seen = If the scan did not show a pregnancy sac in the womb, ask your care team about blood tests (hCG) and when you will be seen again.
# Two or more details in a list: the first, then the rest.
scanr-list = { $first }; { $rest }
scanr-field-crl = the embryo's size (CRL)
scanr-field-msd = the pregnancy sac's size (MSD)
scanr-field-embryo = whether an embryo was seen
scanr-field-cardiac = whether cardiac activity was seen
scanr-field-yolk-seen = whether a yolk sac was seen
scanr-field-yolk-size = the yolk sac's size
scanr-field-amnion = whether the amnion was empty
scanr-field-weeks = weeks since your last period
scanr-field-previous = what your earlier scan showed
scanr-field-other = another detail

## Why a rule fired (one per rule, named after it).
scanr-sru-crl-7-no-cardiac-activity = The embryo measures 7 mm or more and no cardiac activity was seen.
scanr-sru-msd-25-no-embryo = The pregnancy sac measures 25 mm or more across and no embryo was seen.
scanr-sru-no-embryo-14-days-after-sac-without-yolk-sac = An earlier scan showed a pregnancy sac with no yolk sac. 2 weeks or more later, no embryo with cardiac activity was seen.
scanr-sru-no-embryo-11-days-after-sac-with-yolk-sac = An earlier scan showed a pregnancy sac with a yolk sac. 11 days or more later, no embryo with cardiac activity was seen.
scanr-sru-crl-under-7-no-cardiac-activity = The embryo measures less than 7 mm and no cardiac activity was seen.
scanr-sru-msd-16-24-no-embryo = The pregnancy sac measures 16 to 24 mm across and no embryo was seen.
scanr-sru-no-embryo-7-13-days-after-sac-without-yolk-sac = An earlier scan showed a pregnancy sac with no yolk sac. 7 to 13 days later, no embryo with cardiac activity was seen.
scanr-sru-no-embryo-7-10-days-after-sac-with-yolk-sac = An earlier scan showed a pregnancy sac with a yolk sac. 7 to 10 days later, no embryo with cardiac activity was seen.
scanr-sru-no-embryo-6-weeks-after-lmp = No embryo was seen 6 weeks or more after the first day of your last period.
scanr-sru-empty-amnion = The amnion (the inner bag) was seen with no embryo in it.
scanr-sru-enlarged-yolk-sac = The yolk sac measures more than 7 mm.
scanr-sru-small-sac-for-embryo = The pregnancy sac is small for the size of the embryo (less than 5 mm bigger).
scanr-nice-crl-under-7-no-cardiac-activity = The embryo measures less than 7 mm and no cardiac activity was seen.
scanr-nice-crl-7-no-cardiac-activity = The embryo measures 7 mm or more and no cardiac activity was seen.
scanr-nice-msd-under-25-no-embryo = The pregnancy sac measures less than 25 mm across and no embryo was seen.
scanr-nice-msd-25-no-embryo = The pregnancy sac measures 25 mm or more across and no embryo was seen.
scanr-nice-transabdominal-only = The scan was through the tummy only and showed no embryo with cardiac activity.

## The command line's plain-text layout (`solace scan`). { $first } is a guideline's name;
## { $region } is the region's id; { $rule } and { $needs } are ids, shown as they are.
cli-scan-heading = Scan findings read against each guideline ({ $first } first, for region { $region }):
cli-scan-because = Because:
cli-scan-next = Next:
cli-scan-not-checked = Not checked: { $rule } (needs { $needs })
cli-scan-sources = Sources:
