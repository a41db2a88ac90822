from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_event_handler_request_status import CreateEventHandlerRequestStatus
from ..types import UNSET, Unset, as_enum, as_model, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.action_config import ActionConfig
    from ..models.rule_config import RuleConfig


T = TypeVar("T", bound="CreateEventHandlerRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateEventHandlerRequest:
    """
    Attributes:
        action_config_list (list[ActionConfig]): Action type. For more details, refer to [Actions](/en/docs/air/event-
            handler/#actions).
        name (str): Event name.
        rule_config (RuleConfig):
        status (CreateEventHandlerRequestStatus): The status of the event handler, whether it is active or inactive.

            - `active`: Active
            - `inactive`: Inactive
        description (str | None | Unset): Summary.
        target_group_id (str | None | Unset): The target group. All IoT SIMs belonging to the group are monitored.

            Specify only one of `targetGroupId`, `targetImsi`, `targetOperatorId`, or `targetSimId`.
        target_imsi (str | None | Unset): The target IMSI of the IoT SIM.

            Specify only one of `targetGroupId`, `targetImsi`, `targetOperatorId`, or `targetSimId`.
        target_operator_id (str | None | Unset): The target operator. All IoT SIMs in your account.

            Specify only one of `targetGroupId`, `targetImsi`, `targetOperatorId`, or `targetSimId`.
        target_sim_id (str | None | Unset): The target SIM ID of the IoT SIM.

            Specify only one of `targetGroupId`, `targetImsi`, `targetOperatorId`, or `targetSimId`.
    """

    action_config_list: list[ActionConfig]
    name: str
    rule_config: RuleConfig
    status: CreateEventHandlerRequestStatus
    description: str | None | Unset = UNSET
    target_group_id: str | None | Unset = UNSET
    target_imsi: str | None | Unset = UNSET
    target_operator_id: str | None | Unset = UNSET
    target_sim_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        action_config_list: Sequence[ActionConfig | Mapping[str, Any]],
        name: str,
        rule_config: RuleConfig | Mapping[str, Any],
        status: CreateEventHandlerRequestStatus | Literal["inactive", "active"],
        description: str | None | Unset = UNSET,
        target_group_id: str | None | Unset = UNSET,
        target_imsi: str | None | Unset = UNSET,
        target_operator_id: str | None | Unset = UNSET,
        target_sim_id: str | None | Unset = UNSET,
    ) -> None:
        self.action_config_list = as_models(
            action_config_list, ActionConfig, "CreateEventHandlerRequest", "action_config_list"
        )
        self.name = name
        self.rule_config = as_model(
            rule_config, RuleConfig, "CreateEventHandlerRequest", "rule_config"
        )
        self.status = as_enum(
            status, CreateEventHandlerRequestStatus, "CreateEventHandlerRequest", "status"
        )
        self.description = description
        self.target_group_id = target_group_id
        self.target_imsi = target_imsi
        self.target_operator_id = target_operator_id
        self.target_sim_id = target_sim_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action_config_list={self.action_config_list!r}, "
            f"name={self.name!r}, "
            f"rule_config={self.rule_config!r}, "
            f"status={self.status!r}, "
            f"description={self.description!r}, "
            f"target_group_id={self.target_group_id!r}, "
            f"target_imsi={self.target_imsi!r}, "
            f"target_operator_id={self.target_operator_id!r}, "
            f"target_sim_id={self.target_sim_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateEventHandlerRequest
        ):
            return NotImplemented
        return (
            self.action_config_list,
            self.name,
            self.rule_config,
            self.status,
            self.description,
            self.target_group_id,
            self.target_imsi,
            self.target_operator_id,
            self.target_sim_id,
            self.additional_properties,
        ) == (
            other.action_config_list,
            other.name,
            other.rule_config,
            other.status,
            other.description,
            other.target_group_id,
            other.target_imsi,
            other.target_operator_id,
            other.target_sim_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        action_config_list = []
        for action_config_list_item_data in self.action_config_list:
            action_config_list_item = action_config_list_item_data.to_dict()

            action_config_list.append(action_config_list_item)

        name = self.name

        rule_config = self.rule_config.to_dict()

        status = str(self.status)

        description = self.description

        target_group_id = self.target_group_id

        target_imsi = self.target_imsi

        target_operator_id = self.target_operator_id

        target_sim_id = self.target_sim_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actionConfigList": action_config_list,
                "name": name,
                "ruleConfig": rule_config,
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if target_group_id is not UNSET:
            field_dict["targetGroupId"] = target_group_id
        if target_imsi is not UNSET:
            field_dict["targetImsi"] = target_imsi
        if target_operator_id is not UNSET:
            field_dict["targetOperatorId"] = target_operator_id
        if target_sim_id is not UNSET:
            field_dict["targetSimId"] = target_sim_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_action_config_list = d.pop("actionConfigList", None)
        if _required_action_config_list is None:
            raise missing_field(cls.__name__, "actionConfigList")
        _action_config_list = _required_action_config_list
        action_config_list: list[ActionConfig]
        if not isinstance(_action_config_list, list):
            raise wrong_shape("actionConfigList", "a JSON array", _action_config_list)
        action_config_list = [_from_dict_ActionConfig(v) for v in _action_config_list]

        _required_name = d.pop("name", None)
        if _required_name is None:
            raise missing_field(cls.__name__, "name")
        name = _required_name

        _required_rule_config = d.pop("ruleConfig", None)
        if _required_rule_config is None:
            raise missing_field(cls.__name__, "ruleConfig")
        rule_config = _from_dict_RuleConfig(_required_rule_config)

        _required_status = d.pop("status", None)
        if _required_status is None:
            raise missing_field(cls.__name__, "status")
        _status = _required_status
        try:
            status = _by_value_CreateEventHandlerRequestStatus[_status]
        except (KeyError, TypeError):
            status = CreateEventHandlerRequestStatus(_status)

        description = d.pop("description", UNSET)

        target_group_id = d.pop("targetGroupId", UNSET)

        target_imsi = d.pop("targetImsi", UNSET)

        target_operator_id = d.pop("targetOperatorId", UNSET)

        target_sim_id = d.pop("targetSimId", UNSET)

        _self = cls.__new__(cls)
        _self.action_config_list = action_config_list
        _self.name = name
        _self.rule_config = rule_config
        _self.status = status
        _self.description = description
        _self.target_group_id = target_group_id
        _self.target_imsi = target_imsi
        _self.target_operator_id = target_operator_id
        _self.target_sim_id = target_sim_id
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
from ..models.action_config import ActionConfig  # noqa: E402
from ..models.rule_config import RuleConfig  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_CreateEventHandlerRequestStatus = CreateEventHandlerRequestStatus._value2member_map_
_from_dict_ActionConfig = ActionConfig.from_dict
_from_dict_RuleConfig = RuleConfig.from_dict
