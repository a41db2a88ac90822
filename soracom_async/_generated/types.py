"""Shared types of the generated layer: the unset marker, binary bodies, JSON conversion, and
the argument and shape checks every endpoint and model calls.

The checks run in `build()`, before any I/O: a path parameter is one path segment, never a dot
segment that an HTTP stack would resolve away (`/groups/G1/tags/..` is `/groups/G1`), so
`path_segment` and `file_path` refuse what cannot be sent as written; `required` refuses a None
where the document requires a value. Parsers call `wrong_shape` when a JSON value is not the
object or array the document declares (a stock `dict(value)` or `for x in value` would turn
`[]` or `{}` into an empty result), and `missing_field` when a required field is absent or
null: a MissingFieldError (a ResponseShapeError), whose message names the model and the
field, never a value, so the SDK shows it in its MalformedResponseError.

Model constructors call `as_enum`, `as_model` and their list forms: an enum field takes a
member or its value (unlisted values kept, as when parsing), a nested model field its model
or a mapping (the API's JSON), converted here, and anything else is a TypeError naming the
field. from_dict does not go through them: parsing stays one step per field.
"""

from collections.abc import AsyncIterable, Callable, Mapping
from datetime import date, datetime
from enum import Enum, EnumMeta
from typing import IO, Any, Literal, NamedTuple, Protocol
from urllib.parse import quote

from attrs import frozen

from ..errors import ResponseShapeError


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

    @property
    def headers(self) -> Mapping[str, str]:
        """Case-insensitive response headers."""
        ...

    def json(self) -> Any: ...


@frozen
class ResourceMetadata:
    """What a HEAD answer says of a resource (a Harvest Files file: `get_file_metadata`)."""

    content_length: int | None
    content_type: str | None
    etag: str | None
    last_modified: str | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> "ResourceMetadata":
        length = headers.get("content-length")
        return cls(
            content_length=int(length) if length is not None else None,
            content_type=headers.get("content-type"),
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
        )


class PageRequest(NamedTuple):
    """What a paginated module's `paging()` returns: the operation's arguments (those given),
    where the listing starts, how many pages are fetched ahead, and `item`: how one item is
    built from its JSON (the item model's from_dict) when a page is the JSON array of its
    items, so that `paginate()` builds each as it is handed out (None: the page is built
    whole, by the module's parse and items)."""

    params: dict[str, Any]
    start_key: str | None
    prefetch: int
    item: Callable[[Any], Any] | None = None


class Unset:
    """Marks an argument or field the caller did not give (distinct from an explicit None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

BinaryContent = bytes | bytearray | memoryview | IO[bytes] | AsyncIterable[bytes]
"""A raw request body: bytes, a binary file object (opened "rb"; read as it is sent), or an
async iterator of chunks that is streamed as sent."""


def parse_datetime(value: str) -> datetime:
    """An ISO 8601 timestamp; a trailing Z means UTC on every Python (3.10 rejects it)."""
    if value[-1:] in ("Z", "z"):
        value = value[:-1] + "+00:00"
    return datetime.fromisoformat(value)


def _argument_error(operation: str, name: str, expected: str, value: object) -> TypeError:
    return TypeError(f"{operation}(): {name} must be {expected}, got {type(value).__name__}")


def path_segment(value: object, name: str, operation: str, kind: str = "str") -> str:
    """One path parameter, percent-encoded as a single segment (nothing left unencoded but
    letters, digits and `-._~`). `kind` is the documented type: "str" takes a str, "int" an
    int or a str, "enum" one of the enum's members or a str (sent as is: the server decides).
    Empty, `.` and `..` are refused: HTTP stacks resolve dot segments before sending."""
    if isinstance(value, Enum) and kind == "enum":
        text = str(value.value)
    elif isinstance(value, str):
        text = value
    elif kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    else:
        expected = {"int": "an int", "enum": "an enum member or a str"}.get(kind, "a str")
        raise _argument_error(operation, f"path parameter {name!r}", expected, value)
    if text in ("", ".", ".."):
        raise ValueError(f"{operation}(): path parameter {name!r} must not be {text!r}")
    if text.isascii() and text.isalnum():  # IDs, mostly: nothing to encode, no quote() call
        return text
    return quote(text, safe="")


def file_path(
    value: object, name: str, operation: str, *, directory: bool = False, root: bool = False
) -> str:
    """A Harvest Files path: segments joined by `/`, each percent-encoded. One leading `/` is
    dropped; an empty, `.` or `..` segment is refused (it would address another resource).
    For a directory operation (whose route ends in `/`) the result ends in `/`, a trailing `/`
    given is accepted, and `root` lets the empty path (or "/") mean the scope's root: "" then."""
    if not isinstance(value, str):
        raise _argument_error(operation, f"path parameter {name!r}", "a str", value)
    text = value[1:] if value.startswith("/") else value
    if directory:
        if text == "" and root:
            return ""
        text = text[:-1] if text.endswith("/") else text
    segments = text.split("/")
    for segment in segments:
        if segment in ("", ".", ".."):
            raise ValueError(
                f"{operation}(): path parameter {name!r} must not have an empty, '.' or '..'"
                f" segment (got {value!r})"
            )
    encoded = "/".join(quote(segment, safe="") for segment in segments)
    return encoded + "/" if directory else encoded


