//! Properties over generated diaries: timeline order, no false rises, red flags never lower the
//! recovery urgency, flags never below triage, implied answers always valid, JSON round trips.

use super::*;
use crate::region::Region;
use crate::triage::{Clots, Urgency, triage};
use chrono::FixedOffset;
use proptest::prelude::*;

const OFFSETS: [i32; 6] = [-8 * 3600, -5 * 3600, 0, 3600, 19_800, 36_000];

fn offset() -> impl Strategy<Value = FixedOffset> {
    prop::sample::select(OFFSETS.to_vec()).prop_map(|s| FixedOffset::east_opt(s).unwrap())
}

fn at_minutes_ago(max: i64) -> impl Strategy<Value = DateTime<FixedOffset>> {
    (0..max, offset()).prop_map(|(m, o)| (now() - TimeDelta::minutes(m)).with_timezone(&o))
}

fn bleeding_kind() -> impl Strategy<Value = EntryKind> {
    (
        prop::option::of(0u8..=8),
        prop::option::of(prop::sample::select(vec![
            PadFullness::Light,
            PadFullness::Moderate,
            PadFullness::Full,
        ])),
        prop::option::of(prop::sample::select(vec![
            Clots::None,
            Clots::Small,
            Clots::Large,
        ])),
        prop::option::of(prop::sample::select(vec![Colour::Red, Colour::Brown])),
        prop::option::of(prop::sample::select(vec![
            crate::triage::Bleeding::None,
            crate::triage::Bleeding::Spotting,
            crate::triage::Bleeding::Light,
            crate::triage::Bleeding::Moderate,
            crate::triage::Bleeding::Heavy,
        ])),
    )
        .prop_map(|(half_pads, pad_fullness, clots, colour, amount)| {
            let mut b = BleedingEntry {
                pads_soaked_per_hour: half_pads.map(|h| f64::from(h) / 2.0),
                pad_fullness,
                clots,
                colour,
                amount,
            };
            if b.amount == Some(crate::triage::Bleeding::None) {
                // Keep it valid: "none" goes with nothing that shows blood.
                b.pads_soaked_per_hour = b.pads_soaked_per_hour.map(|_| 0.0);
                b.pad_fullness = None;
                b.clots = b.clots.map(|_| Clots::None);
            }
            EntryKind::Bleeding(b)
        })
}

fn event_kind() -> impl Strategy<Value = EntryKind> {
    (
        prop::sample::select(vec![
            EventKind::LossConfirmed,
            EventKind::ManagementChosen,
            EventKind::MedicationTaken,
            EventKind::Surgery,
            EventKind::PregnancyEnded,
            EventKind::PeriodReturned,
        ]),
        prop::option::of(prop::sample::select(vec![
            Management::Expectant,
            Management::Medication,
            Management::Surgery,
        ])),
        prop::option::of(prop::sample::select(vec![
            Medicine::Mifepristone,
            Medicine::Misoprostol,
        ])),
    )
        .prop_map(|(event, management, medicine)| EntryKind::Event {
            event,
            management: management.filter(|_| event == EventKind::ManagementChosen),
            medicine: medicine.filter(|_| event == EventKind::MedicationTaken),
        })
}

fn place() -> impl Strategy<Value = PainPlace> {
    prop::sample::select(vec![
        PainPlace::LowerMiddle,
        PainPlace::LeftSide,
        PainPlace::RightSide,
        PainPlace::ShoulderTip,
        PainPlace::Back,
        PainPlace::Bottom,
        PainPlace::Other,
    ])
}

fn showed() -> impl Strategy<Value = ScanShowed> {
    prop::sample::select(vec![
        ScanShowed::InWomb,
        ScanShowed::EarlyPregnancyLoss,
        ScanShowed::TissueRemaining,
        ScanShowed::WombEmpty,
        ScanShowed::NotSeen,
        ScanShowed::Ectopic,
        ScanShowed::Other,
    ])
}

fn kind() -> impl Strategy<Value = EntryKind> {
    prop_oneof![
        3 => bleeding_kind(),
        1 => (0u8..=10, prop::option::of(place()))
            .prop_map(|(score, place)| EntryKind::Pain { score, place }),
        1 => (350u32..=410).prop_map(|t| EntryKind::Temperature {
            reading: Temperature::Celsius(f64::from(t) / 10.0)
        }),
        1 => (986u32..=1050).prop_map(|t| EntryKind::Temperature {
            reading: Temperature::Fahrenheit(f64::from(t) / 10.0)
        }),
        1 => prop::sample::select(vec![
            TestResult::Negative,
            TestResult::Faint,
            TestResult::Positive
        ])
        .prop_map(|result| EntryKind::PregnancyTest { result }),
        2 => event_kind(),
        1 => showed().prop_map(|showed| EntryKind::Scan { showed }),
        1 => (1u32..5000).prop_map(|v| EntryKind::Hcg { iu_per_l: f64::from(v) }),
        1 => (0u8..=10).prop_map(|score| EntryKind::Mood { score, words: None }),
    ]
}

