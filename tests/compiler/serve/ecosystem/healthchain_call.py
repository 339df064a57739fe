"""Call a CDS Hooks service with HealthChain's sandbox client (run by its own Python).

HealthChain pins older FastAPI and httpx than this project uses, so it lives in a
virtual environment of its own (`.venv-healthchain`, made by `python3 dev.py test`) and
this script is run by that environment's Python:

    python healthchain_call.py DISCOVERY_URL SERVICE_URL PATIENT_ID PREFETCH.json

It builds the request with HealthChain's request constructor (its CDSRequest and
PatientViewContext models), sends it with its SandboxClient, validates discovery and
the answer strictly with its CDSServiceInformation and CDSResponse models, and prints
one JSON object: the request as sent and the answer as HealthChain parsed it. Any
validation failure exits non-zero with the error.
"""

from __future__ import annotations

import json
import sys

import httpx
from healthchain.models.responses.cdsdiscovery import CDSServiceInformation
from healthchain.models.responses.cdsresponse import CDSResponse
from healthchain.sandbox import SandboxClient
from healthchain.sandbox.requestconstructors import CdsRequestConstructor
from healthchain.sandbox.workflows import Workflow


def main() -> int:
    discovery_url, service_url, patient, prefetch_path = sys.argv[1:5]
    discovery = CDSServiceInformation.model_validate(httpx.get(discovery_url).json())
    with open(prefetch_path, encoding="utf-8") as handle:
        prefetch = json.load(handle)
    client = SandboxClient(url=service_url, workflow="patient-view")
    request = CdsRequestConstructor().construct_request(
        prefetch, Workflow.patient_view, {"patientId": patient, "userId": "Practitioner/1"}
    )
    client.requests.append(request)
    [answer] = client.send_requests()
    parsed = CDSResponse.model_validate(answer)  # strict: send_requests falls back to raw
    print(json.dumps({
        "services": [s.id for s in discovery.services],
        "request": request.model_dump(mode="json", exclude_none=True),
        "answer": parsed.model_dump(mode="json", exclude_none=True),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
