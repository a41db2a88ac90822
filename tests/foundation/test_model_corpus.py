"""Every generated model, over the whole pinned document: a JSON null in any optional field
parses (as None, not UNSET) and round-trips, a JSON value of the wrong shape is refused, and a
required field (the identifiers of codegen/identifiers.yaml among them) absent or null is a
MissingFieldError naming it.

The corpus is built from the models themselves: the JSON keys from each module's from_dict
(`d.pop("key", UNSET)` optional, `d.pop("key", None)` required and checked, `d.pop("key")`
required and nullable), required values from the attribute annotations.
"""

from __future__ import annotations

import enum
import inspect
import re
import types
import typing
from importlib import import_module
from pathlib import Path
from typing import Any

import attrs
import pytest

from soracom_async._generated.types import UNSET, MissingFieldError, Unset

MODELS_DIR = Path(__file__).parents[2] / "soracom_async" / "_generated" / "models"
_POP = re.compile(r'd\.pop\(\s*"((?:[^"\\]|\\.)*)"(?:,\s*(UNSET|None))?,?\s*\)')


def _model_classes() -> list[type[Any]]:
    found = []
    for module_path in sorted(MODELS_DIR.glob("*.py")):
        if module_path.name == "__init__.py":
            continue
        module = import_module(f"soracom_async._generated.models.{module_path.stem}")
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and value.__module__ == module.__name__
                and hasattr(value, "from_dict")
            ):
                found.append(value)
    return found


MODELS = _model_classes()


def _json_sample(annotation: Any, depth: int = 0) -> Any:
    """A valid JSON value for a required field of this type."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, types.UnionType) or origin is typing.Union:
        options = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
        return _json_sample(options[0], depth)
    if origin is list:
        return []
    if origin is dict or annotation is dict or annotation is Any:
        return {}
    if inspect.isclass(annotation):
        if issubclass(annotation, enum.Enum):
            return next(iter(annotation)).value
        if annotation is bool:
            return True
        if annotation in (int, float):
            return 1
        if annotation is str:
            return "x"
        if hasattr(annotation, "from_dict"):
            return _all_null(annotation, depth + 1)[0]
    if str(annotation).startswith("datetime"):
        return "2026-01-01T00:00:00Z"
    raise AssertionError(f"no sample for {annotation!r}")


def _keys(cls: type[Any]) -> tuple[list[str], list[str]]:
    source = inspect.getsource(cls.from_dict)
    required = [k for k, default in _POP.findall(source) if default != "UNSET"]
    optional = [k for k, default in _POP.findall(source) if default == "UNSET"]
    return required, optional


def _checked(cls: type[Any]) -> list[str]:
    """The required keys from_dict checks (absent or null is a MissingFieldError)."""
    return [k for k, default in _POP.findall(inspect.getsource(cls.from_dict)) if default == "None"]


def _all_null(cls: type[Any], depth: int = 0) -> tuple[dict[str, Any], list[str]]:
    """The JSON of `cls` with every optional property null and every required one valid."""
    required, optional = _keys(cls)
    hints = typing.get_type_hints(cls)
    by_key = _python_names(cls)
    data: dict[str, Any] = {key: None for key in optional}
    if depth < 3:
        for key in required:
            data[key] = _json_sample(hints[by_key[key]], depth)
    return data, [by_key[k] for k in optional]


def _python_names(cls: type[Any]) -> dict[str, str]:
    """JSON key -> attribute, read from the generated to_dict (`"key": name` / `["key"] = name`)."""
    source = inspect.getsource(cls.to_dict)
    pairs = re.findall(r'"((?:[^"\\]|\\.)*)"\]? ?[:=] \(?\s*(\w+)', source)
    return dict(pairs)


def test_the_corpus_covers_every_model() -> None:
    assert len(MODELS) > 400
    assert sum(bool(_keys(cls)[1]) for cls in MODELS) > 300


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_optional_property_may_be_null(cls: type[Any]) -> None:
    data, optional = _all_null(cls)
    parsed = cls.from_dict(data)
    for name in optional:
        assert getattr(parsed, name) is None, name
    if attrs.has(cls) and "additional_properties" in attrs.fields_dict(cls):
        assert parsed.additional_properties == {}
    assert parsed.to_dict() == data
    present = {k: v for k, v in data.items() if v is not None}
    absent = cls.from_dict(present)
    assert all(getattr(absent, name) is UNSET for name in optional)  # null is not absent
    assert absent.to_dict() == present


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("wrong", [[], "text", 5, None], ids=["list", "str", "int", "null"])
def test_a_model_is_refused_anything_but_an_object(cls: type[Any], wrong: Any) -> None:
    with pytest.raises(TypeError, match=f"{cls.__name__}: expected a JSON object, got"):
        cls.from_dict(wrong)


CHECKED = [(cls, key) for cls in MODELS for key in _checked(cls)]


def test_the_identifiers_are_required() -> None:
    checked = {(cls.__name__, key) for cls, key in CHECKED}
    for model, key in [("Sim", "simId"), ("Subscriber", "imsi"), ("Group", "groupId")]:
        assert (model, key) in checked
    assert len(checked) > 40  # the document's own required fields, and our identifiers


@pytest.mark.parametrize(("cls", "key"), CHECKED, ids=lambda v: getattr(v, "__name__", v))
@pytest.mark.parametrize("how", ["absent", "null"])
def test_a_required_field_absent_or_null_is_named(cls: type[Any], key: str, how: str) -> None:
    data, _ = _all_null(cls)
    if how == "absent":
        del data[key]
    else:
        data[key] = None
    with pytest.raises(MissingFieldError) as caught:
        cls.from_dict(data)
    assert str(caught.value) == f"{cls.__name__}: required field {key!r} is missing or null"
    assert isinstance(caught.value, KeyError)  # what the pipeline treats as malformed
