## The private diary (/diary). Warm, short, never diagnostic. No pregnancy countdowns.

nav-diary = Diary
home-diary-door = My private diary
home-diary-door-hint = Write down bleeding, pain, tests and how you feel. Locked with your passphrase.

diary-title = Diary
diary-heading = Your diary
diary-no-store = The diary is not set up on this computer.
diary-store-error = Something went wrong on our side. Your diary is safe. Please try again.
diary-back = Back to the diary
diary-home = Go to the start page
diary-nav-label = Diary
diary-nav-timeline = Timeline
diary-nav-recovery = Recovery
diary-lock = Lock
diary-forbidden-title = This form could not be checked
diary-forbidden-text = Nothing was changed. Please go back, reload the page and try again.

diary-new-title = Start your diary
diary-new-heading = Start your private diary
diary-new-intro = Your diary keeps track of bleeding, pain, tests and how you feel, so you do not have to remember.
diary-new-private = It is locked with a passphrase that only you know. We cannot read it or open it for you.
diary-choose-passphrase = Choose a passphrase
diary-new-passphrase-hint = At least { $min } characters, or { $words } words. A few words you will remember work well, like "blue kettle quiet river".
diary-new-passphrase-short = At least 12 characters, or 4 words. A few words work well.
diary-confirm = Type the passphrase again
diary-new-submit = Start my diary
diary-new-one = This computer keeps one diary.
diary-account = Account name
diary-account-hint = Pick a name that only you would know. Please do not use your e-mail address or your real name.
diary-create-link = Start a new diary

diary-code-title = Your recovery code
diary-code-heading = Save your recovery code
diary-code-intro = If you forget your passphrase, this code is the only way back into your diary.
diary-code-write = Write it down, or save it somewhere private.
diary-code-once = We will show it only this once.
diary-code-private = Anyone with this code can open your diary, so keep it safe.
diary-code-saved = I have saved my recovery code
diary-code-continue = Continue to my diary

diary-unlock-title = Unlock your diary
diary-unlock-heading = Unlock your diary
diary-unlock-intro = Type your passphrase to open your diary.
diary-passphrase = Passphrase
diary-unlock-submit = Unlock
diary-forgot = Forgot your passphrase? Use your recovery code
diary-session-ended = Your diary locked itself to keep it private. Please unlock it again.

diary-recover-title = Use your recovery code
diary-recover-heading = Use your recovery code
diary-recover-intro = Type the recovery code you saved, then choose a new passphrase. You will get a new recovery code.
diary-recover-code = Recovery code
diary-recover-code-hint = 25 letters and numbers. Dashes and spaces do not matter.
diary-recover-submit = Unlock and set new passphrase

diary-passphrase-title = Change passphrase
diary-passphrase-heading = Change your passphrase
diary-current-passphrase = Your passphrase now
diary-new-passphrase = New passphrase
diary-passphrase-submit = Change passphrase
diary-passphrase-done = Your passphrase is changed. Other devices will need the new one. Your old recovery code no longer works, so here is a new one.
diary-passphrase-link = Change passphrase

diary-delete-title = Delete everything
diary-delete-heading = Delete your whole diary
diary-delete-warning = This deletes every entry and your passphrase. It cannot be undone.
diary-delete-word = delete
diary-delete-type = To be sure, type the word "{ $word }"
diary-delete-submit = Delete everything
diary-delete-link = Delete everything
diary-deleted-heading = Your diary is deleted
diary-deleted-text = Everything you wrote is gone. You can start again any time.

diary-error-short = Please use at least { $min } characters, or { $words } words.
diary-error-common = Many people use this passphrase, so it is easy to guess. Please choose another. A few words work well.
diary-error-mismatch = The two passphrases are not the same. Please type them again.
diary-error-account = Please type your account name.
diary-error-account-taken = We could not start a diary with this name. Please choose another name.
diary-error-exists = There is already a diary on this computer. Please unlock it instead.
diary-error-unlock = That passphrase did not open the diary. Please try again.
diary-error-unlock-account = That name and passphrase did not open a diary. Please try again.
diary-error-wait = Too many tries. Please wait { $minutes } minutes and try again.
diary-error-wait-code = Your recovery code still works now: choose “Forgot your passphrase?” below the form.
diary-error-saved = Please tick the box once your code is safe.
diary-error-code = That recovery code did not open the diary. Please check it and try again.
diary-error-code-shape = A recovery code is 25 letters and numbers.
diary-error-word = Please type the word "{ $word }".
diary-error-number = Please type a number, like 2.
diary-error-choice = Please pick one of the choices.
diary-error-missing = Please fill this in.
diary-error-text = Please write something.
diary-error-range = Please type a number from { $min } to { $max }.
diary-error-when = Please check the date and time. It cannot be in the future.

