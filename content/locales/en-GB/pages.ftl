## Text shared by every page.

disclaimer = Solace does not diagnose. It tells you what medical guidelines advise and whom to contact. If you are worried, get help: you will never be wasting anyone's time.
site-name = Solace
skip-link = Skip to main content
emergency-banner-label = Emergency help
emergency-banner-text = In an emergency, call
quick-exit = Leave this site
quick-exit-title = Leave now. An everyday page opens in its place. You can also press Esc 3 times.
nav-label = Main menu
nav-home = Home
nav-check = Check my symptoms
nav-settings = Settings
region-link = Country: { $country }
lang-switch-label = Language
lang-name-en-GB = English (UK)
lang-name-en-US = English (US)
lang-short-en-GB = UK English
lang-short-en-US = US English

## Country names, as people say them.

region-name-uk = United Kingdom
region-name-ie = Ireland
region-name-us = United States
region-name-ca = Canada
region-name-au = Australia
region-name-nz = New Zealand
region-name-other = Somewhere else

## Home page.

home-title = Solace: help with bleeding or pain in early pregnancy
home-heading = Help with bleeding or pain in early pregnancy
home-intro-1 = We are sorry you are going through this. Bleeding or pain in early pregnancy can be very frightening.
home-intro-2 = Solace can help you decide what to do next. Answer some questions about how you feel. We will tell you what medical guidelines advise, and who to contact.
home-check-door = Check my symptoms
home-check-door-hint = It takes about 3 minutes. You can skip any question.
home-privacy-heading = Your privacy
home-privacy = Your answers are private. The symptom check and your results are not saved, and nothing is ever sent to anyone else. Your diary is kept only if you start one, and it is locked with your passphrase.
home-quick-exit = Need to leave fast? Tap "Leave this site" at the top, or press the Esc key 3 times. An everyday page will open in its place.

## Check my symptoms: the form.

check-title = Check my symptoms – Solace
check-title-error = Please check your answers – Solace
check-heading = Check my symptoms
check-intro = Answer what you can, and leave blank what you are not sure of.
check-urgent-first = Very unwell now? Do not wait: call { $number } now.
check-submit = See what to do
check-privacy = Your answers are not saved.
check-early-warning = Some answers need fixing. But what you have told us already means you should get help now.

group-now = Right now
q-fainted = I have fainted or passed out
hint-fainted = Even for a moment.
q-dizzy_or_faint = I feel dizzy or faint
hint-dizzy_or_faint = Most of all when you stand up.
q-pale_clammy = Pale, cold or clammy skin
hint-pale_clammy = Someone with you may see it first.
q-racing_heart = My heart is racing
hint-racing_heart = Even when you rest.
q-thoughts_of_harm = I have thoughts of harming myself or ending my life
hint-thoughts_of_harm = It is OK to say so. We will show you support.

group-unwell = Do you feel very unwell in another way?
group-unwell-hint = Signs of a serious infection. On dark skin, check the lips and palms.
q-confused_or_drowsy = Confused or hard to wake
q-breathless = Very fast or hard breathing
q-mottled_or_blue_skin = Blotchy, grey or blue skin
q-no_urine_18h = No pee for 18 hours or more
q-vomiting = Sick, and no fluids kept down for a day
check-answer-now-hint = You can get your answer now, or answer more questions below for a more exact answer.
check-submit-now = See what to do now

