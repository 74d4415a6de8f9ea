## Wellbeing check-ins (/wellbeing): PHQ-9, GAD-7 and PCL-5 (CLINICAL.md §7).
##
## The questionnaire wording below (stems, items and answer options, in the "published wording"
## sections) is copied exactly as its authors published it, US spelling and all. Do not edit it:
## crates/web/tests/wellbeing.rs pins every line against a copy of the published text.
## Everything else is Solace's own words: plain English, reading grade 7 or below, warm, no blame.

home-wellbeing-door = How am I feeling?
home-wellbeing-door-hint = Short check-ins on mood, worry and stress after a loss. Not a diagnosis.

diary-kind-wellbeing = Wellbeing check-in

wb-title = Wellbeing check-ins
wb-heading = How are you feeling?
wb-intro-1 = After a loss, many people feel sad, worried or on edge for a while. These short check-ins can help you see how you are doing, and when it may help to talk to someone.
wb-intro-2 = They are check-ins, not a diagnosis. Only a doctor or nurse who talks with you can say what is going on. Your answers can help you start that talk.
wb-intro-kept = Your diary is unlocked. After a check-in, you can choose to keep your answers in it.
wb-intro-forgotten = Your diary is not unlocked, so your answers will be shown to you and then forgotten. Nothing is kept.
wb-help-now = If you are thinking about harming yourself, please do not wait for a check-in.
wb-choose = Choose a check-in
wb-phq9-name = Mood (PHQ-9)
wb-phq9-about = 9 questions about low mood over the last 2 weeks.
wb-gad7-name = Worry (GAD-7)
wb-gad7-about = 7 questions about worry and feeling anxious over the last 2 weeks.
wb-pcl5-name = Stress after the loss (PCL-5)
wb-pcl5-about = 20 questions about how the loss may still be troubling you, over the past month.
wb-back = Back to check-ins

## The form

wb-form-intro = There are no right or wrong answers. Choose the answer that fits best. You can stop at any time.
wb-pcl5-intro = These questions talk about "a very stressful experience". Here, that means your pregnancy loss and what happened around it.
wb-question = Question { $n } of { $count }
wb-submit = See my result
wb-error-missing = Please choose an answer for question { $n }.
wb-error-choice = Please choose one of the answers for question { $n }.
wb-form-not-finished = You have not answered every question yet, so there is no result. Your answers are still here.
wb-loss-q = When was your loss? (you can leave this empty)
wb-loss-hint = Soon after a loss, many strong reactions are common and often ease. The date helps us read your answers with that in mind.
wb-loss-hint-diary = If you leave it empty, we use the date in your diary.
wb-error-loss-date = Enter the date of your loss, or leave it empty.
wb-error-loss-future = This date is after today. Please check it, or leave it empty.

## The result

