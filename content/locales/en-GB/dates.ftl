## en-GB text for the dates page (issue 3). The worked-out text and its caution notes are English
## from solace-clinical; only the page around them is here.

dates-title = How many weeks, and the due date – Solace
dates-heading = How many weeks, and the due date
dates-intro = Work out how many weeks a pregnancy is, from a date or from a scan.
dates-loss-note = This page is also for you if your pregnancy has ended. Dates can matter for follow-up care, and for remembering.
dates-submit = Work it out

## The questions.

dates-q-method = How do you want to work it out?
dates-hint-method = Choose one. Then fill in the boxes for it.
dates-opt-method-lmp = From the first day of my last period
dates-opt-method-crl = From the embryo's length on a scan (CRL)
dates-opt-method-msd = From the pregnancy sac's size on a scan (MSD)
dates-q-lmp = First day of your last period
dates-hint-lmp = The day your last period started. Type it like 2026-11-20 if no calendar opens.
dates-q-cycle_days = How long is your usual cycle, in days?
dates-hint-cycle_days = From the first day of one period to the first day of the next. Leave it empty if you are not sure: we will use 28 days.
dates-q-crl_mm = Length of the embryo (CRL), in mm
dates-hint-crl_mm = Your scan report may say CRL: crown–rump length, the length of the embryo.
dates-q-msd_mm = Size of the pregnancy sac (MSD), in mm
dates-hint-msd_mm = Your scan report may say MSD: mean sac diameter. This gives only a rough guide, very early on.
dates-q-scan_date = Date of the scan
dates-hint-scan_date = You can leave this empty. With it, we can also work out a due date.

## Problems with answers.

dates-error-method = Choose how you want to work it out.
dates-error-need-lmp = Enter the first day of your last period.
dates-error-need-crl = Enter the embryo's length (CRL) from your scan report.
dates-error-need-msd = Enter the pregnancy sac's size (MSD) from your scan report.
dates-error-date = Enter a date like 2026-11-20.
dates-error-future = This date is in the future. Please check it.
dates-error-long-ago = Enter a date within the last 44 weeks.
dates-error-too-recent = With this cycle length, this date is too recent to count from. Please check the date and the cycle.
dates-error-cycle = Enter a whole number of days, from { $min } to { $max }.

## The result.

dates-result-title = Your dates – Solace
dates-result-heading = How many weeks
dates-weeks-days = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} and { $days ->
    [one] { $days } day
   *[other] { $days } days
}
dates-total = That is { $total } days in all.
dates-as-of-today = Counted to today, { $date }.
dates-as-of-scan = On the day of the scan, { $date }.
dates-plus-minus = One scan measurement like this is accurate to about ± { $pm } days.
dates-due = Due date worked out this way:
dates-due-hint = If your pregnancy has ended, this date can still matter. Some people find it a hard day. It is OK to plan some support around it.
dates-no-due = Add the date of the scan to work out a due date too.
dates-meaning = What this means
dates-meaning-lmp = Doctors count the weeks of a pregnancy from the first day of the last period. That is about 2 weeks before the egg and sperm meet.
dates-meaning-scan = Doctors count the weeks from the first day of a last period, even when they use a scan. So the weeks here are counted the same way.
dates-method-used = Worked out from: { $method }.
dates-method-lmp = the first day of your last period
dates-method-crl = the embryo's length (CRL)
dates-method-msd = the pregnancy sac's size (MSD)