/// Up to 30 entries over the last 60 days.
fn diary() -> impl Strategy<Value = Vec<Entry>> {
    prop::collection::vec((at_minutes_ago(60 * 24 * 60), kind()), 0..30).prop_map(|v| {
        v.into_iter()
            .map(|(at, kind)| Entry {
                at,
                kind,
                note: None,
            })
            .collect()
    })
}

/// An entry that is a red flag in itself, recorded in the last 24 hours (a scan showing an
/// ectopic pregnancy may be older).
fn red_flag() -> impl Strategy<Value = Entry> {
    let recent = || at_minutes_ago(23 * 60 + 30);
    prop_oneof![
        (recent(), 4u8..=40).prop_map(|(at, half)| Entry {
            at,
            kind: EntryKind::Bleeding(BleedingEntry {
                pads_soaked_per_hour: Some(f64::from(half) / 2.0),
                ..BleedingEntry::default()
            }),
            note: None,
        }),
        (recent(), 380u32..=420).prop_map(|(at, t)| Entry {
            at,
            kind: EntryKind::Temperature {
                reading: Temperature::Celsius(f64::from(t) / 10.0)
            },
            note: None,
        }),
        (recent(), 8u8..=10).prop_map(|(at, score)| Entry {
            at,
            kind: EntryKind::Pain { score, place: None },
            note: None,
        }),
        (recent(), 0u8..=10).prop_map(|(at, score)| Entry {
            at,
            kind: EntryKind::Pain {
                score,
                place: Some(PainPlace::ShoulderTip)
            },
            note: None,
        }),
        at_minutes_ago(60 * 24 * 60).prop_map(|at| Entry {
            at,
            kind: EntryKind::Scan {
                showed: ScanShowed::Ectopic
            },
            note: None,
        }),
    ]
}