wb-result-title = Your check-in result
wb-score = Your score: { $total } out of { $max }
wb-band-label = The questionnaire's authors call this: { $band }
wb-band-minimal = minimal
wb-band-mild = mild
wb-band-moderate = moderate
wb-band-moderately-severe = moderately severe
wb-band-severe = severe
wb-band-below-cut-point = below 31
wb-band-cut-point-range = from 31 to 33
wb-band-above-cut-point = above 33
wb-phq9-meaning-minimal = Your answers show few signs of low mood right now. Feelings can change from week to week, so check in again if things get harder.
wb-phq9-meaning-mild = Your answers show some signs of low mood. This is common after a loss. Be gentle with yourself, and check in again in 2 weeks.
wb-phq9-meaning-moderate = Your answers show a fair amount of low mood. It would help to talk to { service-doctor } about how you feel.
wb-phq9-meaning-moderately-severe = Your answers show a lot of low mood. Please talk to { service-doctor } soon. Help works, and you do not have to cope alone.
wb-phq9-meaning-severe = Your answers show a great deal of low mood. Please talk to { service-doctor } soon and show them this score. Help works, and you do not have to cope alone.
wb-gad7-meaning-minimal = Your answers show few signs of worry or anxiety right now. Check in again if things get harder.
wb-gad7-meaning-mild = Your answers show some worry and anxiety. This is common after a loss. Be gentle with yourself, and check in again in 2 weeks.
wb-gad7-meaning-moderate = Your answers show a fair amount of worry and anxiety. It would help to talk to { service-doctor } about how you feel.
wb-gad7-meaning-severe = Your answers show a lot of worry and anxiety. Please talk to { service-doctor } soon and show them this score. Help works, and you do not have to cope alone.
wb-pcl5-meaning-below-cut-point = Your score is below 31. The checklist's authors suggest a closer look from 31 to 33 and up. If the loss still troubles you, it is still fine to talk to someone.
wb-pcl5-meaning-cut-point-range = Your score is from 31 to 33. This is where the checklist's authors suggest a closer look by a doctor or therapist. Please talk to { service-doctor }.
wb-pcl5-meaning-above-cut-point = Your score is above 33. The checklist's authors suggest a closer look from 31 to 33 and up. Please talk to { service-doctor } soon and show them this score.
wb-pcl5-first-month = Your loss was less than 4 weeks ago. Reactions like these are common soon after a loss. At this stage they are a sign of acute stress, and they often ease over the next few weeks.
wb-pcl5-first-month-help = If they feel too much to cope with now, you do not have to wait. Talk to { service-doctor }.
wb-pcl5-first-month-recheck = This check-in tells you the most from 4 weeks after the loss. You could check in again on { $date }.
wb-pcl5-timing-unknown = We do not know when your loss was. If it was less than 4 weeks ago, reactions like these are common and often ease. This check-in tells you the most from 4 weeks after the loss.
wb-pcl5-loss-from-diary = The date of your loss from your diary: { $date }. If you meant another loss, take the check-in again and enter its date.
wb-clusters-heading = Your score in parts
wb-clusters-intro = The 20 questions fall into 4 groups. Your doctor may find these useful.
wb-cluster-B = Memories, dreams and reliving (questions 1 to 5)
wb-cluster-C = Keeping away from reminders (questions 6 and 7)
wb-cluster-D = Thoughts and feelings (questions 8 to 14)
wb-cluster-E = Feeling on edge (questions 15 to 20)
wb-cluster-score = { $subtotal } out of { $max }
wb-not-diagnosis = This is a check-in, not a diagnosis. A score cannot tell you what is wrong. Only a doctor or nurse who talks with you can do that.
wb-contact-heading = Who can help
wb-contact-doctor = You can talk to { service-doctor }. They can listen, and help you find support, such as talking therapy.
wb-contact-mental-health = { $region ->
    [uk] You can also contact NHS mental health services near you.
    [ie] You can also contact HSE mental health services near you.
   *[other] You can also contact a mental health service near you.
}
wb-contact-crisis = If you ever have thoughts of harming yourself, call { $crisis } or { $number }.
wb-contact-crisis-other = If you ever have thoughts of harming yourself, call your local crisis line or { $number }.
wb-sources = Source:
wb-again = Take another check-in

## Keeping the result

wb-keep-heading = Keep this in your diary
wb-keep-text = You can keep these answers in your private diary, to see how things change over time.
wb-keep = Keep in my diary
wb-not-kept = Your diary is not unlocked, so this result was not kept. It is shown once and then forgotten.
wb-keep-locked = Your diary locked itself, so this result was not kept. Unlock your diary and take the check-in again to keep it.

## Re-check reminders

wb-remind-heading = Check in again
wb-remind-two-weeks = These questions ask about the last 2 weeks. Checking in again in 2 weeks shows how things change.
wb-remind-one-month = These questions ask about the past month. Checking in again in a month shows how things change.
wb-remind-button-two-weeks = Remind me in 2 weeks (calendar file)
wb-remind-button-one-month = Remind me in a month (calendar file)
wb-remind-four-weeks = Checking in again 4 weeks after your loss shows how things are changing.
wb-remind-button-four-weeks = Remind me on { $date } (calendar file)

## The trend (diary unlocked)

wb-trend-heading = Your check-ins over time
wb-trend-intro = Each dot is a check-in you kept. The dashed lines show where the bands start.
wb-trend-when = When
wb-trend-score = Score
wb-trend-band = Band

## The crisis response (PHQ-9 question 9 above 0), shown before anything else

