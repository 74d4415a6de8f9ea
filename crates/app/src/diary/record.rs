//! The records a diary holds, as typed values. Every record is sealed alike; what tells them
//! apart is inside: the diary's own records carry `record` (`"settings"`, `"photo"`), entries
//! never do (an entry refuses unknown fields, so a record with a tag never reads as one).

use crate::photo_meta::PhotoFormat;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use solace_clinical::diary::Entry;

/// The choices for automatic deletion, in days (besides "off", the default).
pub const AUTO_DELETE_DAYS: [u16; 4] = [30, 90, 180, 365];

/// One record of a diary.
#[derive(Debug, Clone, PartialEq)]
pub enum DiaryRecord {
    /// Something the person recorded.
    Entry(Entry),
    /// The diary's settings (at most one).
    Settings(Settings),
    /// A photo's stripped bytes; its entry points to it.
    Photo(StoredPhoto),
}

/// What kind of record a stored value is, from its `record` tag alone: cheap, so a list can be
/// sorted without copying a photo's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Entry,
    Settings,
    Photo,
    /// A tag this version does not know.
    Unknown,
}

impl RecordKind {
    pub fn of(v: &serde_json::Value) -> RecordKind {
        match v.get("record") {
            None => RecordKind::Entry,
            Some(tag) => match tag.as_str() {
                Some("settings") => RecordKind::Settings,
                Some("photo") => RecordKind::Photo,
                _ => RecordKind::Unknown,
            },
        }
    }
}

/// A record that does not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unreadable {
    /// An entry (or a record of a kind this version does not know): the timeline counts these.
    #[error("a diary entry could not be read")]
    Entry,
    /// The diary's own settings or photo record, damaged: never counted among the entries.
    #[error("a diary settings or photo record could not be read")]
    Own,
}

impl DiaryRecord {
    /// Reads an opened record.
    pub fn read(v: serde_json::Value) -> Result<DiaryRecord, Unreadable> {
        match RecordKind::of(&v) {
            RecordKind::Entry | RecordKind::Unknown => serde_json::from_value(v)
                .map(DiaryRecord::Entry)
                .map_err(|_| Unreadable::Entry),
            RecordKind::Settings => serde_json::from_value(v)
                .map(DiaryRecord::Settings)
                .map_err(|_| Unreadable::Own),
            RecordKind::Photo => serde_json::from_value(v)
                .map(DiaryRecord::Photo)
                .map_err(|_| Unreadable::Own),
        }
    }
}

/// The tag that tells the settings record from an entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum SettingsTag {
    #[default]
    Settings,
}

/// The diary's settings: one sealed record, `{"record":"settings",…}` (never a cookie or a plain
/// column), applied whenever the diary is opened.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    record: SettingsTag,
    /// Delete entries older than this many days whenever the diary is opened. `None`: off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) auto_delete_days: Option<u16>,
    /// Entries deleted on unlock that the timeline has not yet told about.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub(super) removed_untold: u32,
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Settings {
    /// Settings with automatic deletion after `days` (`None`: off).
    pub fn with_auto_delete(days: Option<u16>) -> Settings {
        Settings {
            auto_delete_days: days,
            ..Settings::default()
        }
    }

    /// Days after which entries are deleted when the diary is opened; `None`: never.
    pub fn auto_delete_days(&self) -> Option<u16> {
        self.auto_delete_days
    }
}

/// The `record` tag of a [`StoredPhoto`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
enum PhotoTag {
    #[serde(rename = "photo")]
    Photo,
}

/// The sealed record holding a photo's stripped bytes. Its own record, so the entry stays small
/// and the timeline never carries pixels.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredPhoto {
    record: PhotoTag,
    pub photo_format: PhotoFormat,
    bytes_b64: String,
}

impl std::fmt::Debug for StoredPhoto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredPhoto")
            .field("photo_format", &self.photo_format)
            .field("bytes_b64", &self.bytes_b64.len())
            .finish_non_exhaustive()
    }
}

