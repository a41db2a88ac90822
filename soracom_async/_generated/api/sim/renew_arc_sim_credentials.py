"""renew_arc_sim_credentials: PUT /sims/{sim_id}/credentials/arc"""

from typing import Any

from ....contracts import OperationSpec
from ...models.arc_credential_renew_request import ArcCredentialRenewRequest
from ...models.arc_credential_renew_response import ArcCredentialRenewResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="renewArcSimCredentials",
    method="PUT",
    path="/sims/{sim_id}/credentials/arc",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: ArcCredentialRenewRequest | dict[str, Any],
) -> dict[str, Any]:
    """Renew the credentials for Arc to a SIM

    Attaches Arc credential to a SIM and re-initialize a session at once.

    Args:
        sim_id (str):
        body: ArcCredentialRenewRequest | dict[str, Any]
    """
    required(body, "body", "renew_arc_sim_credentials")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/credentials/arc".format(
            sim_id=path_segment(sim_id, "sim_id", "renew_arc_sim_credentials"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> ArcCredentialRenewResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ArcCredentialRenewResponse), got an empty one")
    response_200 = _from_dict_ArcCredentialRenewResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ArcCredentialRenewResponse = ArcCredentialRenewResponse.from_dict
