"""Build output: one module per guideline. Do not edit."""
