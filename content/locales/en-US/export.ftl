## The export page and the PDF summary: only where US wording differs.

export-section-scans = Ultrasounds
export-scans-heading = Ultrasounds
export-format-fhir = FHIR file (for hospital and clinic computer systems)
