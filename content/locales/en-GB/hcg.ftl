## en-GB text for the hcg page (issue 3).
