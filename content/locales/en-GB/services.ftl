## Region-aware names for services and numbers. Every message may use:
## $region (uk, us, ie, ca, au, nz, other), $number (emergency number as shown),
## $crisis (crisis line name and number, or empty), $coin (the region's reference coin).

## At `urgent`, CLINICAL.md §1 (2026-12): uk A&E [nice-qs69]; ie the emergency department or the
## maternity hospital's emergency service [hse-maternity-emergency]; au the emergency department
## [thewomens-epas]; us, ca, nz, other the emergency department. Never a GP or OB office.
service-ed = { $region ->
    [uk] A&E
    [ie] the emergency department or your maternity hospital's emergency service
    [us] the emergency room (ER)
   *[other] the emergency department
}
## Whom to contact the same day (CLINICAL.md §1 `same_day`).
service-same-day = { $region ->
    [uk] your early pregnancy unit (EPU) or your GP
    [ie] your GP or your maternity hospital
    [us] your OB-GYN or doctor's office
    [ca] your family doctor or OB-GYN
    [au] your GP or your hospital's early pregnancy service
    [nz] your midwife or GP
   *[other] your doctor or maternity unit
}
service-epu = { $region ->
    [uk] your early pregnancy unit (EPU)
    [ie] your early pregnancy unit
    [us] your OB-GYN
    [ca] your family doctor or OB-GYN
    [au] your early pregnancy assessment service
    [nz] your midwife or GP
   *[other] your doctor or maternity unit
}
service-doctor = { $region ->
    [uk] your GP
    [ie] your GP
    [au] your GP
    [nz] your GP
    [us] your doctor or OB-GYN
    [ca] your family doctor
   *[other] your doctor
}
coin = { $region ->
    [uk] a 10p coin
    [us] a quarter
    [ca] a quarter
   *[other] a coin about 2.5 cm across
}
