"""get_individual_information: GET /operators/{operator_id}/individual_information"""

from typing import Any

from ....contracts import OperationSpec
from ...models.individual_information_model import IndividualInformationModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getIndividualInformation",
    method="GET",
    path="/operators/{operator_id}/individual_information",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Get individual information

    Gets the operator's individual information.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/individual_information".format(
            operator_id=path_segment(operator_id, "operator_id", "get_individual_information"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> IndividualInformationModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (IndividualInformationModel), got an empty one")
    response_200 = _from_dict_IndividualInformationModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_IndividualInformationModel = IndividualInformationModel.from_dict
