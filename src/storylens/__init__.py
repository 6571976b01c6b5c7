"""storylens: read one news story across many outlets."""

from . import native as _native

_native.enable()  # the compiled core, where built and current; before any stage is imported

from .model import Article, Dossier, Span, Story  # noqa: E402
from .pipeline import Options, analyze  # noqa: E402

__all__ = ["Article", "Dossier", "Options", "Span", "Story", "analyze"]
__version__ = "0.1.0"
