## Triage results. Headlines are one sentence a frightened person can act on.

headline-emergency = Call { $number } now for an ambulance.
headline-self-harm = You deserve support right now. Please reach out to someone now.
headline-urgent = Go to { service-ed } now.
headline-same-day = Contact { service-same-day } today.
headline-soon = Arrange to see { service-doctor } in the next few days.
headline-early-light = Do another pregnancy test in 7 to 10 days.
headline-self-care = What you describe fits what usually happens. Here is what to watch for.

## When to act, in words, for each level.

when-heading = When
when-emergency = Now. Do not wait to see if it gets better.
when-urgent = Now. Set off as soon as you can, even at night.
when-same_day = Today, before evening. Do not wait until tomorrow.
when-soon = In the next few days.
when-early-light = In 7 to 10 days, unless something on the list below happens first.
when-self_care = No appointment is needed now. Use the list below if anything changes.

## A missing answer that matters. The answer shown already treats it as the worse case.

ask-heading = One more question
ask-heavy_hours = For how many hours have you been soaking a pad or more each hour? Until you know, treat this as urgent.
ask-submit = Update my answer

## Actions: concrete steps. Every action at the urgent and emergency levels says "now".

action-call-emergency = Call { $number } now. Say you are pregnant or have just been pregnant, and tell them your symptoms.
action-emergency-while-waiting = Lie down now while you wait. Ask someone to stay with you. Unlock the door if you can.
action-do-not-drive = Do not drive yourself. Ask someone to take you now, or call { $number }.
action-go-now = { $region ->
    [uk] Go to A&E now. Go to your early pregnancy unit (EPU) instead only if it is open now and expecting you.
    [ie] Go now to the emergency department, or to your maternity hospital's emergency service.
   *[other] Go to { service-ed } now.
}
action-call-if-worse = If you feel worse on the way, or feel faint, call { $number } now.
action-contact-today = Phone { service-same-day } today, before evening. Tell them what you told us here.
action-out-of-hours = { $region ->
    [uk] If they are closed, call NHS 111. If you cannot get through, go to A&E.
   *[other] If you cannot reach them today, go to { service-ed }.
}
action-go-if-worse-today = If things get worse before you are seen, do not wait: call { $number } or go to { service-ed }.
action-go-if-worse = If things get worse before then, do not wait. Check your symptoms again, or call { $number } in an emergency.
action-book-soon = Book an appointment with { service-doctor } in the next few days.
action-self-care = Rest, and take the pain relief you have been told is safe for you.
action-keep-notes = Keep a note of how many pads you use and how you feel. It helps if you need to call.
action-crisis-line = { $region ->
    [other] Call your local crisis line now, or { $number } if you might act on these thoughts.
   *[uk] Call { $crisis } now. It is free, and someone will listen at any time of day or night.
}
action-self-harm-emergency = If you might act on these thoughts now, call { $number } or go to { service-ed }.
action-stay-with-someone = Tell someone you trust how you feel now, and ask them to stay with you.
action-bring-pad-count = Count the pads you soak through each hour. Tell the staff the number.
action-repeat-test = Do another pregnancy test in 7 to 10 days. If it is still positive, contact { service-same-day }. Get help sooner if the bleeding goes on or gets heavier, or if pain starts.
action-recheck-pads = Check again over the next hour. If you are still soaking a full pad in an hour, go to { service-ed } now.
action-anti-d = Tell the staff if your blood group is RhD negative. You may need an anti-D injection.
action-talk-about-mood = Tell { service-doctor } how you have been feeling. Low mood after a loss is common, and help works.

## Why each rule matters. One or two short sentences, no blame. At the urgent and emergency
## levels each says "now" and never "today" or "soon".

