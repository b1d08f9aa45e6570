"""Optional ``NAME.meta.json`` beside an article: metadata that overrides what is inferred."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from core.dates import DateError, read_date
from core.document import Metadata
from core.readers.base import ReadError, clean_field

METADATA_KEYS = frozenset(f.name for f in fields(Metadata))
MAX_SIDECAR_BYTES = 64 * 1024  # five short fields need far less


def sidecar_path(path: Path) -> Path:
    """``folder/story.txt`` → ``folder/story.meta.json``."""
    return path.with_name(f"{path.stem}.meta.json")


def load_sidecar(path: Path) -> Metadata:
    """The sidecar's metadata for the article at ``path``; empty when there is no sidecar."""
    side = sidecar_path(path)
    if not side.is_file():
        return Metadata()
    try:
        if side.stat().st_size > MAX_SIDECAR_BYTES:
            raise ReadError(side, f"metadata sidecar over {MAX_SIDECAR_BYTES:,} bytes")
        values = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as err:
        reason = "nested too deeply" if isinstance(err, RecursionError) else err
        raise ReadError(side, f"unreadable metadata sidecar ({reason})") from err
    if not isinstance(values, dict):
        raise ReadError(side, "metadata sidecar must hold a JSON object")
    unknown = sorted(set(values) - METADATA_KEYS)
    if unknown:
        raise ReadError(side, f"unknown sidecar keys {unknown} (known: {sorted(METADATA_KEYS)})")
    if not all(v is None or isinstance(v, str) for v in values.values()):
        raise ReadError(side, "sidecar values must be strings")
    published = clean_field(values.get("published"))
    try:
        iso = read_date(published) if published else None
    except DateError as error:
        raise ReadError(side, f"sidecar date: {error}") from error
    return Metadata(
        title=clean_field(values.get("title")),
        outlet=clean_field(values.get("outlet")),
        author=clean_field(values.get("author")),
        published=iso,
        url=clean_field(values.get("url")),
    )
