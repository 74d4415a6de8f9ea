## en-GB words of the dating readings (solace-clinical dating.rs). Arguments: $weeks, $days (counts,
## for plural forms), $total (days), $give (days), $due (the date as 2026-11-20), $cycle, $shift.

dating-lmp = Counting from the first day of your last period, you are { $weeks } { $weeks ->
    [one] week
   *[other] weeks
 } and { $days } { $days ->
    [one] day
   *[other] days
 } today ({ $total } days). The due date worked out this way is { $due }.
dating-lmp-note = Your cycle is { $cycle } days, so the dates are moved by { $shift } days from the usual 28-day count.
dating-crl = At the time of the scan, the pregnancy measured about { $weeks } { $weeks ->
    [one] week
   *[other] weeks
 } and { $days } { $days ->
    [one] day
   *[other] days
 } ({ $total } days), give or take about { $give } days. This is counted from the first day of a last period, as doctors do.
dating-crl-due = At the time of the scan, the pregnancy measured about { $weeks } { $weeks ->
    [one] week
   *[other] weeks
 } and { $days } { $days ->
    [one] day
   *[other] days
 } ({ $total } days), give or take about { $give } days. This is counted from the first day of a last period, as doctors do. The due date worked out from this scan is { $due }.
dating-msd = At the time of the scan, the pregnancy measured about { $weeks } { $weeks ->
    [one] week
   *[other] weeks
 } and { $days } { $days ->
    [one] day
   *[other] days
 } ({ $total } days). This is counted from the first day of a last period, as doctors do.
dating-msd-due = At the time of the scan, the pregnancy measured about { $weeks } { $weeks ->
    [one] week
   *[other] weeks
 } and { $days } { $days ->
    [one] day
   *[other] days
 } ({ $total } days). This is counted from the first day of a last period, as doctors do. The due date worked out from this scan is { $due }.
dating-crl-note = This formula works best from about 6 to 14 weeks. Outside that, treat the result as rough and ask your care team.
dating-msd-note = The sac size gives only a rough guide, and only very early in pregnancy, before the embryo can be measured.
dating-msd-note-large = The sac size gives only a rough guide, and only very early in pregnancy, before the embryo can be measured. At this sac size it is not a reliable way to date a pregnancy.
