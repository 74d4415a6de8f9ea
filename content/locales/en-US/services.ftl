## en-US wording where it differs from en-GB. Anything not here falls back to en-GB.
## Names of services still follow the region: someone in the UK reading US English goes to A&E.

service-ed = { $region ->
    [uk] A&E
    [ie] the emergency department or your maternity hospital's emergency service
    [au] the emergency department
    [nz] the emergency department
   *[other] the emergency room (ER)
}
service-doctor = { $region ->
    [uk] your GP
    [ie] your GP
    [au] your GP
    [nz] your GP
    [ca] your family doctor
   *[other] your doctor or OB-GYN
}
coin = { $region ->
    [uk] a 10p coin
    [ie] a coin about 1 inch (2.5 cm) across
    [au] a coin about 1 inch (2.5 cm) across
    [nz] a coin about 1 inch (2.5 cm) across
   *[other] a quarter
}