diary-add = Add an entry
diary-add-title = Add an entry
diary-edit-title = Change an entry
diary-add-heading = What would you like to add?
diary-add-intro = Pick one. The time is now unless you change it.
diary-kind-bleeding = Bleeding
diary-kind-hcg = hCG blood test
diary-kind-pain = Pain
diary-kind-temperature = Temperature
diary-kind-pregnancy_test = Pregnancy test
diary-kind-event = What happened
diary-kind-note = Note
diary-kind-question = A question to ask
diary-kind-other = Entry

diary-f-pads = How many pads did you soak through in the last hour?
diary-f-pads-hint = Count only pads soaked right through. Leave blank if you are not sure.
diary-f-fullness = How full is the pad?
diary-f-clots = Any clots?
diary-f-colour = Colour
diary-f-hcg = hCG result
diary-f-hcg-hint = The number on your blood test result.
diary-f-unit = Unit
diary-f-pain = How bad is the pain?
diary-f-pain-hint = 0 is no pain. 10 is the worst pain you can imagine.
diary-f-where = Where is the pain?
diary-f-temp = Temperature
diary-f-result = Result
diary-f-event = What happened?
diary-f-management = If you chose care, which one?
diary-f-medicine = If you took a medicine, which one?
diary-f-text = Your note
diary-f-question = What do you want to ask your doctor or nurse?
diary-f-note = Anything else? (optional)
diary-f-when = When
diary-f-when-hint = Leave blank for now.
diary-f-date = Date
diary-f-time = Time
diary-save = Save
diary-entry-delete = Delete this entry

diary-o-light = Light
diary-o-moderate = Half soaked
diary-o-full = Soaked through
diary-o-none = None
diary-o-small = Smaller than the coin
diary-o-large = Bigger than the coin
diary-o-pink = Pink
diary-o-red = Red
diary-o-dark_red = Dark red
diary-o-brown = Brown
diary-o-iu = IU/L
diary-o-miu = mIU/mL
diary-o-lower_middle = Low in the middle
diary-o-left_side = Left side
diary-o-right_side = Right side
diary-o-shoulder_tip = Tip of the shoulder
diary-o-back = Back
diary-o-bottom = Bottom
diary-o-other = Somewhere else
diary-o-negative = Negative
diary-o-faint = Faint line
diary-o-positive = Positive
diary-o-loss_confirmed = Loss confirmed
diary-o-management_chosen = Care chosen
diary-o-medication_taken = Medicine taken
diary-o-surgery = Procedure done
diary-o-pregnancy_ended = My pregnancy has ended
diary-o-period_returned = My period came back
diary-o-expectant = Waiting for it to happen naturally
diary-o-medication = Medicine
diary-o-surgery-care = A procedure
diary-o-mifepristone = Mifepristone
diary-o-misoprostol = Misoprostol

diary-empty = Nothing here yet. When you add an entry, it shows here by day.
diary-unreadable = Some entries could not be opened. They are kept as they are.
diary-days = By day
diary-edit = Change
diary-d-pads = pads an hour
diary-d-clots = clots
diary-chart-pads = Pads soaked in an hour
diary-chart-pbac = Bleeding score by day
diary-chart-pbac-note = (for trends only, not a diagnosis)
diary-chart-by-day = (the highest each day)
diary-chart-by-week = (the highest each week)
diary-chart-by-month = (the highest each month)
diary-pages-label = Pages of your diary
diary-newer = Newer entries
diary-older = Older entries
diary-page-of = Page { $page } of { $pages }
diary-chart-pain = Pain, 0 to 10
diary-chart-temperature = Temperature, °C
diary-chart-hcg = hCG, IU/L
diary-hcg-open = What do my hCG results mean?
diary-table-when = When
diary-table-value = Value

diary-recovery-title = Recovery
diary-recovery-heading = Your recovery
diary-recovery-intro = This page compares your diary with what usually happens. It is a guide, not a diagnosis.
diary-flags-heading = Things to check
diary-sources = Sources:
diary-check-now = Check these symptoms now
diary-no-flags = Nothing in your diary needs a check right now. If you feel worse, check your symptoms any time.
diary-course-heading = What happened
diary-course-none = Nothing recorded yet.
diary-course-record = Record what happened:
diary-expected-heading = What usually happens
diary-reminders-heading = Reminders
diary-reminders-intro = Add these to your calendar. Each one only says "Check-in", in case others can see your calendar.
diary-reminder-test = Pregnancy test
diary-reminder-week-2 = Check-in at 2 weeks
diary-reminder-week-6 = Check-in at 6 weeks
diary-reminder-later = Check-in: period may come back
diary-reminder-download = Add to calendar
diary-ics-check-in = Check-in