group-pregnancy = About your pregnancy
q-situation = Which is closest to where you are now?
hint-situation = Choose the one that fits best.
opt-situation-pregnant = I am pregnant, as far as I know
opt-situation-miscarriage_diagnosed = I have been told I am having a miscarriage
opt-situation-after_loss = My miscarriage or treatment is over
opt-not-sure = Not sure
q-location = Has a scan shown where the pregnancy is?
hint-location = An ectopic pregnancy grows outside the womb, most often in a tube.
opt-location-confirmed_in_womb = Yes, in the womb
opt-location-not_confirmed = No, or I have not had a scan
opt-location-ectopic = Yes, I was told it is ectopic
q-weeks = How many weeks pregnant are you, or were you?
hint-weeks = Count from the first day of your last period. A rough number is fine. You can write weeks and days, like 7+3.
q-treatment = What treatment have you had for the miscarriage?
hint-treatment = Skip this if you are still pregnant.
opt-treatment-none = None yet
opt-treatment-expectant = Waiting for it to happen on its own
opt-treatment-medication = Medicine (tablets)
opt-treatment-surgery = An operation
q-days_since_treatment = How many days ago did that start?
hint-days_since_treatment = The day you took the medicine, had the operation, or were told to wait. Today is 0.
q-ectopic_risk_factors = I have a higher chance of an ectopic pregnancy
hint-ectopic_risk_factors = For example: an ectopic pregnancy before, surgery on your tubes, a pelvic infection, a coil (IUD) in place, or IVF.

group-bleeding = Bleeding
q-bleeding = How much are you bleeding?
hint-bleeding = Think about the last few hours.
opt-bleeding-none = None
opt-bleeding-spotting = Spotting: a few drops
opt-bleeding-light = Light: less than a period
opt-bleeding-moderate = Like a normal period
opt-bleeding-heavy = Heavy: more than a period
q-pads_soaked_per_hour = How many pads did you soak through in the last hour?
hint-pads_soaked_per_hour = Full-size pads only. Leave it blank if you do not know.
pad-light = Lightly stained: do not count
pad-half = Half soaked: do not count
pad-full = Soaked through: count it
pads-figure-caption = Count a pad only when it is soaked through, like the one on the right.
q-heavy_hours = For how many hours have you bled that much?
hint-heavy_hours = Hours in a row. A rough number is fine.
q-bleeding_days = How many days have you been bleeding?
hint-bleeding_days = A rough number is fine.
q-clots = Are you passing clots?
hint-clots = Clots are lumps of blood. Compare them with { coin }.
opt-clots-none = No clots
opt-clots-small = Small: smaller than { coin }
opt-clots-large = Large: bigger than { coin }
clots-figure-label = Drawing: a small clot is smaller than { coin }. A large clot is bigger.
clot-small = Small clot
clot-large = Large clot
clots-figure-caption = Compared with { $coin }. This is a guide, not an exact size.

group-pain = Pain
q-pain = How bad is your pain right now?
hint-pain = 0 means no pain. 10 means the worst pain you can imagine. Leave it blank if you are not sure.
pain-scale-none = 0: no pain
pain-scale-moderate = 4: hard to ignore
pain-scale-severe = 7: hard to think or move
pain-scale-worst = 10: worst pain
q-pain_one_sided = The pain is mostly on one side of my tummy
hint-pain_one_sided = Low down, on the left or the right.
q-shoulder_tip_pain = I have pain in the tip of my shoulder
hint-shoulder_tip_pain = Where your shoulder ends and your arm begins. It may be worse when you lie down.
q-pain_worse_or_constant = The pain is getting worse, or it does not stop
hint-pain_worse_or_constant = Or painkillers do not help.
q-bowel_or_rectal_pain = It hurts when I poo, or I feel pressure in my bottom
hint-bowel_or_rectal_pain = It may feel like you need the toilet when you do not.

group-temperature = Temperature and infection
q-temperature = What is your temperature?
hint-temperature = Use a thermometer if you have one. Leave it blank if you have not measured it.
q-temperature_unit = Temperature unit
opt-unit-c = °C
opt-unit-f = °F
q-feels_feverish = I feel hot and cold, or shivery
hint-feels_feverish = Chills or shaking, even if you have no thermometer.
q-foul_discharge = I have smelly discharge from my vagina
hint-foul_discharge = It may smell bad, or look different from usual.

group-after = After a loss
group-after-hint = Only if your miscarriage or treatment is over. If not, skip these.
q-positive_test_weeks_after = How many weeks after treatment is your pregnancy test still positive?
hint-positive_test_weeks_after = Leave it blank if your test is negative, or you have not done one.
q-no_period_weeks = How many weeks since your loss, with no period yet?
hint-no_period_weeks = Leave it blank if your period has come back.
q-low_mood_weeks = How many weeks have you felt low or anxious, without it easing?
hint-low_mood_weeks = Feeling sad after a loss is normal. Tell us if it is not getting easier.

