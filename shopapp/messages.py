"""Messages as codes with arguments: the core says what happened, the UI words it.

The core never writes a sentence for the shopkeeper's screen: it returns (or raises, or
reports as progress) a `Message`, a code such as ``"scan.repeat"`` with its arguments.
The UI's one message table (`shopapp.ui.messages`) turns the code into a sentence in the
shop's language through Qt's translation, with plural forms from `count`. `english()`
gives the English sentence for logs and the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Message:
    """A code, its arguments and (for plural forms) a count.

    `fallback` is the English sentence, kept for logs and the command line; the UI
    never shows it where its table knows the code.
    """

    code: str
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    count: int | None = None
    fallback: str = ""

    def __str__(self) -> str:
        return self.fallback or self.code

    def arg(self, name: str, default: Any = "") -> Any:
        return self.args.get(name, default)


def message(code: str, fallback: str = "", *, count: int | None = None, **args: Any) -> Message:
    """`message("scan.repeat", "Scanned twice: counted once.")`."""
    return Message(code, MappingProxyType(dict(args)), count, fallback)


# Progress of a long core call: a fraction from 0 to 1 and what is being done.
Progress = Callable[[float, Message], None]


def no_progress(_fraction: float, _what: Message) -> None:
    """For callers that show no progress."""
