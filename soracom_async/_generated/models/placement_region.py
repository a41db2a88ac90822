from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class PlacementRegion(str, Enum, metaclass=OpenEnumMeta):
    AP_NORTHEAST_1 = "ap-northeast-1"
    AP_SOUTHEAST_2 = "ap-southeast-2"
    EU_CENTRAL_1 = "eu-central-1"
    US_WEST_2 = "us-west-2"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PlacementRegion | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
