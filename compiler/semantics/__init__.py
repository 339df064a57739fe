"""The meaning of a guideline: names resolved, the IR, and the interpreter that is the reference
semantics every backend agrees with."""
