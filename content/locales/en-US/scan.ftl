## en-US wording where it differs from en-GB (scan page).
