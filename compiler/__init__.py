"""The guideline compiler: checks, IR, emitters, diagnostics and the command line."""
