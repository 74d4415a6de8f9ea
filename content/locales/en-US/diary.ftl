## The private diary: only where US wording differs.

diary-f-colour = Color
diary-o-bottom = Rectum or bottom

## more entry kinds and auto-delete

diary-kind-scan = Ultrasound
diary-o-paracetamol = Acetaminophen (Tylenol)
diary-f-showed = What did the ultrasound show?
diary-o-scan-in_womb = A pregnancy in the uterus (womb)
diary-o-scan-early_pregnancy_loss = The pregnancy in the uterus had stopped developing (early pregnancy loss)
diary-o-scan-tissue_remaining = Some pregnancy tissue is still in the uterus
diary-o-scan-womb_empty = The uterus is empty
diary-o-scan-ectopic = A pregnancy outside the uterus (ectopic)

## The help banner and recovery cards

diary-where-lower_middle = low in the middle of your belly
diary-where-bottom = in your rectum or bottom
diary-account-hint = Pick a name that only you would know. Please do not use your email address or your real name.
