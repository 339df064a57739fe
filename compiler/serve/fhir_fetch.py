"""Reading the record from the client's FHIR server when the prefetch does not hold it.

Only the searches of the prefetch templates are made, for the patient of the request,
with the access token the client gave; a `next` page is followed only on the same server.
Every answer is bounded in size and time.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from urllib.parse import quote

import httpx

from compiler.bindings.prefetch import Requirement

MAX_PAGES = 10
MAX_BYTES = 5_000_000
TIMEOUT = 5.0


class FetchError(Exception):
    """The FHIR server could not give what the service needs; the message is safe to return."""


def _reject(constant: str) -> object:
    raise ValueError(constant)


def parse_json(body: bytes) -> object:
    """JSON with numbers as exact Decimals; NaN and Infinity refused (ValueError)."""
    return json.loads(body, parse_float=Decimal, parse_constant=_reject)


async def fetch(
    client: httpx.AsyncClient,
    server: str,
    token: str | None,
    patient: str,
    wanted: list[Requirement],
) -> dict[str, object]:
    """{prefetch key: a searchset Bundle of every page} for each requirement."""
    if not server.startswith(("https://", "http://")):
        raise FetchError("fhirServer must be an http(s) URL")
    base = server.rstrip("/") + "/"
    headers = {"Accept": "application/fhir+json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    out: dict[str, object] = {}
    for requirement in wanted:
        url: str | None = base + requirement.query(quote(patient, safe=""))
        entries: list[object] = []
        pages = 0
        while url is not None:
            pages += 1
            if pages > MAX_PAGES:
                raise FetchError("the FHIR server's answer has too many pages")
            bundle = await _get(client, url, headers)
            entries.extend(e for e in _list(bundle.get("entry")))
            url = _next(bundle, base)
        out[requirement.key] = {"resourceType": "Bundle", "type": "searchset", "entry": entries}
    return out


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _next(bundle: Mapping[str, object], base: str) -> str | None:
    for link in _list(bundle.get("link")):
        if isinstance(link, dict) and link.get("relation") == "next":
            target = link.get("url")
            if isinstance(target, str) and target.startswith(base):
                return target
            if isinstance(target, str):
                raise FetchError("the FHIR server's next page is on another server")
    return None


async def _get(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> dict[str, object]:
    try:
        async with client.stream("GET", url, headers=headers, timeout=TIMEOUT) as response:
            if response.status_code != 200:
                raise FetchError(f"the FHIR server answered {response.status_code}")
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > MAX_BYTES:
                    raise FetchError("the FHIR server's answer is too large")
    except httpx.HTTPError:
        raise FetchError("the FHIR server could not be reached") from None
    try:
        data = parse_json(bytes(body))
    except (ValueError, RecursionError):
        raise FetchError("the FHIR server's answer is not JSON") from None
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise FetchError("the FHIR server's answer is not a Bundle")
    return data
