//! `/diary/recovery`: what happened (only the events the person recorded), the usual course for
//! that care, the checks that fired (each card naming the entry that raised it, its words
//! following its level, the call button at `urgent` and above, and a form that opens `/check`
//! with the diary's answers filled in), and `.ics` reminders (a neutral title, an alarm, and
//! notes that say what to do). Loss-aware: nothing counts a pregnancy forward.

use super::alert;
use super::diary_nav;
use crate::error::{PageError, no_store};
use crate::extract::{Ctx, UnlockedDiary};
use crate::pages::{Chrome, Page};
use crate::view::forms::csrf_field;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, FixedOffset, Utc};
use fluent_bundle::FluentValue;
use maud::html;
use solace_clinical::diary::{
    Entry, EntryKind, EventKind, Management, Medicine, RecoveryOptions, Reminder, recovery,
};
use solace_clinical::triage::TriageInput;
use solace_i18n::Tr;
use std::fmt::Write as _;

/// The reminders by file name (neutral words only): (file stem, reminder id).
const FILES: [(&str, &str); 4] = [
    ("test", "pregnancy-test-3-weeks"),
    ("week-2", "check-in-2-weeks"),
    ("week-6", "check-in-6-weeks"),
    ("later", "period-expected"),
];

fn file_of(id: &str) -> &'static str {
    FILES
        .iter()
        .find(|(_, r)| *r == id)
        .map_or("all", |(f, _)| f)
}

fn reminder_label(id: &str) -> &'static str {
    match id {
        "pregnancy-test-3-weeks" => "diary-reminder-test",
        "check-in-2-weeks" => "diary-reminder-week-2",
        "check-in-6-weeks" => "diary-reminder-week-6",
        _ => "diary-reminder-later",
    }
}

/// The calendar title: only "Check-in", whatever the reminder, because calendars are often shared
/// or shown on a lock screen. The alarm says the same; the notes say what to do.
const ICS_SUMMARY: &str = "diary-ics-check-in";

/// The notes of a reminder: what to do that day (by reminder id).
fn ics_notes(id: &str) -> Option<&'static str> {
    Some(match id {
        "pregnancy-test-3-weeks" => "diary-ics-do-pregnancy-test-3-weeks",
        "check-in-2-weeks" => "diary-ics-do-check-in-2-weeks",
        "check-in-6-weeks" => "diary-ics-do-check-in-6-weeks",
        "period-expected" => "diary-ics-do-period-expected",
        "wellbeing-check-in" => "diary-ics-do-wellbeing-check-in",
        _ => return None,
    })
}

/// The alarm: at 09:00 on the day (all-day events start at midnight, floating).
const ICS_ALARM_TRIGGER: &str = "PT9H";

/// The triage answers as the `/check` form's fields (`temperature` + `temperature_unit`).
pub(super) fn triage_pairs(input: &TriageInput) -> Vec<(String, String)> {
    let mut out = vec![];
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(input) else {
        return out;
    };
    for (k, v) in map {
        let text = match &v {
            serde_json::Value::Bool(b) => (if *b { "yes" } else { "no" }).to_owned(),
            // "2", not "2.0": the form shows these back to the person as if they had typed them.
            serde_json::Value::Number(n) => match n.as_f64() {
                Some(x) if x.fract() == 0.0 && x.abs() < 1e9 => format!("{x:.0}"),
                _ => n.to_string(),
            },
            serde_json::Value::String(s) => s.clone(),
            _ => continue,
        };
        match k.as_str() {
            "temperature_c" => {
                out.push(("temperature".to_owned(), text));
                out.push(("temperature_unit".to_owned(), "c".to_owned()));
            }
            "temperature_f" => {
                out.push(("temperature".to_owned(), text));
                out.push(("temperature_unit".to_owned(), "f".to_owned()));
            }
            _ => out.push((k, text)),
        }
    }
    out
}

/// The events the person recorded, in time order, as the "What happened" list says them.
fn recorded_events(tr: &Tr<'_>, entries: &[Entry]) -> Vec<(DateTime<FixedOffset>, String)> {
    let mut out = Vec::new();
    for e in entries {
        if let EntryKind::Event {
            event,
            management,
            medicine,
        } = &e.kind
        {
            out.push((e.at, event_words(tr, *event, *management, *medicine)));
        }
    }
    out.sort_by_key(|(at, _)| at.with_timezone(&Utc));
    out
}

