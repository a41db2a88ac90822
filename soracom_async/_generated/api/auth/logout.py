"""logout: POST /auth/logout"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="logout",
    method="POST",
    path="/auth/logout",
    group="Auth",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Revokes an API key and API token in order to remove access to the Soracom API.

    Revokes the API key and API token that was used to call this API. Once revoked, the API
    key and API token cannot be used to make further requests to the API, regardless of the
    key and token's original expiration time. This API can be called regardless of any
    permission settings.

    """

    _kwargs: dict[str, Any] = {
        "url": "/auth/logout",
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
