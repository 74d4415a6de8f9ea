## en-GB text for the odds page (issue 3).
