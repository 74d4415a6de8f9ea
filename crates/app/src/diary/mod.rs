//! The private diary below HTTP: its typed records ([`DiaryRecord`]: entries, the settings
//! record, photos), loading the entries in time order ([`load`]), the settings and automatic
//! deletion ([`auto_delete`]), and photos kept as records of their own. Async functions over
//! [`solace_store::Diary`]; the web pages (and, later, the CLI) call them.

mod record;

pub use record::{AUTO_DELETE_DAYS, DiaryRecord, RecordKind, Settings, StoredPhoto, Unreadable};

use chrono::{DateTime, TimeDelta, Utc};
use serde::Deserialize;
use solace_clinical::diary::{Entry, EntryKind};
use solace_store::{Diary, DiaryError, DiaryList, RecordId, Unlocked};

/// The entries of a diary, in time order, with their record ids.
#[derive(Debug, Clone, Default)]
pub struct Entries {
    pub ids: Vec<RecordId>,
    pub entries: Vec<Entry>,
    /// Entries that could not be read (the diary's own records are never counted).
    pub unreadable: usize,
}

/// The entries among opened records (as [`Diary::list`] returns them), in time order.
pub fn entries_in(list: DiaryList<serde_json::Value>) -> Entries {
    let mut unreadable = list.unreadable.len();
    let mut all = Vec::with_capacity(list.entries.len());
    for (id, v) in list.entries {
        match DiaryRecord::read(v) {
            Ok(DiaryRecord::Entry(e)) => all.push((id, e)),
            Ok(DiaryRecord::Settings(_) | DiaryRecord::Photo(_)) | Err(Unreadable::Own) => {}
            Err(Unreadable::Entry) => unreadable += 1,
        }
    }
    all.sort_by_key(|(_, e)| e.instant());
    let (ids, entries) = all.into_iter().unzip();
    Entries {
        ids,
        entries,
        unreadable,
    }
}

/// Every entry of an open diary, opened and in time order.
pub async fn load(diary: &Diary, key: &Unlocked) -> Result<Entries, DiaryError> {
    Ok(entries_in(diary.list::<serde_json::Value>(key).await?))
}

// --- settings and automatic deletion ---------------------------------------------------------

/// The settings record among opened records, with its id.
fn settings_in(list: &DiaryList<serde_json::Value>) -> Option<(RecordId, Settings)> {
    list.entries
        .iter()
        .filter(|(_, v)| RecordKind::of(v) == RecordKind::Settings)
        .find_map(|(id, v)| Settings::deserialize(v).ok().map(|s| (*id, s)))
}

/// The settings record and its id, if the person has ever saved settings.
pub async fn settings(
    diary: &Diary,
    key: &Unlocked,
) -> Result<Option<(RecordId, Settings)>, DiaryError> {
    Ok(settings_in(&diary.list::<serde_json::Value>(key).await?))
}

/// Saves the choice of automatic deletion (`None`: off), in the one settings record.
pub async fn set_auto_delete(
    diary: &Diary,
    key: &Unlocked,
    days: Option<u16>,
) -> Result<(), DiaryError> {
    match settings(diary, key).await? {
        Some((id, mut s)) => {
            s.auto_delete_days = days;
            diary.update(key, id, &s).await
        }
        None => diary
            .add(key, &Settings::with_auto_delete(days))
            .await
            .map(|_| ()),
    }
}

/// Applies automatic deletion: deletes every entry whose `at` is more than the chosen number of
/// days before `now`. With `tell` (the timeline), returns how many were deleted now and on unlock
/// since the timeline last said so, and forgets that count; without (unlock), keeps the count in
/// the sealed settings for the timeline and returns the number deleted now.
pub async fn auto_delete(
    diary: &Diary,
    key: &Unlocked,
    now: DateTime<Utc>,
    tell: bool,
) -> Result<u32, DiaryError> {
    let list = diary.list::<serde_json::Value>(key).await?;
    auto_delete_in(diary, key, &list, now, tell).await
}