impl StoredPhoto {
    /// A photo's (already stripped) bytes, ready to seal.
    pub fn new(format: PhotoFormat, bytes: &[u8]) -> StoredPhoto {
        StoredPhoto {
            record: PhotoTag::Photo,
            photo_format: format,
            bytes_b64: STANDARD.encode(bytes),
        }
    }

    /// The image bytes; `None` when the record is damaged.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        STANDARD.decode(self.bytes_b64.as_bytes()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn note() -> serde_json::Value {
        json!({ "kind": "note", "at": "2026-11-20T10:00:00+00:00", "text": "hello" })
    }

    #[test]
    fn an_entry_has_no_tag() {
        assert_eq!(RecordKind::of(&note()), RecordKind::Entry);
        let Ok(DiaryRecord::Entry(e)) = DiaryRecord::read(note()) else {
            panic!("an entry");
        };
        assert_eq!(e.kind.kind().id(), "note");
    }

    #[test]
    fn the_settings_record_reads_and_writes_the_same_json() {
        let v = json!({ "record": "settings", "auto_delete_days": 90 });
        assert_eq!(RecordKind::of(&v), RecordKind::Settings);
        let Ok(DiaryRecord::Settings(s)) = DiaryRecord::read(v.clone()) else {
            panic!("settings");
        };
        assert_eq!(s.auto_delete_days(), Some(90));
        assert_eq!(serde_json::to_value(&s).unwrap(), v);
        assert_eq!(
            serde_json::to_value(Settings::default()).unwrap(),
            json!({ "record": "settings" })
        );
        let told = Settings {
            removed_untold: 2,
            ..Settings::with_auto_delete(Some(30))
        };
        assert_eq!(
            serde_json::to_value(told).unwrap(),
            json!({ "record": "settings", "auto_delete_days": 30, "removed_untold": 2 })
        );
    }

    #[test]
    fn a_photo_keeps_its_bytes_and_format() {
        let p = StoredPhoto::new(PhotoFormat::Png, &[1, 2, 3]);
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(
            v,
            json!({ "record": "photo", "photo_format": "png", "bytes_b64": "AQID" })
        );
        let Ok(DiaryRecord::Photo(back)) = DiaryRecord::read(v) else {
            panic!("a photo");
        };
        assert_eq!(back.bytes(), Some(vec![1, 2, 3]));
        assert_eq!(back.photo_format, PhotoFormat::Png);
        assert!(!format!("{back:?}").contains("AQID"), "no bytes in Debug");
    }

    #[test]
    fn damage_is_told_apart_from_an_unreadable_entry() {
        // A damaged own record is not counted among the entries…
        let bad_settings = json!({ "record": "settings", "auto_delete_days": "soon" });
        assert_eq!(DiaryRecord::read(bad_settings), Err(Unreadable::Own));
        let bad_photo = json!({ "record": "photo", "photo_format": "gif", "bytes_b64": "" });
        assert_eq!(DiaryRecord::read(bad_photo), Err(Unreadable::Own));
        // …an entry that does not read is, and so is a record of a kind this version does not know.
        let bad_entry = json!({ "kind": "note", "at": "yesterday", "text": "x" });
        assert_eq!(DiaryRecord::read(bad_entry), Err(Unreadable::Entry));
        let unknown = json!({ "record": "sticker", "kind": "note", "at": "2026-11-20T10:00:00Z", "text": "x" });
        assert_eq!(RecordKind::of(&unknown), RecordKind::Unknown);
        assert_eq!(DiaryRecord::read(unknown), Err(Unreadable::Entry));
        assert_eq!(RecordKind::of(&json!({ "record": 7 })), RecordKind::Unknown);
        // Unknown settings fields are refused rather than dropped on the next save.
        let extra = json!({ "record": "settings", "colour": "blue" });
        assert_eq!(DiaryRecord::read(extra), Err(Unreadable::Own));
    }
}
