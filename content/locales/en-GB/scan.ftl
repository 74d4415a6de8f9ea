## en-GB text for the scan page (issue 3).
