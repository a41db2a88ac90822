"""delete_credential: DELETE /credentials/{credentials_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteCredential",
    method="DELETE",
    path="/credentials/{credentials_id}",
    group="Credential",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    credentials_id: str,
) -> dict[str, Any]:
    """Delete a credential set

    Deletes a credential set.

    Args:
        credentials_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/credentials/{credentials_id}".format(
            credentials_id=path_segment(credentials_id, "credentials_id", "delete_credential"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
