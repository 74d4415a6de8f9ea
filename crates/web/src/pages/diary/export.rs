//! `/export`: a PDF summary, FHIR R4 or CSV of the open diary, made in memory and sent straight
//! back as a download (`Content-Disposition: attachment`, `Cache-Control: no-store`). Nothing is
//! kept on the server and nothing from the diary goes into a URL, a header (beyond the fixed file
//! name) or a log line. A rejected form comes back filled in, each problem beside its field.
//!
//! The passphrase is asked again in the same form (a live session is not enough: whoever is at
//! the computer may not be the diary's owner). A wrong one counts as a failed unlock; the form
//! comes back with everything else as typed and the passphrase field named.

use super::vault::{confirm_passphrase, pass_field};
use super::{Pairs, diary_nav};
use crate::error::{PageError, no_store};
use crate::extract::session::Closed;
use crate::extract::{CsrfForm, Ctx, Session, UnlockedDiary};
use crate::pages::{Chrome, Page};
use crate::view::forms::{
    FieldError, csrf_field, described_by, error_for, error_line, error_summary,
};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use maud::{Markup, html};
use solace_app::export_labels;
use solace_export::{Format, NAME_MAX_CHARS, Request, Section};

/// What the form holds, as typed.
#[derive(Debug, Clone, Default)]
struct Answers {
    format: String,
    from: String,
    to: String,
    sections: Vec<String>,
    name: String,
}

impl Answers {
    fn fresh() -> Self {
        Answers {
            format: "pdf".to_owned(),
            sections: Section::ALL.iter().map(|s| s.id().to_owned()).collect(),
            ..Answers::default()
        }
    }

    fn from_pairs(pairs: &Pairs) -> Self {
        let mut a = Answers::default();
        for (k, v) in pairs {
            match k.as_str() {
                "format" => v.trim().clone_into(&mut a.format),
                "from" => v.trim().clone_into(&mut a.from),
                "to" => v.trim().clone_into(&mut a.to),
                "section" => a.sections.push(v.trim().to_owned()),
                "name" => v.trim().clone_into(&mut a.name),
                _ => {}
            }
        }
        a
    }

    /// The request, or every problem with its field.
    fn read(&self, ctx: &Ctx) -> Result<(Format, Request), Vec<FieldError>> {
        let tr = ctx.tr();
        let mut errors = Vec::new();
        let format = Format::from_id(&self.format);
        if format.is_none() {
            errors.push(FieldError {
                field: "format",
                message: tr.t("export-error-format"),
            });
        }
        let mut date = |field: &'static str, raw: &str| -> Option<NaiveDate> {
            if raw.is_empty() {
                return None;
            }
            let d = NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok();
            if d.is_none() {
                errors.push(FieldError {
                    field,
                    message: tr.t("export-error-date"),
                });
            }
            d
        };
        let from = date("from", &self.from);
        let to = date("to", &self.to);
        if let (Some(f), Some(t)) = (from, to)
            && f > t
        {
            errors.push(FieldError {
                field: "from",
                message: tr.t("export-error-order"),
            });
        }
        let mut sections: Vec<Section> = Vec::new();
        let mut unknown = false;
        for id in &self.sections {
            match Section::from_id(id) {
                Some(s) if !sections.contains(&s) => sections.push(s),
                Some(_) => {}
                None => unknown = true,
            }
        }
        sections.sort();
        if format == Some(Format::Pdf) && (sections.is_empty() || unknown) {
            errors.push(FieldError {
                field: "section",
                message: tr.t("export-error-sections"),
            });
        }
        if self.name.chars().count() > NAME_MAX_CHARS {
            errors.push(FieldError {
                field: "name",
                message: tr.t("export-error-name"),
            });
        }
        match format {
            Some(f) if errors.is_empty() => Ok((
                f,
                Request {
                    from,
                    to,
                    sections,
                    name: (!self.name.is_empty()).then(|| self.name.clone()),
                    region: ctx.prefs.region,
                },
            )),
            _ => Err(errors),
        }
    }
}

