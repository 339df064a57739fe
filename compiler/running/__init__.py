"""Running a guideline on patients: batches, result rendering, explanations."""
