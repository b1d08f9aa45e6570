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
    if (weighed := _how_sure(evidence)) is not None:
        how += f"; the model {'chose it' if decided == 'model' else 'agreed'}{weighed}"
    return f"{' '.join(parts)}; decided by {how}."


# The model's lead over the runner-up (its ``margin``) said in words. On PolNeAR train
# (session 62's extract) a lead of 20 or more was right for 98.9% of 7,189 speakers,
# one of 5 to 20 for 90% of 463, and one under 5 for 81% of 94.
SURE, LIKELY = 20.0, 5.0


def _how_sure(evidence: dict[str, Any]) -> str | None:
    """How sure the model was, in words ("sure", "likely", "a close call between “he”
    and “Ann Lee”"), or None where it weighed no rival."""
    candidates = evidence.get("candidates") or []
    margin = evidence.get("margin")
    if margin is None or len(candidates) < 2:
        return None
    weighed = f"{len(candidates)} candidates weighed"
    if margin >= SURE:
        return f" and was sure ({weighed})"
    if margin >= LIKELY:
        return f", thinking it likely but not sure ({weighed})"
    mention = evidence.get("mention") or {}
    rivals = [c for c in candidates if c and c.get("start") != mention.get("start")]
    if mention.get("text") and len(rivals) == 1 and rivals[0].get("text"):
        return (
            f", but it was a close call between \u201c{mention['text']}\u201d"
            f" and \u201c{rivals[0]['text']}\u201d"
        )
    return f", but it was a close call ({weighed})"
