## en-US wording where it differs from en-GB (scan page).

scan-title = Understand my ultrasound report – Solace
scan-heading = Understand my ultrasound report
scan-intro = Copy what you can from your ultrasound (scan) report. Leave out anything you are not sure of. We will show you what the guidelines say about it.
scan-group-findings-hint = Sizes are in millimeters (mm). Leave a box empty if your report does not give it.
scan-hint-route = Your report may say TV or TVS (through the vagina), or TA or TAS (through the belly). If you are not sure, ask the office that did the scan.
scan-opt-route-transabdominal = Through the belly only (transabdominal)
scan-error-route = Choose how the scan was done. If you are not sure, your report or the office can tell you.
scan-result-title = What your ultrasound report may mean – Solace
scan-result-heading = What your ultrasound report may mean
scan-lead-nice-cautious = We show UK guidance (NICE) first. Where UK and US guidance differ, it is the more careful one: it never calls a loss from one ultrasound.
