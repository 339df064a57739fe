"""FHIR bindings of a guideline's patient facts, read from a file beside the guideline.

`guidelines/<id>.bindings.toml` says, for each input, where a hospital's FHIR record
holds it (resource type, codes, UCUM unit, statuses, look-back window), or that no
standard code holds it and the clinician is asked. `load` reads the file (with
positions for diagnostics), `check` holds it against the guideline, and `reader`
turns a FHIR Bundle or a CDS Hooks prefetch into the patient facts.
"""
