## Diary photos: only where US wording differs (nothing yet).
