"""The API's data models (`soracom_async.models.Sim`, ...), each imported on first use.

They are attrs classes generated from the pinned document. Fields the pin does not know are
kept in `additional_properties`; enum values it does not list are kept as their raw value.
Constructors are keyword-only and take an enum's plain values, and a nested model as its
model or a dict of its API JSON (see codegen/templates/model.py.jinja).

For type checkers (mypy, pyright) every model is a real class here: the star import below
runs only under TYPE_CHECKING. At run time there are hundreds of them, so this module keeps
none: `__getattr__` imports a model's module when it is first named (the lazy-import budget
of `import soracom_async` and of one API group holds).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403
else:
    from typing import Any

    from ._generated import models as _models

    __all__ = list(_models.__all__)

    def __getattr__(name: str) -> Any:
        return getattr(_models, name)

    def __dir__() -> list[str]:
        return __all__
