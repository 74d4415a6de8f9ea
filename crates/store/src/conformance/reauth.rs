//! Asking for the passphrase again before export or deleting everything (issue 14 item 7).

use std::sync::Arc;

use crate::{Diary, DiaryError, Store};

use super::{new_account, pass, secs, t0};

/// `confirm_passphrase` opens nothing new, accepts only the account's own passphrase, and counts
/// a wrong one as a failed unlock: five and even the right one waits.
pub async fn confirming_the_passphrase_counts_as_an_unlock(store: Arc<dyn Store>) {
    let diary = Diary::new(store);
    let (u, _) = new_account(&diary, "again", "confirm me again please").await;
    let (other, _) = new_account(&diary, "someone", "someone else entirely").await;
    diary
        .confirm_passphrase(&u, &pass("confirm me again please"), t0())
        .await
        .expect("the right passphrase");
    assert_err!(
        diary
            .confirm_passphrase(&u, &pass("someone else entirely"), t0())
            .await,
        DiaryError::WrongPassphrase
    );
    for i in 1..5 {
        assert_err!(
            diary
                .confirm_passphrase(&u, &pass("not the right one at all"), t0() + secs(i))
                .await,
            DiaryError::WrongPassphrase
        );
    }
    assert_err!(
        diary
            .confirm_passphrase(&u, &pass("confirm me again please"), t0() + secs(6))
            .await,
        DiaryError::TooManyAttempts { .. }
    );
    // The same limit as unlocking: the count is the account's.
    assert_err!(
        diary
            .unlock("again", &pass("confirm me again please"), t0() + secs(7))
            .await,
        DiaryError::TooManyAttempts { .. }
    );
    // Another account is untouched.
    diary
        .confirm_passphrase(&other, &pass("someone else entirely"), t0() + secs(8))
        .await
        .expect("another account's own passphrase");
}
