"""JWT bearer tokens as CDS Hooks 2.0 asks a service to verify them.

The client signs a JWT with its private key; the service trusts only the issuers it was
configured with, each with the URL of its JSON Web Key Set. A token is accepted when:

- its algorithm is asymmetric (RS*, PS*, ES*; never `none` or a shared secret);
- its `iss` is an allowed issuer, and its `jku` header, if any, is that issuer's key URL;
- its signature verifies with a key of that set (chosen by `kid`);
- its `aud` is the URL of the service endpoint being called;
- it has `exp` (not passed), `iat` and `jti`, and that `jti` has not been seen before
  (a replayed token is refused).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import jwt

ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")
LEEWAY = 30  # seconds of clock difference allowed
MAX_TOKEN = 16_000  # characters


class AuthError(Exception):
    """A token that is missing or not accepted; the message is safe to return."""


@dataclass
class Verifier:
    """Verifies tokens from the allowed issuers: {issuer: JWKS URL}."""

    issuers: dict[str, str]
    clock: Callable[[], float] = time.time
    _clients: dict[str, jwt.PyJWKClient] = field(default_factory=dict)
    _seen: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _client(self, issuer: str) -> jwt.PyJWKClient:
        with self._lock:
            client = self._clients.get(issuer)
            if client is None:
                client = jwt.PyJWKClient(self.issuers[issuer], cache_keys=True, lifespan=300,
                                         timeout=5)
                self._clients[issuer] = client
            return client

    def verify(self, authorization: str | None, audience: str) -> dict[str, object]:
        """The verified claims of `Authorization: Bearer <jwt>`, or AuthError."""
        if not authorization or not authorization.startswith("Bearer "):
            raise AuthError("a bearer token (a JWT signed by a trusted client) is required")
        token = authorization.removeprefix("Bearer ").strip()
        if len(token) > MAX_TOKEN:
            raise AuthError("the token is too long")
        try:
            header = jwt.get_unverified_header(token)
            unverified = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            raise AuthError("the token is not a JWT") from None
        algorithm = header.get("alg")
        if algorithm not in ALGORITHMS:
            raise AuthError("the token must be signed with an asymmetric key (RS, PS or ES)")
        issuer = unverified.get("iss")
        if not isinstance(issuer, str) or issuer not in self.issuers:
            raise AuthError("the token's issuer is not trusted")
        jku = header.get("jku")
        if jku is not None and jku != self.issuers[issuer]:
            raise AuthError("the token's key URL (jku) is not the one trusted for its issuer")
        try:
            key = self._client(issuer).get_signing_key_from_jwt(token)
        except jwt.PyJWKClientError:
            raise AuthError("the token's signing key could not be found at its issuer") from None
        try:
            claims: dict[str, object] = jwt.decode(
                token,
                key.key,
                algorithms=[algorithm],
                audience=audience,
                issuer=issuer,
                leeway=LEEWAY,
                options={"require": ["iss", "aud", "exp", "iat", "jti"]},
            )
        except jwt.ExpiredSignatureError:
            raise AuthError("the token has expired") from None
        except jwt.InvalidAudienceError:
            raise AuthError("the token is for another service (aud)") from None
        except jwt.PyJWTError:
            raise AuthError("the token's signature or claims are not valid") from None
        self._once(claims)
        return claims

    def _once(self, claims: dict[str, object]) -> None:
        jti, exp = claims.get("jti"), claims.get("exp")
        if not isinstance(jti, str) or not jti:
            raise AuthError("the token has no jti")
        now = self.clock()
        with self._lock:
            if len(self._seen) > 10_000:
                self._seen = {k: v for k, v in self._seen.items() if v > now - LEEWAY}
            key = f"{claims.get('iss')}\n{jti}"
            if key in self._seen:
                raise AuthError("the token was used before (replayed jti)")
            self._seen[key] = float(exp) if isinstance(exp, int | float) else now + 3600