/// [`auto_delete`] on records already opened (`list`, as [`Diary::list`] returns them), so a
/// page that needs them anyway opens every record once, not twice.
pub async fn auto_delete_in(
    diary: &Diary,
    key: &Unlocked,
    list: &DiaryList<serde_json::Value>,
    now: DateTime<Utc>,
    tell: bool,
) -> Result<u32, DiaryError> {
    let Some((settings_id, mut s)) = settings_in(list) else {
        return Ok(0);
    };
    let mut removed: u32 = 0;
    if let Some(days) = s.auto_delete_days.filter(|d| AUTO_DELETE_DAYS.contains(d)) {
        let cutoff = now - TimeDelta::days(i64::from(days));
        for (id, v) in &list.entries {
            if RecordKind::of(v) != RecordKind::Entry {
                continue;
            }
            let Ok(entry) = Entry::deserialize(v) else {
                continue;
            };
            // What happened and when (loss confirmed, care chosen, medicine taken, surgery) is
            // kept: the recovery checks count from it (a positive test 3 weeks on, no period by 8
            // weeks), and deleting it would switch those safety checks off without a word.
            if matches!(entry.kind, EntryKind::Event { .. }) {
                continue;
            }
            if entry.instant() < cutoff {
                // A photo entry's pixels are a record of their own: delete them first.
                if let Some(photo) = photo_record_of(&entry) {
                    gone_or(diary.delete(key, photo).await)?;
                }
                if gone_or(diary.delete(key, *id).await)? {
                    removed = removed.saturating_add(1);
                }
            }
        }
    }
    if tell {
        let total = removed.saturating_add(s.removed_untold);
        if s.removed_untold > 0 {
            s.removed_untold = 0;
            diary.update(key, settings_id, &s).await?;
        }
        Ok(total)
    } else {
        if removed > 0 {
            s.removed_untold = s.removed_untold.saturating_add(removed);
            diary.update(key, settings_id, &s).await?;
        }
        Ok(removed)
    }
}

/// A delete that finds the record already gone is not a failure: `Ok(false)`.
fn gone_or(result: Result<(), DiaryError>) -> Result<bool, DiaryError> {
    match result {
        Ok(()) => Ok(true),
        Err(DiaryError::RecordNotFound) => Ok(false),
        Err(e) => Err(e),
    }
}

// --- photos ----------------------------------------------------------------------------------

/// The photo record an entry points to, if it is a photo entry (for deleting both together).
pub fn photo_record_of(entry: &Entry) -> Option<RecordId> {
    match &entry.kind {
        EntryKind::Photo { photo_id, .. } => photo_id.parse().ok(),
        _ => None,
    }
}

/// Seals `photo` as its own (bulk) record, then adds `entry` pointing to it. A photo is never
/// left without its entry: when the entry cannot be added, the photo is deleted again.
///
/// `form_id` (the upload form's one-time value) becomes the entry's id: when the diary already
/// holds it (a retried upload after a lost response), nothing is stored and the id is returned.
pub async fn add_photo(
    diary: &Diary,
    key: &Unlocked,
    photo: &StoredPhoto,
    mut entry: Entry,
    form_id: Option<RecordId>,
) -> Result<RecordId, DiaryError> {
    if let Some(id) = form_id
        && diary.contains(key, id).await?
    {
        return Ok(id);
    }
    let photo_id = diary.add_bulk(key, photo).await?;
    entry.kind = EntryKind::Photo {
        photo_id: photo_id.to_string(),
        taken_at: None,
    };
    let added = match form_id {
        Some(id) => diary.add_once(key, id, &entry).await.map(|new| (id, new)),
        None => diary.add(key, &entry).await.map(|id| (id, true)),
    };
    match added {
        Ok((id, true)) => Ok(id),
        // The same upload raced in first: keep its photo, not this copy.
        Ok((id, false)) => {
            let _ = diary.delete(key, photo_id).await;
            Ok(id)
        }
        Err(e) => {
            let _ = diary.delete(key, photo_id).await;
            Err(e)
        }
    }
}

/// Deletes a photo entry and its photo's record (the photo first). Either already gone is fine.
pub async fn delete_photo(
    diary: &Diary,
    key: &Unlocked,
    entry_id: RecordId,
    photo_id: RecordId,
) -> Result<(), DiaryError> {
    gone_or(diary.delete(key, photo_id).await)?;
    gone_or(diary.delete(key, entry_id).await)?;
    Ok(())
}
