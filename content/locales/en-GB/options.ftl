## en-GB text for the options page (issue 3). What happens, how long, the figures and the
## questions are English from solace-clinical; only the page around them is here.

options-title = Your options for managing a miscarriage – Solace
options-heading = Your options for managing a miscarriage
options-content-note = This page talks about miscarriage and how it is treated.
options-intro-1 = There are usually three ways to manage a miscarriage. There is no wrong choice.
options-intro-2 = Your care team will help you decide what suits you. Some people cannot have every option, because of their health or their scan.
options-on-this-page = On this page
options-what = What happens
options-how-long = How long it takes
options-regimens-intro = UK guidance (NICE) has two medicine plans. Which one you are offered depends on the type of miscarriage.
options-how-often = How often it works
options-ask = Questions you could ask
options-aftercare = After any of these
options-safety = Get help at once
options-contact = Questions about your choices? Talk to { service-epu }.
options-source = Source: { $list }
options-confidence-verified = checked in the study itself
options-confidence-secondary = checked in a trusted summary
options-confidence-unverified = a rough guide