## more entry kinds and auto-delete

diary-kind-medication = Medicine
diary-kind-mood = How I feel
diary-kind-scan = Scan
diary-kind-photo = Photo
diary-f-medication = Which medicine?
diary-f-medication-other = Or type its name
diary-o-paracetamol = Paracetamol
diary-o-ibuprofen = Ibuprofen
diary-o-medicine-other = Another medicine
diary-f-dose = Dose (optional)
diary-f-dose-hint = As it says on the box or prescription, like 400 mg or 2 tablets. The time goes under "When".
diary-f-mood = How are you feeling?
diary-f-mood-hint = 0 is very low. 10 is very good. Any answer is all right.
diary-f-words = A few words (optional)
diary-f-words-hint = Only if you want to.
diary-f-showed = What did the scan show?
diary-o-scan-in_womb = A pregnancy in the womb
diary-o-scan-early_pregnancy_loss = The pregnancy in the womb had stopped developing (early pregnancy loss)
diary-o-scan-tissue_remaining = Some pregnancy tissue is still in the womb
diary-o-scan-womb_empty = The womb is empty
diary-o-scan-not_seen = The pregnancy could not be seen
diary-o-scan-ectopic = A pregnancy outside the womb (ectopic)
diary-o-scan-other = Something else
diary-error-medicine-name = Please pick a medicine or type its name.
diary-error-too-long = Please keep this to { $max } characters or fewer.
diary-settings-title = Diary settings
diary-settings-heading = Diary settings
diary-settings-link = Diary settings
diary-settings-done = Saved.
diary-sign-out-everywhere = Sign out everywhere
diary-sign-out-everywhere-hint = This locks your diary on every device and browser where it is open, this one too.

diary-attempts-title = Welcome back
diary-attempts = { $count ->
    [one] There was 1 failed attempt to unlock your diary since your last visit.
   *[other] There were { $count } failed attempts to unlock your diary since your last visit.
}
diary-attempts-hint = If this was not you, someone may be trying to guess your passphrase. You can change it in the diary settings.
diary-attempts-continue = Continue to my diary
diary-auto-delete = Delete old entries automatically
diary-auto-delete-hint = Each time you open the diary, entries older than this are deleted for good. Off keeps everything.
diary-auto-delete-off = Off (keep everything)
diary-auto-delete-days = After { $days } days
diary-auto-deleted = { $count ->
    [one] As you chose, 1 older entry was deleted.
   *[other] As you chose, { $count } older entries were deleted.
}

## The help banner and recovery cards: what was recorded, and what to do at each level
## ("now" at urgent and emergency, "today" at same day). { $what } is one of the diary-what-*
## phrases below; { $date } is like "22 Nov".

diary-alert-also = Also in your diary:
diary-you-recorded = You recorded { $what } on { $date }.
diary-you-also-recorded = You also recorded { $what } on { $date }.
diary-what-pads = { $n } soaked { $n ->
    [one] pad
   *[other] pads
} in an hour
diary-what-bleeding = { $amount ->
    [spotting] spotting
    [moderate] moderate bleeding
    [heavy] heavy bleeding
    [none] no bleeding
   *[light] light bleeding
}
diary-what-with-clots = { $what } with { $size ->
    [large] large clots
   *[small] small clots
}
diary-what-pain = pain of { $score } out of 10
diary-where-lower_middle = low in the middle of your tummy
diary-where-left_side = on the left side
diary-where-right_side = on the right side
diary-where-shoulder_tip = in the tip of your shoulder
diary-where-back = in your back
diary-where-bottom = in your bottom
diary-where-other = somewhere else
diary-what-temperature = a temperature of { $c } °C
diary-what-test = a { $result ->
    [faint] faint positive
    [negative] negative
   *[positive] positive
} pregnancy test
diary-what-medicine = taking { $medicine ->
    [mifepristone] mifepristone
    [misoprostol] misoprostol
   *[unknown] the medicine
}
diary-what-harm = thoughts of harming yourself, in a check-in
diary-what-entry = an entry
diary-do-emergency = Call { $number } now.
diary-do-urgent = Go to { service-ed } now. If you cannot get there safely, call { $number }.
diary-do-same_day = Contact { service-epu } today, before the evening.
diary-do-soon = Arrange to see { service-doctor } in the next few days.

## What happened, as recorded

diary-course-chosen = Care chosen: { $care }
diary-course-taken = Medicine taken: { $medicine }

## Reminders in a calendar: the title stays "Check-in" (a lock screen shows it); the notes say
## what to do.