fn options() -> impl Strategy<Value = RecoveryOptions> {
    any::<bool>().prop_map(|records_periods| RecoveryOptions {
        region: Region::Uk,
        records_periods,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: ProptestConfig::default().cases.max(500), ..ProptestConfig::default() })]

    #[test]
    fn timeline_order_is_by_instant_and_stable(
        picks in prop::collection::vec((0i64..6, offset(), kind()), 0..30)
    ) {
        // Few distinct instants, so that ties are common.
        let entries: Vec<Entry> = picks
            .into_iter()
            .map(|(m, o, kind)| Entry {
                at: (now() - TimeDelta::hours(m * 7)).with_timezone(&o),
                kind,
                note: None,
            })
            .collect();
        let order = in_time_order(&entries);
        prop_assert_eq!(order.len(), entries.len());
        for w in order.windows(2) {
            let (a, b) = (&entries[w[0]], &entries[w[1]]);
            prop_assert!(a.instant() <= b.instant());
            if a.instant() == b.instant() {
                prop_assert!(w[0] < w[1], "ties keep the given order");
            }
        }
        let t = timeline(&entries);
        let mut seen = vec![false; entries.len()];
        for w in t.days.windows(2) {
            prop_assert!(w[0].date < w[1].date);
        }
        for day in &t.days {
            for e in &day.entries {
                prop_assert_eq!(e.entry.at.date_naive(), day.date, "the entry's own day");
                prop_assert!(!seen[e.index]);
                seen[e.index] = true;
            }
            for w in day.entries.windows(2) {
                prop_assert!(w[0].entry.instant() <= w[1].entry.instant());
                if w[0].entry.instant() == w[1].entry.instant() {
                    prop_assert!(w[0].index < w[1].index);
                }
            }
        }
        prop_assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn a_later_lower_value_never_reads_as_a_rise(
        entries in diary(),
        after_minutes in 1i64..600,
        o in offset(),
    ) {
        let t0 = timeline(&entries);
        let latest = entries.iter().map(Entry::instant).max().unwrap_or_else(now);
        let at = (latest + TimeDelta::minutes(after_minutes)).with_timezone(&o);
        let later = |kind| {
            let mut more = entries.clone();
            more.push(Entry { at, kind, note: None });
            timeline(&more)
        };
        if let Some(last) = t0.series.pain.summary.latest.filter(|v| *v >= 1.0) {
            let t = later(EntryKind::Pain { score: (last as u8) - 1, place: None });
            prop_assert_eq!(t.series.pain.summary.change, Change::Falling);
        }
        if let Some(last) = t0.series.temperature_c.summary.latest {
            let lower = (last - 0.1).max(30.0);
            if lower < last {
                let t = later(EntryKind::Temperature { reading: Temperature::Celsius(lower) });
                prop_assert_eq!(t.series.temperature_c.summary.change, Change::Falling);
            }
        }
        if let Some(last) = t0.series.pads_per_hour.summary.latest.filter(|v| *v > 0.0) {
            let t = later(EntryKind::Bleeding(BleedingEntry {
                pads_soaked_per_hour: Some(last - 0.5),
                ..BleedingEntry::default()
            }));
            prop_assert_eq!(t.series.pads_per_hour.summary.change, Change::Falling);
        }
        // A later day with a lower PBAC-style score: falling, and no new "heavier again".
        if let Some(last) = t0.series.pbac_daily.summary.latest.filter(|v| *v > 0.0) {
            let day_later = (latest + TimeDelta::days(2)).fixed_offset();
            let mut more = entries.clone();
            more.push(Entry {
                at: day_later,
                kind: EntryKind::Bleeding(BleedingEntry {
                    amount: Some(crate::triage::Bleeding::None),
                    ..BleedingEntry::default()
                }),
                note: None,
            });
            let t = timeline(&more);
            prop_assert_eq!(t.series.pbac_daily.summary.change, Change::Falling);
            prop_assert!(last > 0.0);
            let when = day_later.with_timezone(&Utc);
            let before = recovery(&entries, when, RecoveryOptions::default());
            let after = recovery(&more, when, RecoveryOptions::default());
            let heavier = |r: &Recovery| r.flags.iter().any(|f| f.id == recovery::HEAVIER_AGAIN);
            prop_assert!(!heavier(&after) || heavier(&before));
        }
    }

    #[test]
    fn adding_a_red_flag_entry_never_lowers_the_recovery_urgency(
        entries in diary(),
        red in red_flag(),
        opts in options(),
    ) {
        let before = recovery(&entries, now(), opts);
        let mut more = entries.clone();
        more.push(red.clone());
        let after = recovery(&more, now(), opts);
        prop_assert!(
            after.urgency >= before.urgency,
            "{:?} -> {:?} after {:?}; flags before {:?}, after {:?}",
            before.urgency, after.urgency, red, flag_ids(&before), flag_ids(&after)
        );
        // A red flag in the last 24 hours is never self-care.
        if !matches!(red.kind, EntryKind::Scan { .. }) {
            prop_assert!(after.urgency >= Urgency::SameDay, "{:?}", red);
        }
    }

    #[test]
    fn flags_never_show_lower_than_triage_and_answers_always_validate(
        entries in diary(),
        hours_later in 0i64..(24 * 90),
        opts in options(),
    ) {
        let when = now() + TimeDelta::hours(hours_later);
        let r = recovery(&entries, when, opts);
        let base = triage(&r.triage.input, Region::Uk);
        prop_assert!(base.is_ok(), "{:?}", base.err());
        prop_assert_eq!(base.map(|o| o.urgency).ok(), Some(r.triage.urgency));
        prop_assert!(r.urgency >= r.triage.urgency);
        for f in &r.flags {
            let again = triage(&f.triage, Region::Uk);
            prop_assert!(again.is_ok(), "{}: {:?}", f.id, again.err());
            prop_assert_eq!(again.map(|o| o.urgency).ok(), Some(f.triage_urgency));
            prop_assert!(f.level >= f.triage_urgency);
            prop_assert!(f.level >= f.check_level);
            prop_assert!(f.level >= r.triage.urgency, "the flag's answers include the diary's");
            prop_assert!(r.urgency >= f.level);
            prop_assert!(!f.sources.is_empty());
            prop_assert_eq!(f.triage.weeks, None);
        }
        prop_assert_eq!(r.urgency == Urgency::SelfCare, r.flags.is_empty() && r.triage.urgency == Urgency::SelfCare);
    }

    #[test]
    fn recovery_does_not_depend_on_the_order_entries_are_given_in(
        entries in diary(),
        seed in any::<u64>(),
    ) {
        // Distinct instants (the order of ties is the caller's).
        let mut entries = entries;
        for (i, e) in entries.iter_mut().enumerate() {
            e.at = (e.at + TimeDelta::seconds(i64::try_from(i).unwrap())).with_timezone(e.at.offset());
        }
        let mut shuffled = entries.clone();
        let n = shuffled.len();
        let mut s = seed;
        for i in (1..n).rev() {
            s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        let a = recovery(&entries, now(), RecoveryOptions::default());
        let mut b = recovery(&shuffled, now(), RecoveryOptions::default());
        // `recorded` holds positions in the list given: map them back to the first list's.
        for f in &mut b.flags {
            f.recorded = f
                .recorded
                .iter()
                .map(|&i| entries.iter().position(|e| *e == shuffled[i]).unwrap())
                .collect();
        }
        prop_assert_eq!(a, b);
    }

    #[test]
    fn entries_round_trip_through_json(entries in diary()) {
        for e in &entries {
            let json = serde_json::to_string(e).unwrap();
            let back: Entry = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(serde_json::to_string(&back).unwrap(), json.clone());
            prop_assert_eq!(back.at.offset(), e.at.offset());
            let again = EntryInput::from(e).validate(now());
            prop_assert!(again.is_ok(), "{json}: {:?}", again.err());
        }
    }

    #[test]
    fn validation_names_the_field_for_every_bad_case(
        base in 0usize..18,
        bad in 0usize..6,
        minutes in 6i64..100_000,
        half in 0u32..20,
    ) {
        let example = super::entries::EXAMPLES[base];
        let mut v: serde_json::Value = serde_json::from_str(example).unwrap();
        let obj = v.as_object_mut().unwrap();
        let kind = obj["kind"].as_str().unwrap().to_owned();
        let (field, value): (&str, serde_json::Value) = match bad {
            // `at` in the future by more than 5 minutes.
            0 => ("at", (now() + TimeDelta::minutes(minutes)).to_rfc3339().into()),
            // `at` without its offset.
            1 => ("at", (now() - TimeDelta::minutes(minutes)).naive_utc().format("%Y-%m-%dT%H:%M:%S").to_string().into()),
            // A score that is not whole.
            2 => ("score", (f64::from(half) / 2.0 + 0.25).into()),
            // hCG of 0 or below.
            3 => ("iu_per_l", (-f64::from(half)).into()),
            // An unknown kind.
            4 => ("kind", format!("{kind}_x").into()),
            // A field of another kind (pads on a non-bleeding entry, text on a non-note).
            _ => if kind == "bleeding" { ("text", "x".into()) } else { ("pads_soaked_per_hour", 1.into()) },
        };
        let applies = match field {
            "score" => kind == "pain" || kind == "mood",
            "iu_per_l" => kind == "hcg",
            _ => true,
        };
        if applies {
            obj.insert(field.to_owned(), value);
            let input: EntryInput = serde_json::from_value(v).unwrap();
            let err = input.validate(now());
            prop_assert!(err.is_err(), "{field} in {example}");
            let fields: Vec<String> = err.unwrap_err().errors.into_iter().map(|e| e.field).collect();
            prop_assert_eq!(fields, vec![field.to_owned()]);
        }
    }

    #[test]
    fn an_unknown_field_is_always_named(base in 0usize..18, name in "[a-z]{3,12}") {
        let known = [
            "kind", "at", "note", "text", "pads_soaked_per_hour", "pad_fullness", "clots",
            "colour", "amount", "score", "where", "celsius", "fahrenheit", "iu_per_l", "result",
            "name", "dose", "words", "event", "management", "medicine", "showed", "photo_id",
            "taken_at",
        ];
        prop_assume!(!known.contains(&name.as_str()));
        let mut v: serde_json::Value = serde_json::from_str(super::entries::EXAMPLES[base]).unwrap();
        v.as_object_mut().unwrap().insert(name.clone(), 1.into());
        let err = serde_json::from_value::<EntryInput>(v).unwrap_err();
        let expected = format!("unknown field `{name}`");
        prop_assert!(err.to_string().contains(&expected), "{}", err);
    }
}

#[test]
fn red_flags_in_an_empty_diary_are_never_self_care() {
    for e in [
        pads(1.0, 2.0),
        temp(1.0, 38.0),
        pain(1.0, 8, ""),
        pain(1.0, 0, "shoulder_tip"),
    ] {
        let r = recovery(&[e], now(), RecoveryOptions::default());
        assert!(r.urgency >= Urgency::SameDay);
    }
}
