//! String `format`s → typed values, as `Settings::dates` and
//! `Settings::uuid` say; and which text each typed format takes and how
//! its type writes it back, for the example checks. The rules:
//!
//! - `date-time` (RFC 3339 `date-time`) → `chrono::DateTime<chrono::Utc>`
//!   or `time::OffsetDateTime`; `date` (RFC 3339 `full-date`,
//!   `YYYY-MM-DD`) → `chrono::NaiveDate` or `time::Date`; with
//!   `Dates::Text`, both stay `String`.
//! - `uuid` → `uuid::Uuid`, unless `Settings::uuid` is off.
//! - Every other format is a `String`. `email` has no type the ecosystem
//!   agrees on, and a check the server makes anyway is not worth a
//!   dependency. `uri` has `url::Url`, but it is left out on purpose: it
//!   normalises what it reads (`https://a.example` is written back as
//!   `https://a.example/`), so a value would not go back as it came; it
//!   cannot hold the relative references specs put under `format: uri`;
//!   and its IDNA support brings some twenty crates into every client.
//! - A text is of its format when it follows the format's grammar (RFC
//!   3339's, where `T` and `Z` may be lowercase and `T` a space; a UUID's 8-4-4-4-12
//!   hexadecimal digits, in either case) and the type reads it (which
//!   checks that the month has that day, for one). What the type writes
//!   back is the same value, but not always the same text: chrono writes
//!   every date-time in UTC (`+02:00` becomes the same instant with `Z`),
//!   time keeps the offset but writes `+00:00` as `Z`, both write seconds'
//!   fractions without trailing zeros (in threes for chrono), and UUIDs are
//!   written in lowercase. A text a type reads though it is not of the
//!   format (uuid takes 32 digits without hyphens) is not of it either; an
//!   untagged union would still take it as that type.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;
use time::format_description::well_known::Rfc3339;

use crate::Dates;
use crate::ir::{DateLibrary, Prim};

/// What the settings make of typed formats.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Formats {
    /// The library of dates and times; `None` keeps them as text.
    dates: Option<DateLibrary>,
    uuid: bool,
}

impl Formats {
    pub(crate) fn new(settings: &crate::Settings) -> Self {
        let dates = match settings.dates {
            Dates::Chrono => Some(DateLibrary::Chrono),
            Dates::Time => Some(DateLibrary::Time),
            Dates::Text => None,
        };
        Self { dates, uuid: settings.uuid }
    }

    /// The type of a `type: string` schema with this `format`.
    pub(crate) fn string(self, format: Option<&str>) -> Prim {
        match (format, self.dates) {
            (Some("date-time"), Some(library)) => Prim::DateTime(library),
            (Some("date"), Some(library)) => Prim::Date(library),
            (Some("uuid"), _) if self.uuid => Prim::Uuid,
            _ => Prim::String,
        }
    }
}

/// How the type of a typed format takes a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reading {
    /// The text is of the format, and the type writes it back as this.
    Of(String),
    /// The type reads the text, though it is not of the format (chrono
    /// reads `2024-01-15 10:00:00Z`): an untagged union would take it.
    Lenient,
    /// The type does not read it.
    Refused,
}

/// How a value of the typed format `prim` takes `text`. The reading and
/// writing are the generated crate's own: serde's for chrono's types,
/// `uuid::Uuid` and `time::Date`, and for `time::OffsetDateTime` RFC 3339
/// as the runtime's `rfc3339.rs` writes it.
pub(crate) fn read(prim: Prim, text: &str) -> Reading {
    let (of_format, written) = match prim {
        Prim::DateTime(library) => (
            is_date_time(text),
            match library {
                DateLibrary::Chrono => through_serde::<DateTime<Utc>>(text),
                DateLibrary::Time => {
                    time::OffsetDateTime::parse(text, &Rfc3339).ok().and_then(|t| t.format(&Rfc3339).ok())
                }
            },
        ),
        Prim::Date(library) => (
            is_full_date(text),
            match library {
                DateLibrary::Chrono => through_serde::<NaiveDate>(text),
                DateLibrary::Time => through_serde::<time::Date>(text),
            },
        ),
        Prim::Uuid => (is_uuid(text), through_serde::<uuid::Uuid>(text)),
        Prim::String | Prim::Bool | Prim::I32 | Prim::I64 | Prim::F32 | Prim::F64 => (false, None),
    };
    match (of_format, written) {
        (true, Some(written)) => Reading::Of(written),
        (false, Some(_)) => Reading::Lenient,
        (_, None) => Reading::Refused,
    }
}

