"""The language server (`guideline lsp`): the compiler's diagnostics, navigation and
formatting for editors, over the Language Server Protocol (pygls)."""
