"""Clients of the CDS Hooks ecosystem, run in virtual environments of their own."""
