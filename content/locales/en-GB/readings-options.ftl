## en-GB words of the management options (solace-clinical management.rs): the names, facts,
## figures (message id = the figure's id) and questions.

## The options' names.

options-name-expectant = Waiting for it to happen naturally (expectant care)
options-name-medication = Taking medicines to help the pregnancy pass (medical management)
options-name-surgery = A procedure to empty the womb (surgical management)

## Facts.

options-expectant-what = You wait at home for the pregnancy to pass on its own. It comes away with bleeding and cramping pain.
options-expectant-how-long-nice = UK guidance (NICE): waiting is offered first, for 7 to 14 days.
options-expectant-how-long-acog = US guidance (ACOG): waiting can go on for up to 8 weeks.
options-regimen-missed = UK guidance (NICE, 2023): a mifepristone tablet (200 mg) by mouth, then misoprostol (800 micrograms) 48 hours later.
options-regimen-incomplete = UK guidance (NICE) has a different medicine plan for this. Your care team will tell you which medicine and dose are right for you.
options-medication-what-acog = US guidance (ACOG): the same two medicines, with the misoprostol 24 hours later.
options-medication-what-alone = Some places use misoprostol alone. The studies below compare the two ways.
options-medication-how-long-nice = UK guidance (NICE): bleeding may last up to 3 weeks after the medicines.
options-surgery-what = A doctor empties the womb with gentle suction. This is called uterine aspiration.
options-surgery-how-long = It is done on a day you plan with your care team.
options-aftercare-test = After waiting or medicines, NICE advises a urine pregnancy test 3 weeks later. If it is positive, contact your early pregnancy unit.
options-aftercare-periods = Periods usually come back after 4 to 6 weeks.
options-aftercare-no-period = If you have had no period by about 8 weeks, see your doctor.
options-aftercare-get-help = Get help at once for heavy bleeding (soaking 2 full-size pads in an hour), bad pain, a fever or smelly discharge, or feeling faint.
options-heaviest-first-days = In one US study, women took misoprostol alone for a miscarriage. Their bleeding was heaviest in approximately the first 8 days.

## NICE's medicine plans: which miscarriage each is for.

options-regimen-missed-when = If the pregnancy has not started to come away (a missed miscarriage)
options-regimen-incomplete-when = If some of the pregnancy has already come away (an incomplete miscarriage)

## How often it works.

expectant-complete-within-14-days = About 70 in 100 women had a complete miscarriage within 14 days of waiting (70%).
expectant-complete-without-surgery = Overall, about 81 in 100 women who waited did not need surgery (81%).
expectant-incomplete = When bleeding had already started and some tissue had passed (incomplete miscarriage), about 91 in 100 completed without surgery (91%).
expectant-missed = When nothing had passed yet (missed miscarriage), about 76 in 100 completed without surgery (76%).
expectant-sac-without-embryo = When the pregnancy sac had no embryo in it, about 66 in 100 completed without surgery (66%).
expectant-acog-up-to-8-weeks = US guidance (ACOG): waiting up to 8 weeks works for about 80 in 100 women (80%).
medication-chu-both-by-day-7 = With mifepristone then misoprostol, about 83 in 100 women had passed the pregnancy by day 7 (83%).
medication-chu-misoprostol-alone-by-day-7 = With misoprostol alone, about 76 in 100 women had passed the pregnancy by day 7 (76%).
medication-schreiber-both-complete = With both medicines, about 84 in 100 women were complete by the first check-up (83.8%).
medication-schreiber-misoprostol-alone-complete = With misoprostol alone, about 67 in 100 women were complete by the first check-up (67.1%).
medication-schreiber-both-needed-aspiration = With both medicines, about 9 in 100 women then needed a procedure to empty the womb (8.8%).
medication-schreiber-misoprostol-alone-needed-aspiration = With misoprostol alone, about 24 in 100 women then needed a procedure to empty the womb (23.5%).
medication-zhang-misoprostol-by-day-3 = With misoprostol alone, about 71 in 100 women were complete by day 3 (71%).
medication-zhang-misoprostol-by-day-8 = With misoprostol alone, about 84 in 100 women were complete by day 8 (84%).
surgery-zhang-complete = After the procedure, about 97 in 100 women were complete (97%).

## Questions to ask.

options-q-expectant-1 = How long should I wait before we talk about other choices?
options-q-expectant-2 = How much bleeding and pain should I expect, and when should I call you?
options-q-expectant-3 = Which pain relief can I take at home?
options-q-expectant-4 = Who do I call at night or at the weekend?
options-q-expectant-5 = How will we know it is complete?
options-q-medication-1 = When should the bleeding start, and what do I do if it does not?
options-q-medication-2 = What pain relief and anti-sickness medicine will I have?
options-q-medication-3 = Can I take the medicines at home, or do I come in?
options-q-medication-4 = What happens if the medicines do not work?
options-q-medication-5 = Who do I call if the bleeding gets very heavy?
options-q-surgery-1 = When can it be done, and how long will I be there?
options-q-surgery-2 = Will I be awake with numbing medicine, or asleep?
options-q-surgery-3 = What are the risks, and how common are they?
options-q-surgery-4 = How much bleeding and pain is normal afterwards?
options-q-surgery-5 = Can the tissue be tested, if I would like that?
