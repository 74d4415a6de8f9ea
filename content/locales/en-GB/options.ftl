## en-GB text for the options page (issue 3).