/// The open diary, or a page that says it is locked and links to open it.
async fn open(ctx: &Ctx, session: &Session) -> Result<UnlockedDiary, PageError> {
    match session.try_open(ctx).await {
        Ok(open) => return Ok(open),
        Err(Closed::NoStore) => return Err(PageError::no_store(ctx)),
        Err(Closed::Failed) => return Err(PageError::store_error(ctx)),
        Err(Closed::Unavailable) => return Err(PageError::unavailable(ctx)),
        Err(Closed::Locked) => {}
    }
    let tr = ctx.tr();
    let mut res = ctx.respond(&Page {
        title: tr.t("export-title"),
        body: html! {
            h1 { (tr.t("export-heading")) }
            p #export-locked { (tr.t("export-locked")) }
            p { a #unlock-link .btn.primary href="/diary" { (tr.t("export-unlock-link")) } }
        },
        status: StatusCode::UNAUTHORIZED,
        chrome: Chrome::Standard,
    });
    if session.had_cookie() {
        session.clear(ctx, &mut res);
    }
    Err(no_store(res).into())
}

fn form(ctx: &Ctx, a: &Answers, errors: &[FieldError]) -> Markup {
    let tr = ctx.tr();
    let err = |f: &str| error_for(errors, f).is_some();
    let described = |f: &str, hint: Option<&str>| described_by(errors, f, hint.as_slice());
    html! {
        (diary_nav(ctx))
        h1 { (tr.t("export-heading")) }
        (error_summary(&tr, errors))
        p.lead { (tr.t("export-intro")) }
        p.note #shared-computer { (tr.t("export-shared-computer")) }
        form #export-form method="post" action="/export" autocomplete="off" novalidate {
            (csrf_field(ctx))
            fieldset.q.err[err("format")] #q-format aria-describedby=[described("format", None)] {
                legend { (tr.t("export-format-legend")) }
                (error_line(errors, "format"))
                div.opts {
                    @for (i, f) in Format::ALL.iter().enumerate() {
                        label.opt {
                            input type="radio" name="format" value=(f.id())
                                id=(if i == 0 { "field-format".to_owned() } else { format!("field-format-{}", f.id()) })
                                checked[a.format == f.id()];
                            span { (tr.t(match f { Format::Pdf => "export-format-pdf", Format::Fhir => "export-format-fhir", Format::Csv => "export-format-csv" })) }
                        }
                    }
                }
            }
            fieldset.q #q-dates aria-describedby="hint-dates" {
                legend { (tr.t("export-dates-legend")) }
                p.hint #hint-dates { (tr.t("export-dates-hint")) }
                div.q.err[err("from")] {
                    label for="field-from" { (tr.t("export-from")) }
                    (error_line(errors, "from"))
                    input #field-from type="date" name="from" value=(a.from)
                        aria-invalid=[err("from").then_some("true")]
                        aria-describedby=[described("from", None)];
                }
                div.q.err[err("to")] {
                    label for="field-to" { (tr.t("export-to")) }
                    (error_line(errors, "to"))
                    input #field-to type="date" name="to" value=(a.to)
                        aria-invalid=[err("to").then_some("true")]
                        aria-describedby=[described("to", None)];
                }
            }
            fieldset.q.err[err("section")] #q-section aria-describedby=[described("section", Some("hint-section"))] {
                legend { (tr.t("export-sections-legend")) }
                p.hint #hint-section { (tr.t("export-sections-hint")) }
                (error_line(errors, "section"))
                div.opts {
                    @for (i, s) in Section::ALL.iter().enumerate() {
                        label.opt {
                            input type="checkbox" name="section" value=(s.id())
                                id=(if i == 0 { "field-section".to_owned() } else { format!("field-section-{}", s.id()) })
                                checked[a.sections.iter().any(|x| x == s.id())];
                            span { (tr.t(export_labels::section_label(*s))) }
                        }
                    }
                }
            }
            div.q.err[err("name")] {
                label for="field-name" { (tr.t("export-name")) }
                p.hint #hint-name { (tr.t("export-name-hint")) }
                (error_line(errors, "name"))
                input #field-name type="text" name="name" value=(a.name) maxlength="100"
                    aria-invalid=[err("name").then_some("true")]
                    aria-describedby=[described("name", Some("hint-name"))];
            }
            (pass_field(ctx, "passphrase", "diary-passphrase", Some("diary-passphrase-again-hint"), errors, "current-password"))
            button #export-submit .btn.primary type="submit" { (tr.t("export-submit")) }
        }
    }
}

fn form_page(ctx: &Ctx, a: &Answers, errors: &[FieldError], status: StatusCode) -> Response {
    let tr = ctx.tr();
    no_store(ctx.respond(&Page {
        title: tr.t("export-title"),
        body: form(ctx, a, errors),
        status,
        chrome: Chrome::Standard,
    }))
}

pub async fn get(ctx: Ctx, session: Session) -> Result<Response, PageError> {
    open(&ctx, &session).await?;
    Ok(form_page(&ctx, &Answers::fresh(), &[], StatusCode::OK))
}

pub async fn post(
    ctx: Ctx,
    session: Session,
    CsrfForm(pairs): CsrfForm,
) -> Result<Response, PageError> {
    let unlocked = open(&ctx, &session).await?;
    let answers = Answers::from_pairs(&pairs);
    let (format, request) = match answers.read(&ctx) {
        Ok(x) => x,
        Err(mut errors) => {
            if super::vault::raw(&pairs, "passphrase").is_empty() {
                errors.push(super::vault::passphrase_missing(&ctx));
            }
            return Ok(form_page(
                &ctx,
                &answers,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    if let Err(e) = confirm_passphrase(&ctx, &unlocked, &pairs).await {
        return match e {
            Ok(error) => Ok(form_page(
                &ctx,
                &answers,
                &[error],
                StatusCode::UNPROCESSABLE_ENTITY,
            )),
            Err(page) => Err(page),
        };
    }
    let Ok(entries) = unlocked.entries().await else {
        return Err(PageError::store_error(&ctx));
    };
    drop(unlocked);
    let labels = export_labels::labels(&ctx.tr());
    let now = ctx.now();
    let made = tokio::task::spawn_blocking(move || {
        solace_export::export(format, &entries, &request, &labels, now)
    })
    .await;
    let Ok(Ok(bytes)) = made else {
        // No detail: the error could carry nothing from the diary, but there is no need to try.
        tracing::error!(format = format.id(), "an export could not be made");
        let tr = ctx.tr();
        let errors = vec![FieldError {
            field: "format",
            message: tr.t("export-error-make"),
        }];
        return Ok(form_page(
            &ctx,
            &answers,
            &errors,
            StatusCode::INTERNAL_SERVER_ERROR,
        ));
    };
    let disposition = format!("attachment; filename=\"{}\"", format.file_name());
    let mut res = (StatusCode::OK, bytes).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(no_store(res))
}