/// An event in words: "Care chosen: Medicine", "Medicine taken: Misoprostol", "Loss confirmed".
pub(super) fn event_words(
    tr: &Tr<'_>,
    event: EventKind,
    management: Option<Management>,
    medicine: Option<Medicine>,
) -> String {
    match (event, management, medicine) {
        (EventKind::ManagementChosen, Some(m), _) => tr.t_with(
            "diary-course-chosen",
            &[("care", FluentValue::from(tr.t(management_id(m))))],
        ),
        (EventKind::MedicationTaken, _, Some(m)) => tr.t_with(
            "diary-course-taken",
            &[(
                "medicine",
                FluentValue::from(tr.t(match m {
                    Medicine::Mifepristone => "diary-o-mifepristone",
                    Medicine::Misoprostol => "diary-o-misoprostol",
                })),
            )],
        ),
        (e, ..) => tr.t(event_id(e)),
    }
}

pub(super) const fn event_id(e: EventKind) -> &'static str {
    match e {
        EventKind::LossConfirmed => "diary-o-loss_confirmed",
        EventKind::ManagementChosen => "diary-o-management_chosen",
        EventKind::MedicationTaken => "diary-o-medication_taken",
        EventKind::Surgery => "diary-o-surgery",
        EventKind::PregnancyEnded => "diary-o-pregnancy_ended",
        EventKind::PeriodReturned => "diary-o-period_returned",
    }
}

pub(super) const fn management_id(m: Management) -> &'static str {
    match m {
        Management::Expectant => "diary-o-expectant",
        Management::Medication => "diary-o-medication",
        Management::Surgery => "diary-o-surgery-care",
    }
}

pub async fn get(ctx: Ctx, open: UnlockedDiary) -> Result<Response, PageError> {
    let Ok(entries) = open.entries().await else {
        return Err(PageError::store_error(&ctx));
    };
    drop(open);
    let tr = ctx.tr();
    let records_periods = entries.iter().any(|e| {
        matches!(
            e.kind,
            solace_clinical::diary::EntryKind::Event {
                event: solace_clinical::diary::EventKind::PeriodReturned,
                ..
            }
        )
    });
    let r = recovery(
        &entries,
        ctx.now(),
        RecoveryOptions {
            region: ctx.prefs.region,
            records_periods,
        },
    );
    let c = &r.course;
    let date =
        |d: &chrono::DateTime<chrono::FixedOffset>| solace_i18n::fmt::date(tr.lang, d.date_naive());
    let happened = recorded_events(&tr, &entries);
    let body = html! {
        (diary_nav(&ctx))
        h1 { (tr.t("diary-recovery-heading")) }
        p.lead { (tr.t("diary-recovery-intro")) }
        @if !r.flags.is_empty() {
            section #flags aria-labelledby="flags-h" {
                h2 #flags-h { (tr.t("diary-flags-heading")) }
                @for f in &r.flags {
                    div.flag class={ "u-" (f.level.id()) } data-flag=(f.id) data-level=(f.level.id()) {
                        p.kind { (tr.t(&format!("urgency-{}", f.level.id()))) }
                        (alert::recorded(&tr, &entries, f))
                        (alert::why(&tr, f))
                        (alert::what_to_do(&ctx, &tr, f, true))
                        @if !f.sources.is_empty() {
                            p.src {
                                (tr.t("diary-sources")) " "
                                @for (i, s) in f.sources.iter().enumerate() {
                                    @if i > 0 { "; " }
                                    (solace_content::sources::title(s.id()).unwrap_or(s.id()))
                                }
                            }
                        }
                        (alert::check_form(&tr, f))
                    }
                }
            }
        } @else {
            p.note #no-flags { (tr.t("diary-no-flags")) }
        }
        section #course aria-labelledby="course-h" {
            h2 #course-h { (tr.t("diary-course-heading")) }
            // Only what the person recorded: never a date the checks worked out.
            ul #happened {
                @for (at, words) in &happened {
                    li { (date(at)) " – " (words) }
                }
                @if happened.is_empty() {
                    li { (tr.t("diary-course-none")) }
                }
            }
            form #event-form method="post" action="/diary/add" {
                (csrf_field(&ctx))
                input type="hidden" name="kind" value="event";
                p { (tr.t("diary-course-record")) }
                div.kinds {
                    @for (ev, label) in [("loss_confirmed", "diary-o-loss_confirmed"), ("management_chosen", "diary-o-management_chosen"), ("medication_taken", "diary-o-medication_taken"), ("surgery", "diary-o-surgery"), ("pregnancy_ended", "diary-o-pregnancy_ended")] {
                        button.btn.secondary type="submit" name="event" value=(ev) { (tr.t(label)) }
                    }
                }
            }
        }
        @if c.loss_at.is_some() || c.management.is_some() || c.pregnancy_ended {
            section #expected aria-labelledby="expected-h" {
                h2 #expected-h { (tr.t("diary-expected-heading")) }
                ul { @for fact in &r.expected_course { li data-fact=(fact.id) { (solace_app::readings_more::course_fact(&tr, fact)) } } }
            }
        }
        @if !r.reminders.is_empty() {
            section #reminders aria-labelledby="reminders-h" {
                h2 #reminders-h { (tr.t("diary-reminders-heading")) }
                p.hint { (tr.t("diary-reminders-intro")) }
                ul {
                    @for rem in &r.reminders {
                        li {
                            (tr.t(reminder_label(rem.id))) ": " (solace_i18n::fmt::date(tr.lang, rem.date))
                            @if let Some(u) = rem.until { " – " (solace_i18n::fmt::date(tr.lang, u)) }
                            " "
                            a href={ "/diary/reminders/" (file_of(rem.id)) ".ics" } download { (tr.t("diary-reminder-download")) }
                        }
                    }
                }
            }
        }
        p.hint { (tr.t("disclaimer")) }
    };
    Ok(no_store(ctx.respond(&Page {
        title: tr.t("diary-recovery-title"),
        body,
        status: StatusCode::OK,
        chrome: Chrome::DisclaimerInBody,
    })))
}