## Check my symptoms: problems with answers.

error-summary-title = Please check these answers
error-number = Enter a number, like { $example }.
error-range = Enter a number from { $min } to { $max }.
error-range-temp = Enter a temperature from { $min } to { $max } { $unit }.
error-temp-looks-f = That looks like °F. Choose °F, or enter your temperature in °C.
error-temp-looks-c = That looks like °C. Choose °C, or enter your temperature in °F.
error-pain = Choose a number from 0 to 10.
error-weeks = Enter weeks, or weeks and days like 7+3. Days go from 0 to 6.
error-choice = Choose one of the answers.
error-tick = Tick the box, or leave it empty.
error-invalid = Please check this answer.

## Check my symptoms: the result.

result-title = What to do now – Solace
result-actions = What to do now
result-why = Why
result-sources = Sources: { $list }
result-print = Print or save this page
result-change = Change my answers
result-start-again = Start again
call-emergency = Call { $number }
call-crisis = Call { $crisis }
call-same-day = Call NHS 111

## Settings.

settings-title = Settings – Solace
settings-heading = Your country and language
settings-intro = Your country sets the emergency number and the names of the services we show you.
settings-region = Where are you?
settings-region-hint = Choose where you are now.
settings-emergency = Emergency number: { $dial }
settings-lang = Language
settings-lang-auto = Match my browser, or else my country
settings-save = Save
settings-saved = Saved. Your choices are in use now.
settings-privacy = We keep your choices in a cookie on this device only.
settings-forbidden-title = Please try again
settings-forbidden = We could not save that, so nothing has changed. This can happen if the page was open for a long time. Please choose again and press Save.
settings-invalid = Please choose from the list.

## Other pages.

notfound-title = Page not found – Solace
notfound-heading = We could not find that page
notfound-text = The link may be old, or there may be a typing mistake. You have not done anything wrong.
notfound-home = Go to the home page
bad-request-title = Something went wrong
bad-request-text = We could not read what was sent. Please try again.

## The neutral page behind "Leave this site". Everyday words only: nothing about Solace.

away-title = Weather
away-heading = Weather today
away-today = Mostly cloudy, with sunny spells later in the day.
away-high = High: 14°
away-low = Low: 7°
away-wind = Wind: light breeze
away-tomorrow-heading = Tomorrow
away-tomorrow = Dry and bright in the morning. Some showers in the evening.
away-tip = Take a light jacket if you go out.

## ---- Results (issue 3, results pages): the nav item, the home door and the /results index. ----

nav-results = Results
home-results-door = What do my results mean?
home-results-door-hint = hCG blood tests, scan reports, dates, the numbers and your options.
results-title = What do my results mean? – Solace
results-heading = What do my results mean?
results-intro-1 = Waiting for results is hard. The numbers on a report can be hard to read, too.
results-intro-2 = Here you can see what medical guidelines say about your results. Solace does not diagnose. Your care team knows your whole story.
results-guidance-nice-local = We show UK guidance (NICE) first for your country. Other guidelines are there too, if you want them.
results-guidance-us-local = We show US guidance first for your country. Other guidelines are there too, if you want them.
results-guidance-nice-cautious = We show UK guidance (NICE) first. Where UK and US guidance differ, it is the more careful one. Other guidelines are there too, if you want them.
results-guidance-change = Change your country
results-door-hcg = hCG blood tests
results-door-hcg-hint = What a rise or fall between tests may mean.
results-door-scan = A scan report
results-door-scan-hint = What the sizes and words on your report mean under UK and US guidelines.
results-door-dates = How many weeks, and the due date
results-door-dates-hint = From your last period, or from a scan.
results-door-odds = The numbers
results-door-odds-hint = How common miscarriage is, with where each number comes from.
results-door-options = Your options
results-door-options-hint = The ways to manage a miscarriage, side by side.
