"""sandbox_create_subscriber: POST /sandbox/subscribers/create"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sandbox_create_subscriber_request import SandboxCreateSubscriberRequest
from ...models.sandbox_create_subscriber_response import SandboxCreateSubscriberResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sandboxCreateSubscriber",
    method="POST",
    path="/sandbox/subscribers/create",
    group="API Sandbox: Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: SandboxCreateSubscriberRequest | dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Creates a new subscriber for sandbox

    Creates a new subscriber for sandbox.

    Args:
        body: SandboxCreateSubscriberRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sandbox/subscribers/create",
    }
    if body is not UNSET and body is not None:
        _kwargs["json"] = to_jsonable(body)
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SandboxCreateSubscriberResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (SandboxCreateSubscriberResponse), got an empty one"
        )
    response_200 = _from_dict_SandboxCreateSubscriberResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SandboxCreateSubscriberResponse = SandboxCreateSubscriberResponse.from_dict
