## Region-aware names for services and numbers. Every message may use:
## $region (uk, us, ie, ca, au, nz, other), $number (emergency number as shown),
## $crisis (crisis line name and number, or empty), $coin (the region's reference coin).

service-ed = { $region ->
    [uk] A&E
    [us] the emergency room (ER)
   *[other] the emergency department
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
