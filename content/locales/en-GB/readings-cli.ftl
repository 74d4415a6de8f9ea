## en-GB labels of the plain-text answers of `solace dating | risk | options` (crates/cli calc_cmd.rs).

cli-dating-age = Gestational age: { $weeks } weeks { $days } days ({ $total } days)
cli-dating-give-or-take = , give or take { $give } days
cli-dating-as-of = As of:
cli-dating-due = Due date:
cli-dating-note = Note:
cli-dating-sources = Sources:
cli-odds-checked = checked { $date }
cli-odds-figures = Figures:
cli-odds-not-shown = Not shown:
cli-odds-week = week { $n }
cli-options-what = What happens:
cli-options-how-long = How long:
cli-options-how-often = How often it works:
cli-options-ask = Questions to ask:
cli-options-after = After any of them:
