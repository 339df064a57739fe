"""Write the VS Code extension's TextMate grammar from the Lark grammar.

.venv/bin/python tools/textmate_grammar.py          # write it
.venv/bin/python tools/textmate_grammar.py --check  # fail if it is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

from compiler.lsp import textmate

TARGET = (
    Path(__file__).resolve().parent.parent / "editors/vscode/syntaxes/guideline.tmLanguage.json"
)


def main() -> int:
    """Write the grammar, or with --check say whether it is current."""
    wanted = textmate.text()
    if sys.argv[1:] == ["--check"]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != wanted:
            print(f"{TARGET} is stale: run python3 tools/textmate_grammar.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(wanted, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
