"""storylens: read one news story across many outlets."""

from .model import Article, Dossier, Span, Story
from .pipeline import Options, analyze

__all__ = ["Article", "Dossier", "Options", "Span", "Story", "analyze"]
__version__ = "0.1.0"
