"""Shared types of the generated layer: the unset marker, binary bodies, JSON conversion."""

from collections.abc import AsyncIterable, Mapping
from datetime import date, datetime
from enum import Enum, EnumMeta
from typing import IO, Any, BinaryIO, Literal, Protocol

from attrs import define


class OpenEnumMeta(EnumMeta):
    """The metaclass of the generated enums: a known value is a dict lookup (Enum's own call
    path is ten times slower, and parsing a page of SIMs makes thousands of them); anything
    else goes through Enum, whose `_missing_` keeps values this pin does not list."""

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        if not args and not kwargs:
            try:
                member = cls._value2member_map_.get(value)
            except TypeError:  # unhashable: let Enum report it
                member = None
            if member is not None:
                return member
        return super().__call__(value, *args, **kwargs)


class ResponseLike(Protocol):
    """What a parser reads of a response (an httpx.Response is one)."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    def json(self) -> Any: ...


class Unset:
    """Marks an argument or field the caller did not give (distinct from an explicit None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

BinaryContent = bytes | bytearray | memoryview | AsyncIterable[bytes]
"""A raw request body: bytes, or an async iterator of chunks that is streamed as sent."""

FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Binary content inside a model (multipart field)."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


def parse_datetime(value: str) -> datetime:
    """An ISO 8601 timestamp; a trailing Z means UTC on every Python (3.10 rejects it)."""
    if value[-1:] in ("Z", "z"):
        value = value[:-1] + "+00:00"
    return datetime.fromisoformat(value)


def is_binary_content(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview)) or hasattr(value, "__aiter__")


def to_jsonable(value: Any) -> Any:
    """A request body as plain JSON data: models, dicts and lists of either, enums, dates."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value.value if isinstance(value, Enum) else value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


__all__ = [
    "UNSET",
    "BinaryContent",
    "File",
    "FileTypes",
    "OpenEnumMeta",
    "RequestFiles",
    "ResponseLike",
    "Unset",
    "is_binary_content",
    "parse_datetime",
    "to_jsonable",
]
