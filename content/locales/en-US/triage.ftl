## en-US wording where it differs from en-GB.

safety-fever = you have a temperature of 100.4 °F (38 °C) or more, feel hot and shivery, or have smelly discharge
rule-fever = A temperature of 100.4 °F (38 °C) or more, or feeling hot and shivery, should be checked today.
rule-rectal-pain = Pain when you have a bowel movement, or pressure in your bottom, can be a sign of an ectopic pregnancy.