/// Text escaped for an iCalendar value (RFC 5545 §3.3.11).
fn ics_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// One content line, folded at 75 octets (RFC 5545 §3.1): each continuation starts with a
/// space; a character is never split.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for ch in line.chars() {
        let n = ch.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// A fresh UID: a reminder without one would merge with another in the calendar.
fn uid() -> String {
    crate::random_bytes::<16>()
        .iter()
        .fold(String::new(), |mut s, x| {
            let _ = write!(s, "{x:02x}");
            s
        })
}

/// The calendar file for `reminders`, stamped `now`.
pub(crate) fn calendar(tr: &Tr<'_>, reminders: &[&Reminder], now: DateTime<Utc>) -> String {
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Solace//Diary//EN\r\nCALSCALE:GREGORIAN\r\n",
    );
    for r in reminders {
        let end = r.until.unwrap_or(r.date).succ_opt().unwrap_or(r.date);
        out.push_str("BEGIN:VEVENT\r\n");
        let _ = write!(out, "UID:{}@solace.local\r\n", uid());
        let _ = write!(out, "DTSTAMP:{stamp}\r\n");
        let _ = write!(out, "DTSTART;VALUE=DATE:{}\r\n", r.date.format("%Y%m%d"));
        let _ = write!(out, "DTEND;VALUE=DATE:{}\r\n", end.format("%Y%m%d"));
        let title = ics_text(&tr.t(ICS_SUMMARY));
        out.push_str(&fold(&format!("SUMMARY:{title}")));
        if let Some(id) = ics_notes(r.id) {
            out.push_str(&fold(&format!("DESCRIPTION:{}", ics_text(&tr.t(id)))));
        }
        out.push_str("TRANSP:TRANSPARENT\r\n");
        // The alarm shows the neutral title only, on a lock screen too.
        out.push_str("BEGIN:VALARM\r\nACTION:DISPLAY\r\n");
        out.push_str(&fold(&format!("DESCRIPTION:{title}")));
        let _ = write!(out, "TRIGGER:{ICS_ALARM_TRIGGER}\r\n");
        out.push_str("END:VALARM\r\nEND:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

pub async fn ics(
    ctx: Ctx,
    open: UnlockedDiary,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    let stem = file
        .strip_suffix(".ics")
        .filter(|stem| *stem == "all" || FILES.iter().any(|(f, _)| f == stem))
        .ok_or_else(|| PageError::not_found(&ctx))?;
    let Ok(entries) = open.entries().await else {
        return Err(PageError::store_error(&ctx));
    };
    drop(open);
    let all = solace_clinical::diary::reminders(&entries);
    let chosen: Vec<&Reminder> = all
        .iter()
        .filter(|r| stem == "all" || file_of(r.id) == stem)
        .collect();
    if chosen.is_empty() {
        return Err(PageError::not_found(&ctx));
    }
    Ok(ics_response(calendar(&ctx.tr(), &chosen, ctx.now())))
}

/// A calendar file as a download named `reminder.ics` (neutral), never cached.
pub(crate) fn ics_response(body: String) -> Response {
    let mut res = (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"reminder.ics\"",
            ),
        ],
        body,
    )
        .into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