wb-crisis-heading = Please reach out for support now
wb-crisis-text = You said you have had thoughts that you would be better off dead, or of hurting yourself. You matter. Help is there for you right now, whatever your other answers.
wb-crisis-then = When you feel ready, your check-in is below.
wb-crisis-pcl5-heading = Please reach out for support
wb-crisis-pcl5-text = You said that taking too many risks, or doing things that could harm you, has bothered you "moderately" or more. You matter. If you might harm yourself, help is there for you right now, whatever your other answers.
wb-crisis-text-line = Text { $text }

## Published wording: PHQ-9 [kroenke-2001] (Pfizer PHQ-9 form). Do not edit.

wb-phq9-stem = Over the last 2 weeks, how often have you been bothered by any of the following problems?
wb-phq9-item-1 = Little interest or pleasure in doing things
wb-phq9-item-2 = Feeling down, depressed, or hopeless
wb-phq9-item-3 = Trouble falling or staying asleep, or sleeping too much
wb-phq9-item-4 = Feeling tired or having little energy
wb-phq9-item-5 = Poor appetite or overeating
wb-phq9-item-6 = Feeling bad about yourself — or that you are a failure or have let yourself or your family down
wb-phq9-item-7 = Trouble concentrating on things, such as reading the newspaper or watching television
wb-phq9-item-8 = Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual
wb-phq9-item-9 = Thoughts that you would be better off dead or of hurting yourself in some way

## Published wording: GAD-7 [spitzer-2006] (Pfizer GAD-7 form). Do not edit.

wb-gad7-stem = Over the last 2 weeks, how often have you been bothered by the following problems?
wb-gad7-item-1 = Feeling nervous, anxious, or on edge
wb-gad7-item-2 = Not being able to stop or control worrying
wb-gad7-item-3 = Worrying too much about different things
wb-gad7-item-4 = Trouble relaxing
wb-gad7-item-5 = Being so restless that it is hard to sit still
wb-gad7-item-6 = Becoming easily annoyed or irritable
wb-gad7-item-7 = Feeling afraid as if something awful might happen

## Published answer options for the PHQ-9 and GAD-7. Do not edit.

wb-freq-0 = Not at all
wb-freq-1 = Several days
wb-freq-2 = More than half the days
wb-freq-3 = Nearly every day

## Published wording: PCL-5 [weathers-2013] (National Center for PTSD, PCL-5 standard form).
## Do not edit. The instruction's "circle one of the numbers to the right" is the only change:
## on a screen it reads "choose one of the answers".

wb-pcl5-instruction = Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then choose one of the answers to indicate how much you have been bothered by that problem in the past month.
wb-pcl5-stem = In the past month, how much were you bothered by:
wb-pcl5-item-1 = Repeated, disturbing, and unwanted memories of the stressful experience?
wb-pcl5-item-2 = Repeated, disturbing dreams of the stressful experience?
wb-pcl5-item-3 = Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?
wb-pcl5-item-4 = Feeling very upset when something reminded you of the stressful experience?
wb-pcl5-item-5 = Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?
wb-pcl5-item-6 = Avoiding memories, thoughts, or feelings related to the stressful experience?
wb-pcl5-item-7 = Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?
wb-pcl5-item-8 = Trouble remembering important parts of the stressful experience?
wb-pcl5-item-9 = Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?
wb-pcl5-item-10 = Blaming yourself or someone else for the stressful experience or what happened after it?
wb-pcl5-item-11 = Having strong negative feelings such as fear, horror, anger, guilt, or shame?
wb-pcl5-item-12 = Loss of interest in activities that you used to enjoy?
wb-pcl5-item-13 = Feeling distant or cut off from other people?
wb-pcl5-item-14 = Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?
wb-pcl5-item-15 = Irritable behavior, angry outbursts, or acting aggressively?
wb-pcl5-item-16 = Taking too many risks or doing things that could cause you harm?
wb-pcl5-item-17 = Being "superalert" or watchful or on guard?
wb-pcl5-item-18 = Feeling jumpy or easily startled?
wb-pcl5-item-19 = Having difficulty concentrating?
wb-pcl5-item-20 = Trouble falling or staying asleep?

## Published answer options for the PCL-5. Do not edit.

wb-pcl-0 = Not at all
wb-pcl-1 = A little bit
wb-pcl-2 = Moderately
wb-pcl-3 = Quite a bit
wb-pcl-4 = Extremely
