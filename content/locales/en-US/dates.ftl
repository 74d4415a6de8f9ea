## en-US wording where it differs from en-GB (dates page).
