## en-GB words of the odds readings (solace-clinical risk.rs, risk/*). A figure's message id is
## the figure's own id. Arguments: $n, $low, $high, $p, $x (numbers written by the one formatter).

odds-framing = These numbers come from large groups of people. They cannot tell what will happen to you. If a number worries you, talk it through with your care team.
odds-week-series-title = After cardiac activity is seen, with no bleeding or pain: loss by the week of the scan
odds-in-100 = about { $n } in 100
odds-in-100-fewer = fewer than { $n } in 100
odds-in-100-more = more than { $n } in 100
odds-in-100-range = about { $low } to { $high } in 100
odds-pct = { $p }%
odds-pct-more = more than { $p }%
odds-pct-fewer = fewer than { $p }%
odds-pct-range = { $low }–{ $high }%
odds-times = about { $x } times the odds

## Figures held back, one message per reason.

odds-withheld-bleeding-or-pain = The figures for after cardiac activity is seen are only for people with no bleeding or pain, so they are not shown here.
odds-withheld-bleeding-or-pain-not-known = The figures for after cardiac activity is seen are only for people with no bleeding or pain. Tell us if you have none to see them.
odds-withheld-weeks-not-known = Give the week of the scan to see the figure for that week.
odds-withheld-no-figure-for-this-week = These figures are for scans in weeks 6 to 10 only.
odds-withheld-no-figure-for-this-age = The studies we use give figures for some ages only: under 20, 20 to 30, 35, 40 and 45 or over. There is none for your age, so your age did not change the numbers.
odds-withheld-need-to-know-if-in-a-row = The figures for more than one miscarriage are for losses one after another. Tell us if yours were to see them.
odds-withheld-no-verified-figure-for-this-group = There is no checked figure for this number or pattern of losses, so none is shown.

## Answers that changed nothing, one message per field.

odds-unused-previous-losses = You have not had a miscarriage before, so the figures about earlier miscarriages do not apply to you.
odds-unused-previous-losses-consecutive = Whether miscarriages were one after another only matters after 2 or more, so this answer did not change the numbers.
odds-unused-cardiac-activity-seen = The figures about cardiac activity are for after it has been seen, so this answer did not change the numbers. What a scan without cardiac activity means depends on the size and the week: the scan page explains what guidelines say.
odds-unused-bleeding-or-pain = Bleeding or pain only matters for the figures after cardiac activity is seen, so this answer did not change the numbers.

## The figures (CLINICAL.md §5).

quenby-recognised-pregnancies = About 15 in 100 known pregnancies end in miscarriage (15.3%, from many studies).
magnus-recognised-pregnancies = In Norway's records, about 13 in 100 known pregnancies ended in miscarriage (12.8%).
acog-clinically-recognised = About 10 in 100 pregnancies known to a doctor end in early pregnancy loss (10%).
acog-first-trimester-share = About 80 in 100 pregnancy losses happen in the first trimester, the first 3 months (80%).
magnus-age-under-20 = For women under 20, about 16 in 100 pregnancies ended in miscarriage (15.8%).
magnus-age-25-29 = For women aged 25 to 29, about 10 in 100 pregnancies ended in miscarriage (9.8%). This was the lowest of any age.
magnus-age-45-plus = For women aged 45 or over, about 54 in 100 pregnancies ended in miscarriage (53.6%).
acog-age-20-30 = Between the ages of 20 and 30, about 9 to 17 in 100 pregnancies end in miscarriage (9–17%).
acog-age-35 = At age 35, about 20 in 100 pregnancies end in miscarriage (20%).
acog-age-40 = At age 40, about 40 in 100 pregnancies end in miscarriage (40%).
acog-age-45 = At age 45, about 80 in 100 pregnancies end in miscarriage (80%).
magnus-odds-after-1 = After 1 miscarriage, the odds of another were about 1.5 times the odds for women with none (odds ratio 1.54, allowing for age).
magnus-odds-after-2-in-a-row = After 2 miscarriages in a row, the odds of another were about 2.2 times the odds for women with none (odds ratio 2.21, allowing for age).
magnus-odds-after-3-in-a-row = After 3 miscarriages in a row, the odds of another were about 4 times the odds for women with none (odds ratio 3.97, allowing for age).
quenby-women-with-1-loss = You are not alone: about 11 in 100 women have had 1 miscarriage (10.8%).
quenby-women-with-2-losses = You are not alone: about 1.9 in 100 women have had 2 miscarriages (1.9%).
quenby-women-with-3-or-more-losses = You are not alone: fewer than 1 in 100 women have had 3 or more miscarriages (0.7%).
tong-week-6 = Cardiac activity was seen at a scan in week 6, with no bleeding or pain. Later, about 9 in 100 of these pregnancies ended in miscarriage (9.4%).
tong-week-7 = Cardiac activity was seen at a scan in week 7, with no bleeding or pain. Later, about 4.2 in 100 of these pregnancies ended in miscarriage (4.2%).
tong-week-8 = Cardiac activity was seen at a scan in week 8, with no bleeding or pain. Later, about 1.5 in 100 of these pregnancies ended in miscarriage (1.5%).
tong-week-9 = Cardiac activity was seen at a scan in week 9, with no bleeding or pain. Later, fewer than 1 in 100 of these pregnancies ended in miscarriage (0.5%).
tong-week-10 = Cardiac activity was seen at a scan in week 10, with no bleeding or pain. Later, fewer than 1 in 100 of these pregnancies ended in miscarriage (0.7%).
ammon-avalos-weekly-before-13 = Before week 13, the chance of a loss in any one week is more than 2 in 100 (more than 2%, over 20 in 1,000).
ammon-avalos-weekly-by-14 = By week 14, the chance of a loss in any one week falls to fewer than 1 in 100 (fewer than 1%, under 10 in 1,000).
ammon-avalos-cumulative-5-20 = Adding up all the weeks from week 5 to week 20, about 11 to 22 in 100 pregnancies end in miscarriage (11–22%).
farren-post-traumatic-stress-1-month = One month after a miscarriage, about 29 in 100 women had signs of post-traumatic stress (29%).
farren-anxiety-1-month = One month after a miscarriage, about 24 in 100 women had moderate or severe anxiety (24%).
farren-depression-1-month = One month after a miscarriage, about 11 in 100 women had moderate or severe depression (11%).
farren-post-traumatic-stress-9-months = Nine months after a miscarriage, about 18 in 100 women still had signs of post-traumatic stress (18%).
farren-anxiety-9-months = Nine months after a miscarriage, about 17 in 100 women still had moderate or severe anxiety (17%).
farren-depression-9-months = Nine months after a miscarriage, about 6 in 100 women still had moderate or severe depression (6%).
