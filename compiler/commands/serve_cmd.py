"""`guideline serve [PATHS]`: the CDS Hooks service of every guideline with bindings."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from compiler.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    guideline_paths,
    print_diagnostics,
    project_root,
)
from compiler.publishing import PublishingError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser("serve", help="serve the guidelines as CDS Hooks services")
    parser.add_argument("paths", nargs="*", help="guideline files or folders (default: all)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--trust", action="append", default=[], metavar="ISSUER=JWKS_URL",
        help="a CDS client allowed to call, by its JWT issuer and the URL of its key set "
        "(repeat for each client)")
    parser.add_argument(
        "--public-url", help="the base URL clients call (the JWT audience is this URL and "
        "the service's path); default: the URL of each request")
    parser.add_argument("--max-body", type=int, default=5_000_000,
                        help="largest request body in bytes (default 5 MB)")
    parser.add_argument("--feedback-file", type=Path,
                        help="append the feedback records to this JSON Lines file")
    parser.add_argument("--dev-no-auth", action="store_true",
                        help="DEVELOPMENT ONLY: answer requests without a token")
    parser.set_defaults(handler=run)


def _issuers(pairs: list[str]) -> dict[str, str]:
    issuers = {}
    for pair in pairs:
        issuer, sep, url = pair.partition("=")
        if not sep or not issuer or not url.startswith(("https://", "http://")):
            raise UsageError(f"--trust takes ISSUER=JWKS_URL, got {pair!r}")
        issuers[issuer] = url
    return issuers


def run(args: argparse.Namespace) -> int:
    """Load, check and serve until stopped."""
    import uvicorn  # noqa: PLC0415 - the service libraries load for this command only

    from compiler.serve.app import create_app  # noqa: PLC0415
    from compiler.serve.auth import Verifier  # noqa: PLC0415
    from compiler.serve.catalog import load  # noqa: PLC0415

    issuers = _issuers(args.trust)
    if not issuers and not args.dev_no_auth:
        raise UsageError("give --trust ISSUER=JWKS_URL for each client (or --dev-no-auth "
                         "for development)")
    root = project_root()
    try:
        services, compiled = load(root, guideline_paths(root, args.paths))
    except PublishingError as exc:
        print(f"guideline: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print_diagnostics(compiled, "human")
    if not services:
        print("serve stopped: fix the errors above", file=sys.stderr)
        return EXIT_FINDINGS
    verifier = None if args.dev_no_auth else Verifier(issuers)
    app = create_app(services, verifier=verifier, public_url=args.public_url,
                     max_body=args.max_body, feedback_path=args.feedback_file)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if verifier is None:
        print("WARNING: --dev-no-auth: every request is answered without a token",
              file=sys.stderr)
    ids = ", ".join(s.id for s in services)
    print(f"serving {ids} at http://{args.host}:{args.port}/cds-services", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", access_log=False)
    return EXIT_OK