rule-collapse = You fainted. Fainting in early pregnancy or after a loss can be a sign of bleeding inside. This needs help now.
rule-shock = Feeling pale and clammy with a racing heart or faintness can mean your body is losing too much blood. This needs help now.
rule-sepsis-red-flag = New confusion, very fast breathing, blotchy or blue skin, or no pee for 18 hours can be signs of sepsis, a serious reaction to infection. It needs help now.
rule-possible-rupture = Feeling faint or very pale with pain like this could mean an ectopic pregnancy is bleeding inside. It needs emergency care now.
rule-ectopic-faintness = You have an ectopic pregnancy and feel faint. This can be a sign of bleeding inside, and needs help now.
rule-bleeding-with-faintness = Soaking pads while you feel faint means you may be losing a lot of blood. This needs help now.
rule-self-harm = You told us you have thoughts of harming yourself. You matter, and help is there for you right now.
rule-heavy-bleeding = You are soaking pads quickly, or bleeding heavily. Bleeding like this needs to be checked now.
rule-heavy-bleeding-reported = You say your bleeding is heavy. Even if the pad count is below the level for going in now, talk to someone today.
rule-possible-ectopic-shoulder = Pain in the tip of your shoulder can be a sign of an ectopic pregnancy. No scan has yet shown the pregnancy in the womb, so it needs checking now.
rule-possible-ectopic-severe-one-sided = Strong pain on one side, or pain that keeps getting worse, can be a sign of an ectopic pregnancy. It needs checking now.
rule-possible-ectopic-urgent = No scan has yet shown the pregnancy in the womb, and you have strong pain, or pain while you feel dizzy. An ectopic pregnancy needs to be ruled out now.
rule-ectopic-pain = You have an ectopic pregnancy and you have pain or bleeding. The team caring for you needs to see you now.
rule-severe-pain = Very strong pain needs to be checked by a doctor now, even if you were told to expect cramps.
rule-pain-not-easing-severe = Strong pain that is getting worse, or that painkillers do not ease, needs to be checked now.
rule-infection = A high temperature with these other signs can mean an infection. After a loss, this needs treatment now.
rule-low-temperature-unwell = A low temperature while you feel shivery or have a racing heart can be a sign of a serious infection. It needs checking now.
rule-fever-racing-heart = A high temperature or shivers together with a racing heart can be a sign of a serious infection. It needs checking now.
rule-racing-heart-bleeding = A racing heart with bleeding or strong pain can mean you are losing blood. It needs checking now.
rule-racing-heart-after-treatment = A racing heart in the 6 weeks after medicine or an operation can be a sign of bleeding or infection. It needs checking now.
rule-pale-clammy = Pale, cold and clammy skin can be a sign that you are unwell. It needs checking now.
rule-second-trimester-bleeding = Bleeding after 12 weeks of pregnancy needs to be checked now, in person.
rule-bleeding-in-pregnancy = Bleeding in pregnancy should be checked. It does not always mean a miscarriage.
rule-early-light-bleeding = Light bleeding before 6 weeks, with no pain, often settles. The advice is to do another test in 7 to 10 days.
rule-pain-unconfirmed-location = You have pain, and no scan has yet shown the pregnancy in the womb. Doctors like to check this the same day.
rule-pain-in-pregnancy = Pain of this level in pregnancy should be checked today.
rule-pain-not-easing = Pain that is getting worse, or that painkillers do not ease, should be checked today.
rule-pain-after-loss = Pain this strong after a loss should be checked today.
rule-bleeding-one-pad-an-hour = Soaking a full pad in an hour is more than usual. It should be checked today, and sooner if it goes on.
rule-one-sided-pain = Pain on one side should be checked today, to rule out an ectopic pregnancy.
rule-shoulder-tip-confirmed = Pain in the tip of your shoulder should be checked today, even though a scan has shown the pregnancy in the womb.
rule-rectal-pain = Pain when you open your bowels, or pressure in your bottom, can be a sign of an ectopic pregnancy.
rule-fever = A temperature of 38 °C or more, or feeling hot and shivery, should be checked today.
rule-foul-discharge = Smelly discharge from the vagina can be a sign of infection.
rule-dizziness = Feeling dizzy or faint should be checked today.
rule-racing-heart = A racing heart should be checked today.
rule-vomiting = Being sick and not keeping fluids down for a day can make you very unwell. It should be checked today.
rule-no-bleeding-after-misoprostol = Most people start to bleed within a day of taking the medicine. If you have not, the unit will want to know.
rule-ectopic-known = You have been told you have an ectopic pregnancy. Stay in touch with the team caring for you.
rule-positive-test-unconfirmed = Your pregnancy test is still positive 2 weeks or more later, and no scan has shown the pregnancy in the womb. The unit will want to see you within a day.
rule-prolonged-bleeding = Bleeding is lasting longer than usual after a loss. Some tissue may still be there.
rule-positive-test-after = A pregnancy test is still positive 3 weeks or more after treatment. You should be seen to check why.
rule-no-period = Most periods come back within 4 to 6 weeks. It has been 8 weeks or more.
rule-low-mood = You have felt low or anxious for 2 weeks or more. Many people do after a loss. You do not have to cope alone.
rule-expected-course = Nothing you told us needs urgent care. Keep an eye on how you feel, and use the list below.

## The safety net, shown with every result. The heading says how to get help, not only when.

safety-intro = Call { $number } or go to { service-ed } straight away if:
safety-heavy-bleeding = you soak through more than 1 full-size pad in an hour, or 1 pad an hour for 2 hours, or pass clots bigger than { coin }
safety-severe-pain = you have very strong pain, or pain on one side that gets worse
safety-shoulder-tip = you get pain in the tip of your shoulder
safety-faint = you feel faint or dizzy, or you faint
safety-fever = you have a temperature of 38 °C or more, feel hot and shivery, or have smelly discharge
safety-sepsis = you feel confused or very sleepy, breathe very fast, or your skin, lips or tongue look blotchy, grey or blue
safety-harm = you have thoughts of harming yourself
safety-count-pads = Count the pads you soak through. It is easy to misjudge bleeding by eye.

## Urgency names, for banners and screen readers.

urgency-emergency = Emergency
urgency-urgent = Urgent: go now
urgency-same_day = Today
urgency-soon = In the next few days
urgency-early-light = A repeat test in 7 to 10 days
urgency-self_care = Looking after yourself

## The help banner at the top of the diary, when what was recorded needs attention.

diary-alert-intro = Something you recorded in your diary needs attention.
diary-alert-see-why = See why, and what usually happens next
diary-not-saved-heading = Your diary locked itself
diary-not-saved = To keep it private, your diary locks after 15 minutes without use. This entry was not saved. Unlock your diary and add it again.
diary-not-saved-unlock = Unlock my diary