/// What the example checks say a typed format wants.
pub(crate) fn wanted(prim: Prim) -> Option<&'static str> {
    Some(match prim {
        Prim::DateTime(DateLibrary::Chrono) => "an RFC 3339 date-time (`chrono::DateTime<Utc>`)",
        Prim::DateTime(DateLibrary::Time) => "an RFC 3339 date-time (`time::OffsetDateTime`)",
        Prim::Date(DateLibrary::Chrono) => "a date as `YYYY-MM-DD` (`chrono::NaiveDate`)",
        Prim::Date(DateLibrary::Time) => "a date as `YYYY-MM-DD` (`time::Date`)",
        Prim::Uuid => "a UUID (`uuid::Uuid`)",
        Prim::String | Prim::Bool | Prim::I32 | Prim::I64 | Prim::F32 | Prim::F64 => return None,
    })
}

/// `text` read as a `T` from a JSON string and written back, as the
/// generated crate's serde_json does.
fn through_serde<T: serde::Serialize + serde::de::DeserializeOwned>(text: &str) -> Option<String> {
    let value: T = serde_json::from_value(Value::String(text.to_owned())).ok()?;
    match serde_json::to_value(value).ok()? {
        Value::String(written) => Some(written),
        _ => None,
    }
}

fn is_digits(text: &str, count: usize) -> bool {
    text.len() == count && text.bytes().all(|b| b.is_ascii_digit())
}

/// RFC 3339 `full-date`: `YYYY-MM-DD`.
fn is_full_date(text: &str) -> bool {
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next(), parts.next(), parts.next());
    parts.next().is_none()
        && year.is_some_and(|y| is_digits(y, 4))
        && month.is_some_and(|m| is_digits(m, 2))
        && day.is_some_and(|d| is_digits(d, 2))
}

/// RFC 3339 `date-time`: `full-date "T" partial-time time-offset`, where
/// `partial-time` is `HH:MM:SS` with an optional fraction and
/// `time-offset` is `Z` or `+HH:MM`/`-HH:MM` (RFC 3339 5.6, with its notes
/// that `T` and `Z` may be lowercase and that a space may stand for `T`,
/// which both libraries read, as JSON Schema validators do).
fn is_date_time(text: &str) -> bool {
    let Some((date, time)) = text.split_once(['T', 't', ' ']) else { return false };
    let (partial, offset) = match time.strip_suffix(['Z', 'z']) {
        Some(partial) => (partial, None),
        None => match time.rfind(['+', '-']) {
            Some(at) => (time.get(..at).unwrap_or_default(), time.get(at + 1..)),
            None => return false,
        },
    };
    let is_hh_mm =
        |text: &str| matches!(text.split_once(':'), Some((h, m)) if is_digits(h, 2) && is_digits(m, 2));
    let (seconds_part, fraction) = match partial.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (partial, None),
    };
    let is_time = match seconds_part.rsplit_once(':') {
        Some((hh_mm, seconds)) => is_hh_mm(hh_mm) && is_digits(seconds, 2),
        None => false,
    };
    is_full_date(date)
        && is_time
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
        && offset.is_none_or(is_hh_mm)
}

