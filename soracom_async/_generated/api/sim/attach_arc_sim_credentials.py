"""attach_arc_sim_credentials: POST /sims/{sim_id}/credentials/arc"""

from typing import Any

from ....contracts import OperationSpec
from ...models.arc_credential_attach_request import ArcCredentialAttachRequest
from ...models.arc_credential_attach_response import ArcCredentialAttachResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="attachArcSimCredentials",
    method="POST",
    path="/sims/{sim_id}/credentials/arc",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    body: ArcCredentialAttachRequest | dict[str, Any],
) -> dict[str, Any]:
    """(DEPRECATED) Attaches the credentials for Arc to a SIM

    (DEPRECATED) Attaches the credentials (public key) for Soracom Arc to the SIM.

    **Warning**: Please use the `renewArcSimCredentials` API instead.

    Args:
        sim_id (str):
        body: ArcCredentialAttachRequest | dict[str, Any]
    """
    required(body, "body", "attach_arc_sim_credentials")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/credentials/arc".format(
            sim_id=path_segment(sim_id, "sim_id", "attach_arc_sim_credentials"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> ArcCredentialAttachResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ArcCredentialAttachResponse), got an empty one")
    response_200 = _from_dict_ArcCredentialAttachResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ArcCredentialAttachResponse = ArcCredentialAttachResponse.from_dict
