"""The registry of diagnostic codes: every code the compiler can report, with what it means.

Families: P syntax, N names, T types and units, C citations, H header, R recommendations,
U unknown facts, L logic, X authored examples, B FHIR bindings (the binding file beside a
guideline, compiler/bindings).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from compiler.emit_docs.binding_examples import BINDING_EXAMPLES
from compiler.emit_docs.code_examples import EXAMPLES
from compiler.emit_docs.score_examples import SCORE_EXAMPLES


@dataclass(frozen=True)
class Code:
    """One diagnostic code: a short title, a plain explanation, and two guideline snippets.

    `wrong` reports the code and `right` is the same snippet fixed (both shown on
    docs/errors.md). A snippet starting with `guideline` is a whole file; any other is
    the body after the usual header. Entries may give them here or in
    compiler/emit_docs/code_examples.py.
    """

    code: str
    title: str
    explanation: str
    wrong: str = ""
    right: str = ""


_ENTRIES = (
    Code(
        "P001",
        "Unexpected character",
        "A character that has no meaning in the language, or a letter outside a-z and A-Z "
        "in a name (also one that only looks like a plain letter, such as `ſ`).",
    ),
    Code("P002", "Unexpected word or symbol", "The parser found something it did not expect."),
    Code("P003", "Unclosed text", "Text in double quotes must end on the same line."),
    Code("P004", "Bad indentation", "Blocks are shown by indentation; depths must match."),
    Code("P005", "Empty or unfinished block", "A line ending in `:` needs an indented block."),
    Code("P006", "Missing colon", "`when`, `otherwise` and `input` lines need a `:`."),
    Code("P007", "Reserved word as a name", "A word of the language was used as a name."),
    Code("P008", "Double equals", "Equality is written with a single `=`."),
    Code("P009", "Unknown escape", 'Inside text only \\", \\\\, \\n and \\t are escapes.'),
    Code("P011", "Unit where a number belongs", "A number was expected, a unit was found."),
    Code("P012", "Misspelt keyword", "A word close to a keyword of the language."),
    Code("P013", "Field given twice", "A field that takes one value was given twice."),
    Code("P014", "Impossible date", "Dates are written YYYY-MM-DD and must exist."),
    Code("P015", "Nested too deeply", "Blocks or conditions nested past what is readable."),
    Code("P016", "Number too large", "A number past what a computer can hold (10^308)."),
    Code("P017", "Not UTF-8 text", "Guideline files are saved as UTF-8; this one has other bytes."),
    Code(
        "P018",
        "File cannot be read",
        "A guideline file that cannot be opened: no permission to read it, a folder, "
        "or a file removed while the command ran.",
    ),
    Code("P019", "Text too long", "A text in quotes longer than 10,000 characters."),
    Code("P020", "Condition too large", "A condition testing more than 40 facts and comparisons."),
    Code("N001", "Unknown name", "A name that is neither an input nor a definition."),
    Code("N002", "Name used twice", "Two declarations or ids share one name."),
    Code("N003", "Unknown choice", "A choice the input does not list."),
    Code("N005", "Circular definition", "A definition that depends on itself."),
    Code("N008", "Repeated choice", "A one-of input lists the same choice twice."),
    Code("N030", "Unknown function", "The functions are `min` and `max`."),
    Code("N031", "Unknown choice in a lookup", "A lookup names a choice its input does not list."),
    Code("N032", "Choice given twice in a lookup", "A lookup gives one choice two values."),
    Code("N009", "Unused input", "An input that no condition or dose reads."),
    Code("N010", "Unused definition", "A definition nothing uses."),
    Code("N020", "Unused score", "A score that no decision, section or definition reads."),
    Code("T001", "Wrong kind of value", "A number where a condition belongs, or the reverse."),
    Code("T002", "Incompatible units", "Values of different dimensions compared or added."),
    Code("T003", "Missing unit", "A plain number compared with a measurement."),
    Code("T004", "Range misused", "A range where one value is needed."),
    Code("T005", "Unknown unit", "A unit symbol the language does not know."),
    Code("T006", "Choice misused", "A choice compared with a sign, or `is` on a number."),
    Code("T007", "Dose without unit", "A dose must be an amount with a unit."),
    Code("T009", "Backwards range", "A range whose first value is larger than its second."),
    Code("T010", "Known-test on a definition", "`is known` applies to inputs only."),
    Code("T011", "Bad number input", "Whole inputs need whole limits; steps must be positive."),
    Code("T012", "Duration not fixed", "A time field must be a fixed length of time."),
    Code(
        "T013",
        "Not a dose unit",
        "A dose must be an amount (mass, volume, IU, mmol), optionally per kg and per time.",
    ),
    Code(
        "T014",
        "Bad molar mass",
        "A molar mass is a positive mass per mole, on a mass or molar concentration.",
    ),
    Code(
        "T060",
        "Conversion not between mass and moles",
        "A `convert` factor sets a mass concentration of the input's substance beside its "
        "molar concentration (`1 mg/dL = 88.4 umol/L`); units of one kind already convert "
        "exactly without one.",
    ),
    Code(
        "T061",
        "Conversion factor not positive",
        "Both amounts of a `convert` factor are more than 0.",
    ),
    Code(
        "T062",
        "Conversion on another kind of input",
        "A `convert` factor belongs on an input measured in one of its two kinds of "
        "concentration.",
    ),
    Code("T040", "Review or recheck time not a time", "`review in` and `recheck ... in` take a "
         "length of time (days, weeks, months, years)."),
    Code("T041", "Review or recheck time not fixed", "The time of a review or recheck is a fixed "
         "time or range of times, not computed for the patient."),
    Code("T042", "Dose cap of another kind", "A `dose cap` is an amount of the same kind as the "
         "dose (converted exactly); a per-kg cap cannot limit a dose multiplied by the weight."),
    Code("T043", "Dose cap as a range", "A `dose cap` is one amount: the most one dose may be."),
    Code("T044", "Not a daily maximum", "A `daily maximum` is one amount of drug per day "
         "(an amount alone is read as per day), optionally per kg."),
    Code("T045", "Daily maximum of another kind", "The daily maximum is not the same kind of "
         "amount as the dose (a mass beside a volume, per kg beside a total)."),
    Code(
        "T020",
        "Score used out of line",
        "A score may be added to, subtracted from, or multiplied or divided by a value that "
        "does not use a score, but not multiplied by another score or divided by.",
    ),
    Code("T021", "Dose from a score", "A dose cannot be computed from a score."),
    Code("T022", "Criterion of 0 points", "A criterion of 0 points never changes the score."),
    Code(
        "T023",
        "Score inside a chosen value",
        "A score cannot be used inside `if`, `lookup`, `min`, `max`, `at most` or `at least`: "
        "decide on the score and give each branch its value.",
    ),
    Code("T024", "Score without criteria", "A score with no `points` line is always 0."),
    Code(
        "T030",
        "Values of different kinds to choose from",
        "The values an `if`, a `lookup`, `min`, `max`, `at most` or `at least` chooses "
        "between must measure the same thing (any units of it: they are converted exactly).",
    ),
    Code(
        "T031",
        "Not a number to choose",
        "`if`, `lookup`, `min`, `max`, `at most` and `at least` choose between numbers; "
        "a condition, a choice or a date is not one.",
    ),
    Code("T032", "Lookup on something else", "`lookup` reads a one-of input."),
    Code(
        "T033",
        "Lookup that misses a choice",
        "A lookup gives a value for every choice of its input, or ends with `otherwise -> value`.",
    ),
    Code("T034", "min or max of one value", "`min` and `max` compare two values or more."),
    Code(
        "T035",
        "Known-test that chooses a value",
        "A value chosen by condition is unknown when any fact it reads is unknown, so "
        "`is known` and `is unknown` cannot choose it; a decision's `when unknown:` can.",
    ),
    Code(
        "T037",
        "Dose too large to compile",
        "A dose choosing its value with more than 40 facts, comparisons and choices.",
    ),
    Code(
        "T036",
        "Lookup `otherwise` never used",
        "Every choice already has its value, so the last `otherwise -> value` never applies.",
    ),
    Code("C001", "Unknown reference", "A citation key with no matching reference."),
    Code("C002", "Uncited reference", "A reference nobody cites."),
    Code("C003", "Recommendation without evidence", "No citation and no stated basis."),
    Code("C004", "Reference declared twice", "Two references share one key."),
    Code("H001", "Header field missing", "A required header field is absent."),
    Code("H002", "Bad version", "The version must be semantic: MAJOR.MINOR.PATCH."),
    Code("H003", "Bad status", "The status is draft, active or retired."),
    Code("H004", "Unknown strength", "A strength outside the guideline's grading."),
    Code("H007", "Bad guideline id", "Guideline ids are lower case letters, digits and _."),
    Code(
        "H008",
        "Guideline id that clashes with an output",
        "The id names the generated module, its tests and its page; a word of Python, "
        "`index`, `tests` or `conftest` would break or replace one of them.",
    ),
    Code(
        "H009",
        "Guideline id used twice",
        "Two guideline files share one id, so the build would write both to the same files.",
    ),
    Code("H010", "Acknowledged error", "Only warnings can be acknowledged; errors are fixed."),
    Code("H011", "Acknowledges nothing", "No warning of that code is reported where it says."),
    Code("H012", "Acknowledges an unknown name", "`in` names nothing in the guideline."),
    Code("R001", "Field not allowed for this kind", "E.g. a dose on a `monitor`."),
    Code("R002", "Choose with too few options", "`choose` needs two or more options."),
    Code("R003", "Options outside choose", "Only `choose` has options."),
    Code("R005", "Ask outside an unknown branch", "`ask` belongs in `when unknown:`."),
    Code("R010", "Dose cap without a dose", "A `dose cap` limits the recommendation's `dose`."),
    Code("R011", "Daily maximum without a dose", "A `daily maximum` belongs beside a `dose`."),
    Code(
        "U002",
        "Dose needs an unknown fact",
        "A dose or preference reads a fact that may be unknown.",
    ),
    Code("U003", "Known-test on a required fact", "`is known` on a fact that is never unknown."),
    Code("L003", "Branch after otherwise", "No patient can reach a branch after `otherwise`."),
    Code("L004", "Repeated special branch", "Two `otherwise` or two `when unknown` branches."),
    Code("L005", "Decision without branches", "A decision needs a `when` branch."),
    Code("L010", "Patients no branch covers", "A valid patient falls through a decision."),
    Code("L011", "Unreachable branch", "No valid patient who reaches the decision takes it."),
    Code("L012", "Section that never applies", "No valid patient who reaches it meets its `when`."),
    Code("L020", "Overlap in an exclusive decision", "Two branch conditions hold together."),
    Code(
        "L021",
        "Order hides a recommendation",
        "Order hides a later branch's stop, caution, referral or other dose of the same drug.",
    ),
    Code("L030", "Start and stop on one path", "One patient is told to give and stop a drug."),
    Code("L031", "Two doses on one path", "One patient gets two different doses of a drug."),
    Code("L065", "Dose cap that never applies", "No patient who gets the recommendation has a "
         "dose above its cap (a warning, with an example patient)."),
    Code("L066", "Dose cap that always applies", "Every patient who gets the recommendation has "
         "a dose above its cap, so the rule before it never decides the dose."),
    Code("L067", "Daily maximum below a day's doses", "At the stated frequency (when it is "
         "machine-readable, such as `every 6 hours`) the doses of a day pass the daily maximum "
         "for some patient."),
    Code("L068", "One dose above the daily maximum", "One dose alone (or a dose per day) is more "
         "than the daily maximum for some patient."),
    Code("L040", "Unknown fact reaches a decision", "A valid patient meets an unknown fact "
         "where nothing handles it: the decision waits."),
    Code(
        "L060",
        "`if` that never chooses",
        "Its condition is yes for every valid patient, or no for every one, so one value is "
        "never used.",
    ),
    Code("L061", "Limit that never applies", "The value is within the limit for every patient."),
    Code(
        "L062",
        "Limit that always applies",
        "The value is beyond the limit for every patient, so it is always the limit.",
    ),
    Code(
        "L063",
        "Value of `min` or `max` never chosen",
        "Another value is always smaller (for `min`) or larger (for `max`).",
    ),
    Code("L050", "Criterion never yes", "No valid patient meets it: its points never count."),
    Code("L051", "Criterion always yes", "Every valid patient meets it: its points always count."),
    Code(
        "L052",
        "Score compared outside its range",
        "The score never reaches the value it is compared with, so the comparison has the "
        "same answer for every patient.",
    ),
    Code("L090", "Logic not verified in time", "The solver could not answer some questions."),
    Code(
        "L091",
        "Example patient does not reproduce",
        "A compiler defect: a patient the checks found gives another answer when run.",
    ),
    Code("X001", "Example disagrees", "The guideline's output differs from the example's."),
    Code("X002", "Bad example fact", "An example gives a value that does not fit its input."),
    Code("B001", "Binding file unreadable", "The binding file is not valid TOML, not UTF-8, or "
         "cannot be opened."),
    Code("B002", "Binding of an unknown input", "A table of the binding file names no input of "
         "the guideline."),
    Code("B003", "Unknown code system", "A code's system is not LOINC, SNOMED CT, RxNorm, ICD-10 "
         "or ICD-10-CM, written as its URI (`http://loinc.org`); a misspelt system would match "
         "nothing in the record."),
    Code("B004", "Unit of another kind", "The UCUM unit of the record's values measures another "
         "kind of value than the input's unit (a mass for a concentration)."),
    Code("B005", "Input without a binding", "Every input needs a table: `from` and `codes` where "
         "the record holds it, or `ask` with the reason no code does. A service asks the "
         "clinician for the facts it cannot read."),
    Code("B006", "Unknown key", "A key that bindings do not have, often a misspelling."),
    Code("B007", "Value of the wrong type", "A key's value is not what it takes: text in quotes, "
         "or a list of texts."),
    Code("B008", "Unknown resource type", "Facts are read from Observation or Condition "
         "resources."),
    Code("B009", "Code not written as system|code", "A code is the system's URI, a bar and the "
         "code: `http://loinc.org|2157-6`."),
    Code("B010", "Unit missing or not UCUM", "A number is read with the UCUM unit of its values; "
         "the unit is missing, not a UCUM code this compiler converts, or given to a fact that "
         "has none."),
    Code("B011", "Look-back window unreadable", "`within` is a whole number and a unit of time: "
         "`30 days`, `12 hours`, `6 months`."),
    Code("B012", "Status filter wrong", "An Observation status that does not exist, "
         "`entered-in-error` (which never counts), an empty list, or a status filter on a "
         "Condition."),
    Code("B013", "Resource that cannot give the fact", "A Condition gives yes/no facts only; "
         "numbers and choices are read from Observations; a date is asked."),
    Code("B014", "Answer codes wrong", "A choice without codes for its choices, an unknown "
         "choice, or `yes`/`no`/`choices` on a fact of another kind."),
    Code("B015", "Binding file of another guideline", "The file's `guideline` names another "
         "guideline than the one beside it."),
    Code("B016", "Both read and asked", "A fact is read from the record (`from`) or asked "
         "(`ask`), not both."),
    Code("B017", "Code given twice", "A code appears twice, or means two answers."),
    Code("B019", "Age not from the birth date", "A fact read from the Patient is the age in "
         "completed years, worked out from its birth date: it takes no codes, and its input "
         "is a whole number of years."),
    Code("B020", "Order codes for a drug the guideline does not name", "An `[orders.<drug>]` "
         "table names a drug that no recommendation of the guideline is about (`drug NAME`)."),
    Code("B018", "Guideline without bindings", "`guideline serve` serves a guideline only with a "
         "binding file beside it, so that the service reads only the facts it declares."),
    Code("X003", "Invalid example patient", "The example's patient fails validation."),
    Code("X004", "Example names unknown recommendation", "An expected id does not exist."),
    Code(
        "X005",
        "Test cases not generated",
        "The solver gave no answer while finding the test patients of a guideline, so the "
        "build stops and keeps the files of the last build.",
    ),
)


def _with_examples(entry: Code) -> Code:
    """The entry with its snippets from emit_docs/code_examples.py, unless it gives its own."""
    examples = {**EXAMPLES, **BINDING_EXAMPLES, **SCORE_EXAMPLES}
    if entry.wrong or entry.code not in examples:
        return entry
    wrong, right = examples[entry.code]
    return replace(entry, wrong=wrong, right=right)


CODES: dict[str, Code] = {entry.code: _with_examples(entry) for entry in _ENTRIES}


def lookup(code: str) -> Code:
    """The registry entry of a code."""
    return CODES[code]