/// A UUID as RFC 9562 writes it: 8-4-4-4-12 hexadecimal digits.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHRONO: Prim = Prim::DateTime(DateLibrary::Chrono);
    const TIME: Prim = Prim::DateTime(DateLibrary::Time);

    /// What the type writes back for a text of its format.
    fn written_by(prim: Prim, text: &str) -> Option<String> {
        match read(prim, text) {
            Reading::Of(written) => Some(written),
            Reading::Lenient | Reading::Refused => None,
        }
    }

    #[test]
    fn a_text_a_library_reads_is_not_of_the_format_for_that() {
        // uuid reads the other forms of a UUID too, and chrono more of
        // ISO 8601; an untagged union would take them, so they are told
        // apart from refused ones.
        assert_eq!(read(Prim::Uuid, "67e5504410b1426f9247bb680e5fe0c8"), Reading::Lenient);
        assert_eq!(read(CHRONO, "2024-01-15T10:00:00 +02:00"), Reading::Lenient);
        assert_eq!(read(TIME, "2024-01-15T10:00:00 +02:00"), Reading::Refused);
        assert_eq!(read(Prim::Uuid, "x"), Reading::Refused);
    }

    #[test]
    fn date_times_follow_rfc_3339_and_are_written_as_each_library_writes_them() {
        let cases = [
            ("2024-01-15T10:00:00Z", Some("2024-01-15T10:00:00Z"), Some("2024-01-15T10:00:00Z")),
            ("2024-01-15t10:00:00z", Some("2024-01-15T10:00:00Z"), Some("2024-01-15T10:00:00Z")),
            ("2024-01-15T10:00:00+02:00", Some("2024-01-15T08:00:00Z"), Some("2024-01-15T10:00:00+02:00")),
            ("2024-01-15T10:00:00+00:00", Some("2024-01-15T10:00:00Z"), Some("2024-01-15T10:00:00Z")),
            ("2023-06-19T12:04:22.488Z", Some("2023-06-19T12:04:22.488Z"), Some("2023-06-19T12:04:22.488Z")),
            ("2023-06-19T12:04:22.4880Z", Some("2023-06-19T12:04:22.488Z"), Some("2023-06-19T12:04:22.488Z")),
            ("2023-06-19T12:04:22.4Z", Some("2023-06-19T12:04:22.400Z"), Some("2023-06-19T12:04:22.4Z")),
            // RFC 3339 lets a space stand for `T`.
            ("2024-01-15 10:00:00Z", Some("2024-01-15T10:00:00Z"), Some("2024-01-15T10:00:00Z")),
            // Outside the grammar, though a library might read them.
            ("2024-01-15T10:00Z", None, None),
            ("2024-01-15T10:00:00", None, None),
            ("2024-01-15T10:00:00.Z", None, None),
            ("2024-1-15T10:00:00Z", None, None),
            ("+2024-01-15T10:00:00Z", None, None),
            // In the grammar, out of range.
            ("2024-02-30T10:00:00Z", None, None),
            ("2024-01-15T24:00:00Z", None, None),
        ];
        for (text, chrono, time) in cases {
            assert_eq!(written_by(CHRONO, text).as_deref(), chrono, "chrono: {text}");
            assert_eq!(written_by(TIME, text).as_deref(), time, "time: {text}");
        }
    }

    #[test]
    fn dates_are_year_month_day() {
        for library in [DateLibrary::Chrono, DateLibrary::Time] {
            let date = Prim::Date(library);
            assert_eq!(written_by(date, "2024-02-29").as_deref(), Some("2024-02-29"));
            for wrong in ["2023-02-29", "2024-2-29", "20240229", "2024-02-29T00:00:00Z", "+2024-02-29", ""] {
                assert_eq!(written_by(date, wrong), None, "{library:?}: {wrong}");
            }
        }
    }

    #[test]
    fn uuids_are_hyphenated_hex_written_in_lowercase() {
        let upper = "67E55044-10B1-426F-9247-BB680E5FE0C8";
        assert_eq!(written_by(Prim::Uuid, upper).as_deref(), Some("67e55044-10b1-426f-9247-bb680e5fe0c8"));
        for wrong in ["67e5504410b1426f9247bb680e5fe0c8", "{67e55044-10b1-426f-9247-bb680e5fe0c8}", "x", ""] {
            assert_eq!(written_by(Prim::Uuid, wrong), None, "{wrong}");
        }
    }

    #[test]
    fn the_settings_choose_the_types() {
        let settings =
            |dates, uuid| Formats::new(&crate::Settings { dates, uuid, ..crate::Settings::new("t") });
        let chrono = settings(Dates::Chrono, true);
        assert_eq!(chrono.string(Some("date-time")), CHRONO);
        assert_eq!(chrono.string(Some("date")), Prim::Date(DateLibrary::Chrono));
        assert_eq!(chrono.string(Some("uuid")), Prim::Uuid);
        for format in [None, Some("email"), Some("uri"), Some("byte"), Some("Date-Time")] {
            assert_eq!(chrono.string(format), Prim::String, "{format:?}");
        }
        assert_eq!(settings(Dates::Time, true).string(Some("date-time")), TIME);
        let text = settings(Dates::Text, false);
        for format in ["date-time", "date", "uuid"] {
            assert_eq!(text.string(Some(format)), Prim::String, "{format}");
        }
    }
}
