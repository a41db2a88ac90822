"""The API's data models (`soracom_async.models.Sim`, ...), each imported on first use.

They are attrs classes generated from the pinned document. Fields the pin does not know are
kept in `additional_properties`; enum values it does not list are kept as their raw value.
"""

from typing import Any

from ._generated import models as _models

__all__ = list(_models.__all__)


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return __all__