def required(value: Any, name: str, operation: str) -> Any:
    """A required argument (query, header, body): None is refused, not sent as null."""
    if value is None:
        raise TypeError(f"{operation}(): {name} is required, got None")
    return value


class WrongShapeError(ResponseShapeError, TypeError):
    """A JSON value that is not the object or array the document declares."""


class EmptyBodyError(ResponseShapeError, ValueError):
    """An empty 2xx body where the document declares one."""


class MissingFieldError(ResponseShapeError, KeyError):
    """A required field (an identifier the API always returns) is absent or null."""

    def __init__(self, model: str, key: str) -> None:
        super().__init__(model, key)
        self.model = model
        self.key = key

    def __str__(self) -> str:
        return f"{self.model}: required field {self.key!r} is missing or null"


def wrong_shape(where: str, expected: str, value: object) -> TypeError:
    """The error for a JSON value that is not the declared object or array (never its text)."""
    return WrongShapeError(f"{where}: expected {expected}, got {type(value).__name__}")


def missing_field(model: str, key: str) -> KeyError:
    """The error for a required field that an answer omits or sends as null."""
    return MissingFieldError(model, key)


def _field_error(owner: str, name: str, expected: str, value: object) -> TypeError:
    return TypeError(f"{owner}(): {name} must be {expected}, got {type(value).__name__}")


def as_enum(value: Any, enum: Any, owner: str, name: str) -> Any:
    """A constructor's enum field: a member, or a value (listed or not) made one."""
    if value is None or value is UNSET or type(value) is enum:
        return value
    plain = str if issubclass(enum, str) else int
    if isinstance(value, plain) and not isinstance(value, bool):
        return enum(value)
    kind = "a str" if plain is str else "an int"
    raise _field_error(owner, name, f"{enum.__name__} or {kind}", value)


def as_model(value: Any, model: Any, owner: str, name: str) -> Any:
    """A constructor's nested model field: the model, or a mapping (its API JSON) parsed."""
    if value is None or value is UNSET or isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        return model.from_dict(value)
    raise _field_error(owner, name, f"{model.__name__} or a dict of its JSON", value)


def _as_list(value: Any, owner: str, name: str, expected: str) -> Any:
    if isinstance(value, (str, bytes, Mapping)) or not hasattr(value, "__iter__"):
        raise _field_error(owner, name, f"a list of {expected}", value)
    return value


def as_models(value: Any, model: Any, owner: str, name: str) -> Any:
    """A constructor's list of nested models: each item a model or a mapping."""
    if value is None or value is UNSET:
        return value
    items = _as_list(value, owner, name, f"{model.__name__} (or dicts)")
    return [as_model(item, model, owner, f"{name}[{i}]") for i, item in enumerate(items)]


def as_enums(value: Any, enum: Any, owner: str, name: str) -> Any:
    """A constructor's list of enum values: each item a member or a value."""
    if value is None or value is UNSET:
        return value
    items = _as_list(value, owner, name, f"{enum.__name__} values")
    return [as_enum(item, enum, owner, f"{name}[{i}]") for i, item in enumerate(items)]


def is_binary_content(value: object) -> bool:
    return (
        isinstance(value, (bytes, bytearray, memoryview))
        or hasattr(value, "__aiter__")
        or (hasattr(value, "read") and not isinstance(value, Mapping))
    )


def to_jsonable(value: Any) -> Any:
    """A request body as plain JSON data: models, dicts and lists of either, enums, dates."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value.value if isinstance(value, Enum) else value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


__all__ = [
    "UNSET",
    "EmptyBodyError",
    "MissingFieldError",
    "ResponseShapeError",
    "WrongShapeError",
    "as_enum",
    "as_enums",
    "as_model",
    "as_models",
    "missing_field",
    "BinaryContent",
    "OpenEnumMeta",
    "PageRequest",
    "ResourceMetadata",
    "ResponseLike",
    "Unset",
    "file_path",
    "is_binary_content",
    "parse_datetime",
    "path_segment",
    "required",
    "to_jsonable",
    "wrong_shape",
]
