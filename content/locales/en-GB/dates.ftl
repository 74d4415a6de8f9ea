## en-GB text for the dates page (issue 3).
