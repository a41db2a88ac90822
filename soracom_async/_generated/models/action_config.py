from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_config_type import ActionConfigType
from ..types import as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.action_config_property import ActionConfigProperty


T = TypeVar("T", bound="ActionConfig")


@_attrs_define(init=False, repr=False, eq=False)
class ActionConfig:
    """
    Attributes:
        properties (ActionConfigProperty):
        type_ (ActionConfigType): The type of action. Set one of the following. The values that can be specified in
            `properties` vary depending on the type.

            - `SendMailAction`: Send an email.

              The properties that can be set in `properties` are as follows:
              - `executionDateTimeConst` (required)
              - `executionOffsetMinutes`
              - `to`
              - `title`
              - `message`
            - `SendMailToOperatorAction`: Send an email to the operator's primary email address.

              The properties that can be set in `properties` are as follows:
              - `executionDateTimeConst` (required)
              - `executionOffsetMinutes`
              - `title`
              - `message`
            - `ChangeSpeedClassAction`: Change the speed class of the IoT SIM.

              The properties that can be set in `properties` are as follows:
              - `executionDateTimeConst` (required)
              - `executionOffsetMinutes`
              - `speedClass`
            - `ActivationAction`, `DeactivationAction`, `StandbyAction`, `SuspendAction`: Change to active, inactive,
            standby, or suspended.

              The properties that can be set in `properties` are as follows:
              - `executionDateTimeConst` (required)
              - `executionOffsetMinutes`
            - `ExecuteWebRequestAction`: Send a request to a specified URL.

              The properties that can be set in `properties` are as follows:
              - `executionDateTimeConst` (required)
              - `executionOffsetMinutes`
              - `url` (required)
              - `httpMethod` (required)
              - `contentType` (required)
              - `headers` (required)
              - `body`
            - `InvokeAWSLambdaAction`: Invoke AWS Lambda.

              The properties that can be set in `properties` are as follows:
              - `executionDateTimeConst` (required)
              - `executionOffsetMinutes`
              - `endpoint` (required)
              - `functionName` (required)
              - `credentialsId` (required)
              - `parameter1`, `parameter2`, `parameter3`, `parameter4`, `parameter5`

              **Warning**: `accessKey` and `secretAccessKey` are deprecated properties. Please use `credentialsId`.
            - `ImeiLockAction`: Set an IMEI lock.

              The properties that can be set in `properties` are as follows:
              - `executionDateTimeConst` (required)
              - `executionOffsetMinutes`

              **Warning**: This action can be set only when `SubscriberSessionStatusRule` is used and `hasImei` is enabled.
            Using this action also requires a request to enable the session status rule and IMEI lock action.
    """

    properties: ActionConfigProperty
    type_: ActionConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        properties: ActionConfigProperty | Mapping[str, Any],
        type_: ActionConfigType
        | Literal[
            "ChangeSpeedClassAction",
            "InvokeAWSLambdaAction",
            "ExecuteWebRequestAction",
            "SendMailAction",
            "SendMailToOperatorAction",
            "ActivationAction",
            "DeactivationAction",
            "StandbyAction",
            "SuspendAction",
            "ImeiLockAction",
        ],
    ) -> None:
        self.properties = as_model(properties, ActionConfigProperty, "ActionConfig", "properties")
        self.type_ = as_enum(type_, ActionConfigType, "ActionConfig", "type_")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"properties={self.properties!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ActionConfig):
            return NotImplemented
        return (
            self.properties,
            self.type_,
            self.additional_properties,
        ) == (
            other.properties,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties.to_dict()

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_properties = d.pop("properties", None)
        if _required_properties is None:
            raise missing_field(cls.__name__, "properties")
        properties = _from_dict_ActionConfigProperty(_required_properties)

        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_ActionConfigType[_type_]
        except (KeyError, TypeError):
            type_ = ActionConfigType(_type_)

        _self = cls.__new__(cls)
        _self.properties = properties
        _self.type_ = type_
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.action_config_property import ActionConfigProperty  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_ActionConfigType = ActionConfigType._value2member_map_
_from_dict_ActionConfigProperty = ActionConfigProperty.from_dict
