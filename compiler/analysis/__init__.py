"""The one analysis engine: constraints over a guideline's facts, exact arithmetic, z3 behind one
interface. Checks, test generation and the emitters ask it their questions."""
