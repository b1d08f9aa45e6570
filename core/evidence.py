"""Why a quote has its speaker, as JSON and as one line a reporter reads.

``evidence_json`` is what ``onrecord extract --json`` gives each quote as ``evidence``
and what the library stores; ``explain`` turns it into the sentence the window shows
under "Why this speaker?".
"""

from __future__ import annotations

from typing import Any

from core.document import Quote, Span

SIEVES = {
    "cue": "the cue beside the mention",
    "neighbour": "the voice of the sentence next to it",
    "previous paragraph": "the speaker of the paragraph before",
    "subject": "the subject of its sentence",
    "transcript": "a transcript label opening the paragraph",
    "signature": "a signature after a dash",
    "recorded": "the record a heading names over the paragraphs after it",
    "inner": "a cue inside the quotation around it",  # only in libraries from before 2026-12-07
    "statement": "the reported statement that holds the quoted words",
    "model": "the learnt model, over the sieves' first choice",
}
NO_SPEAKER = {
    "none": "no person, pronoun or cue was found in reach of the quotation",
    "thing": "the subject of its sentence is a thing, not someone who speaks",
}


def _place(text: str, span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": span.of(text), "start": span.start, "end": span.end}


def evidence_json(quote: Quote, text: str) -> dict[str, Any] | None:
    """The evidence of ``quote`` with the words at each span, or None if not recorded."""
    evidence = quote.evidence
    if evidence is None:
        return None
    data = {
        "speaker": quote.speaker.name if quote.speaker else None,
        "decided_by": evidence.decided_by,
        "cue": _place(text, quote.cue_span),
        "mention": _place(text, quote.mention),
        "refers_to": _place(text, evidence.refers_to),
        "candidates": [_place(text, span) for span in evidence.candidates],
        "margin": evidence.margin,
    }
    data["explanation"] = explain(data, data["speaker"])
    return data


def explain(evidence: dict[str, Any], speaker: str | None) -> str:
    """One line: who, on which mention and cue, referring to which naming, decided how."""
    decided = evidence.get("decided_by") or "none"
    if speaker is None:
        weighed = len(evidence.get("candidates") or ())
        if weighed and decided == "none":
            counted = "1 mention nearby was" if weighed == 1 else f"{weighed} mentions nearby were"
            return f"No speaker: {counted} weighed and none taken as the one who said it."
        return f"No speaker: {NO_SPEAKER.get(decided, decided)}."
    parts = [speaker]
    mention, cue, refers = evidence.get("mention"), evidence.get("cue"), evidence.get("refers_to")
    if mention:
        shown = f"\u201c{mention['text']}\u201d"
        if refers:
            shown += f" (= \u201c{refers['text']}\u201d, earlier)"
        parts.append(f"from {shown}")
    if cue and cue.get("text"):
        parts.append(f"with the cue \u201c{cue['text']}\u201d")
    how = SIEVES.get(decided, decided)
    others = len(evidence.get("candidates") or ()) - 1
    margin = evidence.get("margin")
    if margin is not None and others > 0:
        verdict = "chose it" if decided == "model" else "agreed"
        how += f"; the model {verdict} among {others + 1} candidates (margin {margin:.1f})"
    return f"{' '.join(parts)}; decided by {how}."
