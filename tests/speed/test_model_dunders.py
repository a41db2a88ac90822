"""Every model's `__repr__` and `__eq__` behave exactly as attrs' own would.

The model template writes them (codegen/templates/model.py.jinja) instead of letting attrs
generate them, so that no model compiles code when it is imported (a start-up cost). Proven
here over every model class of both generated layers: the repr is attrs' format (class name,
then every field in order), equality compares every field and only instances of the very same
class, and a model stays unhashable (mutable, with equality by value), as under attrs.
"""

from __future__ import annotations

import importlib
from typing import Any

import attrs
import pytest

import soracom_async._generated.models as main_models
import soracom_async._generated_sandbox.models as sandbox_models


def _model_classes() -> list[type[Any]]:
    found = []
    for package in (main_models, sandbox_models):
        for name in package.__all__:
            value = getattr(package, name)
            if isinstance(value, type) and attrs.has(value):
                found.append(value)
    return found


MODELS = _model_classes()


def _filled(cls: type[Any], salt: str) -> Any:
    """An instance with a distinct value in every field (set as attrs would let a user)."""
    instance = object.__new__(cls)
    for index, field in enumerate(attrs.fields(cls)):
        setattr(instance, field.name, {"k": f"{salt}{index}"} if index % 2 else f"{salt}{index}")
    return instance


def _attrs_repr(instance: Any) -> str:
    """attrs' repr for classes whose fields all show (`repr=True`, the default)."""
    shown = ", ".join(
        f"{f.name}={getattr(instance, f.name)!r}" for f in attrs.fields(type(instance))
    )
    return f"{type(instance).__qualname__}({shown})"


def test_every_model_class_is_covered() -> None:
    assert len(MODELS) > 400
    assert all(all(f.repr for f in attrs.fields(cls)) for cls in MODELS)


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: f"{c.__module__.split('.')[1]}.{c.__name__}")
def test_repr_and_eq_are_attrs_own(cls: type[Any]) -> None:
    one, same = _filled(cls, "a"), _filled(cls, "a")
    assert repr(one) == _attrs_repr(one)
    assert one == same
    assert not one.__ne__(same)
    for field in attrs.fields(cls):  # every field takes part in equality
        other = _filled(cls, "a")
        setattr(other, field.name, "different")
        assert one != other, field.name
    assert one.__eq__(object()) is NotImplemented
    with pytest.raises(TypeError):
        hash(one)


def test_a_subclass_instance_is_not_equal() -> None:
    """attrs compares only instances of the very same class, as the template does."""
    cls = importlib.import_module("soracom_async._generated.models.cell").Cell

    class Derived(cls):  # type: ignore[misc, valid-type]
        __slots__ = ()

    assert cls(ci=1) != Derived(ci=1)
    assert cls(ci=1) == cls(ci=1)
