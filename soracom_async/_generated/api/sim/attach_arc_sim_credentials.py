"""attach_arc_sim_credentials: POST /sims/{sim_id}/credentials/arc"""

from typing import Any
from urllib.parse import quote

from ...models.arc_credential_attach_request import ArcCredentialAttachRequest
from ...models.arc_credential_attach_response import ArcCredentialAttachResponse
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/credentials/arc".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> ArcCredentialAttachResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = ArcCredentialAttachResponse.from_dict(response.json())

    return response_200
