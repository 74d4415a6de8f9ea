## en-US wording where it differs from en-GB (dates page).

dates-hint-crl_mm = Your ultrasound report may say CRL: crown–rump length, the length of the embryo.
dates-hint-msd_mm = Your ultrasound report may say MSD: mean sac diameter. This gives only a rough guide, very early on.
dates-opt-method-crl = From the embryo's length on an ultrasound (CRL)
dates-opt-method-msd = From the pregnancy sac's size on an ultrasound (MSD)
dates-q-scan_date = Date of the ultrasound
dates-no-due = Add the date of the ultrasound to work out a due date too.
