"""list_credentials: GET /credentials"""

from typing import Any

from ....contracts import OperationSpec
from ...models.credentials_model import CredentialsModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listCredentials",
    method="GET",
    path="/credentials",
    group="Credential",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """List credential sets

    Returns a list of credential sets.

    """

    _kwargs: dict[str, Any] = {
        "url": "/credentials",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[CredentialsModel]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[CredentialsModel]), got an empty one")
    _response_200 = response.json()
    response_200: list[CredentialsModel]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_CredentialsModel(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_CredentialsModel = CredentialsModel.from_dict
