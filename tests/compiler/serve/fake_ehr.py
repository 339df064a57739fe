"""A fake EHR for the service tests: a real HTTP server on 127.0.0.1 with a FHIR API and a
JWKS, and the client's signing keys to mint tokens with."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, rsa

ISSUER = "https://ehr.test/cds-client"


def _default(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral() else int(value)
    raise TypeError(type(value).__name__)


@dataclass
class FakeEhr:
    """The FHIR data it serves, the requests it got and its keys."""

    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # patient -> resources
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path?query, auth)
    fail: int | None = None  # answer every FHIR search with this status
    base: str = ""
    ec_key: Any = field(default_factory=lambda: ec.generate_private_key(ec.SECP384R1()))
    rsa_key: Any = field(default_factory=lambda: rsa.generate_private_key(65537, 2048))

    def jwks(self) -> dict[str, object]:
        keys = []
        for kid, key in (("ec-1", self.ec_key), ("rsa-1", self.rsa_key)):
            jwk = json.loads(jwt.algorithms.get_default_algorithms()[
                "ES384" if kid == "ec-1" else "RS384"].to_jwk(key.public_key()))
            jwk.update({"kid": kid, "use": "sig"})
            keys.append(jwk)
        return {"keys": keys}

    @property
    def jwks_url(self) -> str:
        return f"{self.base}/.well-known/jwks.json"

    @property
    def fhir(self) -> str:
        return f"{self.base}/fhir"

    def token(self, audience: str, *, alg: str = "ES384", kid: str = "ec-1",
              issuer: str = ISSUER, exp: float | None = None, jti: str | None = None,
              key: Any = None, headers: dict[str, object] | None = None,
              drop: tuple[str, ...] = ()) -> str:
        now = time.time()
        claims: dict[str, object] = {"iss": issuer, "sub": "client-1", "aud": audience,
                                     "iat": int(now), "exp": int(exp or now + 300),
                                     "jti": jti or str(uuid.uuid4())}
        for name in drop:
            claims.pop(name)
        signer = key if key is not None else (self.ec_key if alg.startswith("ES")
                                              else self.rsa_key)
        return jwt.encode(claims, signer, algorithm=alg,
                          headers={"kid": kid, "typ": "JWT", **(headers or {})})

    def search(self, path: str) -> tuple[int, bytes]:
        parsed = urlparse(path)
        query = parse_qs(parsed.query)
        kind = parsed.path.rsplit("/", 1)[-1]
        if kind == "Patient":  # `Patient?_id=`: the patient's own resource
            ident = query.get("_id", [""])[0]
            found = [r for r in self.records.get(ident, [])
                     if r.get("resourceType") == "Patient" and r.get("id") == ident]
            bundle = {"resourceType": "Bundle", "type": "searchset", "total": len(found),
                      "entry": [{"resource": r} for r in found]}
            return 200, json.dumps(bundle, default=_default).encode()
        patient = query.get("patient", [""])[0]
        codes = set(",".join(query.get("code", [])).split(","))
        found = [r for r in self.records.get(patient, [])
                 if r.get("resourceType") == kind and any(
                     f"{c.get('system')}|{c.get('code')}" in codes
                     for c in r.get("code", {}).get("coding", []))]
        bundle = {"resourceType": "Bundle", "type": "searchset", "total": len(found),
                  "entry": [{"resource": r} for r in found]}
        return 200, json.dumps(bundle, default=_default).encode()


@contextmanager
def running_ehr() -> Iterator[FakeEhr]:
    """The fake EHR, listening on 127.0.0.1 until the block ends."""
    ehr = FakeEhr()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/.well-known/jwks.json":
                status, body = 200, json.dumps(ehr.jwks()).encode()
            elif self.path.startswith("/fhir/"):
                ehr.requests.append((self.path, self.headers.get("Authorization")))
                status, body = (ehr.fail, b"{}") if ehr.fail else ehr.search(self.path)
            else:
                status, body = 404, b"{}"
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ehr.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ehr
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
