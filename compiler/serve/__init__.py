"""`guideline serve`: a CDS Hooks service for each guideline that has FHIR bindings.

`catalog` loads the served guidelines (compiled, with their bindings and their module),
`cards` turns a patient's facts into CDS Hooks cards, `auth` verifies the client's JWT,
`fhir_fetch` reads the record from the client's FHIR server when prefetch is missing, and
`app` is the ASGI application (Starlette routing through FastAPI) that uvicorn runs.
"""
