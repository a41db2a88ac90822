from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expiry_time_expiry_action import ExpiryTimeExpiryAction
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="ExpiryTime")


@_attrs_define(init=False, repr=False, eq=False)
class ExpiryTime:
    """
    Attributes:
        expiry_time (int): Timestamp of date and time set using the Expiration function (UNIX time in milliseconds)
        expiry_action (ExpiryTimeExpiryAction | None | Unset): Action at expiration. Specify one of the following Please
            refer to [Soracom Air Expiration Function](https://developers.soracom.io/en/docs/air/expiration/) for more
            detail. You have to disable termination protection if you want to specify `terminate` as an action.

            If omitted, a null value is set.
            - `doNothing` : do nothing
            - `deleteSession` : delete session of the SIM if any
            - `deactivate` : change the SIM status to Inactive
            - `suspend` : change the SIM status to Suspended
            - `terminate` : forcibly end any existing connections, and terminate the SIM
            - null value : not set (It works the same as `doNothing`)
    """

    expiry_time: int
    expiry_action: ExpiryTimeExpiryAction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        expiry_time: int,
        expiry_action: ExpiryTimeExpiryAction
        | Literal[
            "doNothing", "deleteSession", "deactivate", "suspend", "terminate", "(null value)"
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        self.expiry_time = expiry_time
        self.expiry_action = as_enum(
            expiry_action, ExpiryTimeExpiryAction, "ExpiryTime", "expiry_action"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"expiry_time={self.expiry_time!r}, "
            f"expiry_action={self.expiry_action!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ExpiryTime):
            return NotImplemented
        return (
            self.expiry_time,
            self.expiry_action,
            self.additional_properties,
        ) == (
            other.expiry_time,
            other.expiry_action,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        expiry_time = self.expiry_time

        expiry_action: str | None | Unset
        if self.expiry_action is None or self.expiry_action is UNSET:
            expiry_action = self.expiry_action
        else:
            expiry_action = str(self.expiry_action)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiryTime": expiry_time,
            }
        )
        if expiry_action is not UNSET:
            field_dict["expiryAction"] = expiry_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_expiry_time = d.pop("expiryTime", None)
        if _required_expiry_time is None:
            raise missing_field(cls.__name__, "expiryTime")
        expiry_time = _required_expiry_time

        _expiry_action = d.pop("expiryAction", UNSET)
        expiry_action: ExpiryTimeExpiryAction | None | Unset
        if _expiry_action is None or _expiry_action is UNSET:
            expiry_action = _expiry_action
        else:
            try:
                expiry_action = _by_value_ExpiryTimeExpiryAction[_expiry_action]
            except (KeyError, TypeError):
                expiry_action = ExpiryTimeExpiryAction(_expiry_action)

        _self = cls.__new__(cls)
        _self.expiry_time = expiry_time
        _self.expiry_action = expiry_action
        _self.additional_properties = d if d else {}
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Parsers called per object, bound once (after every import).
_by_value_ExpiryTimeExpiryAction = ExpiryTimeExpiryAction._value2member_map_