diary-ics-do-pregnancy-test-3-weeks = Do a home pregnancy test today. If it shows positive, even a faint line, contact { service-epu }. If you need help at once, call { $number }.
diary-ics-do-check-in-2-weeks = How are you? Note your bleeding, pain and mood in your diary. If bleeding is not easing, or you have felt low for 2 weeks or more, contact { service-doctor }. If you need help at once, call { $number }.
diary-ics-do-check-in-6-weeks = How are you? Note in your diary if your period has come back. If you still feel low or worried, talk to { service-doctor }. If you need help at once, call { $number }.
diary-ics-do-period-expected = Your period may come back around now. Note it in your diary when it does. If none has come by about 8 weeks, see { service-doctor }. If you need help at once, call { $number }.
diary-ics-do-wellbeing-check-in = Time to take your check-in again. If you are finding things hard, talk to { service-doctor }. If you need help at once, call { $number }.
diary-passphrase-again-hint = We ask for it again before your whole diary leaves Solace or is deleted. This keeps it safe if someone else is using this computer.
diary-error-passphrase-again = Please type your passphrase. We ask for it again before your whole diary leaves Solace or is deleted.

## A full diary (the server's limits for one diary)
diary-full-entries = Your diary is full. It can keep { $max } entries, so this one was not saved. What you typed is still here. Deleting some old entries makes room.
diary-full-photos = Your diary can keep { $max } photos, and it has that many now. This photo was not saved, but your note is still here. Deleting a photo you no longer need makes room.
diary-full-bytes = Your diary is full. It can keep { $max } MB in all, so this was not saved. What you typed is still here. Deleting a photo or two makes room.

## Backups on the web (the same file as `solace export --format backup`)
backup-title = Backup – Solace
backup-heading = Back up your diary
backup-intro = A backup is one file with your whole diary in it, locked with your passphrase. Nobody can read it without your passphrase. Keep it somewhere safe. You can use it to move your diary to another Solace.
backup-download = Download an encrypted backup
backup-import-link = Import a backup
backup-import-title = Import a backup – Solace
backup-import-heading = Import a backup
backup-import-intro-hosted = This makes a new diary from a backup file. Choose a new account name for it. You will open it with the passphrase you had when you made the backup.
backup-import-intro-local = This puts a backup file into this diary. It only works while this diary is empty. You will open it with the passphrase you had when you made the backup.
backup-import-passphrase = The backup's passphrase
backup-import-passphrase-hint = The passphrase you had when you made the backup.
backup-import-passphrase-missing = Please type the passphrase you had when you made the backup.
backup-import-file = Backup file
backup-import-submit = Import the backup
backup-import-busy = Solace is busy bringing in another backup. Your file was not read. Please try again in a minute.
backup-imported-heading = Your backup is in
backup-imported = { $count ->
    [one] We brought in 1 entry. Your diary opens with the passphrase you had when you made the backup.
   *[other] We brought in { $count } entries. Your diary opens with the passphrase you had when you made the backup.
}
backup-imported-unlock = Open your diary
backup-error-missing = Please choose the backup file.
backup-error-too-large = This file is larger than { $max } MB, so it is not a Solace backup. Nothing was changed.
backup-error-damaged = This backup file is damaged or cut short. Nothing was changed. Please try the file again, or another copy of it.
backup-error-not-backup = This is not a Solace backup file. Nothing was changed. Please choose the file that Solace gave you.
backup-error-format = This backup was made by a newer Solace, so this one cannot read it. Nothing was changed.
backup-error-passphrase = This passphrase does not open the backup. Nothing was changed. Please use the passphrase you had when you made the backup.
backup-error-changed = Part of this backup was changed or damaged, so nothing was brought in.
backup-error-too-much = This backup holds more than this server lets one diary keep, so nothing was brought in.
backup-error-diary-exists = There is a diary here already, so the backup was not brought in. A backup can only go into an empty diary. Your diary has not changed.
## Hosted mode: outages, a full queue, per-IP limits, registration closed or by invite.
diary-unavailable-title = We cannot reach your diary right now
diary-unavailable = Solace cannot reach its records right now. Your entries are safe. Please try again in a minute.
diary-unavailable-not-saved = This entry was not saved yet. Please add it again in a minute.
diary-busy-title = Solace is very busy
diary-busy = A lot of people are opening their diaries right now. Nothing was changed. Please try again in a moment.
limit-title = Please wait a little
limit-text = There have been a lot of tries from your connection in a short time. Please wait { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }, then try again.
limit-safe = Your diary and your entries are safe.
diary-closed-title = New diaries are closed
diary-closed = This Solace is not taking new diaries right now. If you already have a diary, you can still open it.
diary-invite = Invite code
diary-invite-hint = The people who run this Solace give out this code.
diary-error-invite = This invite code is not right. Please check it and try again.
