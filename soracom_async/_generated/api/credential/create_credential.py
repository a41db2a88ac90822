"""create_credential: POST /credentials/{credentials_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_and_update_credentials_model import CreateAndUpdateCredentialsModel
from ...models.credentials_model import CredentialsModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createCredential",
    method="POST",
    path="/credentials/{credentials_id}",
    group="Credential",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    credentials_id: str,
    body: CreateAndUpdateCredentialsModel | dict[str, Any],
) -> dict[str, Any]:
    """Create a credential set

    Creates a new credential set.

    Args:
        credentials_id (str):
        body: CreateAndUpdateCredentialsModel | dict[str, Any]
    """
    required(body, "body", "create_credential")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/credentials/{credentials_id}".format(
            credentials_id=path_segment(credentials_id, "credentials_id", "create_credential"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> CredentialsModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (CredentialsModel), got an empty one")
    response_201 = _from_dict_CredentialsModel(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_CredentialsModel = CredentialsModel.from_dict
