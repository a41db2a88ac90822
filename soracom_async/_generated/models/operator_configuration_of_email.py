from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.email_configuration_of_billing import EmailConfigurationOfBilling
    from ..models.email_configuration_of_notification import EmailConfigurationOfNotification


T = TypeVar("T", bound="OperatorConfigurationOfEmail")


@_attrs_define(init=False, repr=False, eq=False)
class OperatorConfigurationOfEmail:
    """
    Attributes:
        billing (EmailConfigurationOfBilling | None | Unset):
        notification (EmailConfigurationOfNotification | None | Unset):
    """

    billing: EmailConfigurationOfBilling | None | Unset = UNSET
    notification: EmailConfigurationOfNotification | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        billing: EmailConfigurationOfBilling | Mapping[str, Any] | None | Unset = UNSET,
        notification: EmailConfigurationOfNotification | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.billing = as_model(
            billing, EmailConfigurationOfBilling, "OperatorConfigurationOfEmail", "billing"
        )
        self.notification = as_model(
            notification,
            EmailConfigurationOfNotification,
            "OperatorConfigurationOfEmail",
            "notification",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"billing={self.billing!r}, "
            f"notification={self.notification!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, OperatorConfigurationOfEmail
        ):
            return NotImplemented
        return (
            self.billing,
            self.notification,
            self.additional_properties,
        ) == (
            other.billing,
            other.notification,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        billing: dict[str, Any] | None | Unset
        if self.billing is None or self.billing is UNSET:
            billing = self.billing
        else:
            billing = self.billing.to_dict()

        notification: dict[str, Any] | None | Unset
        if self.notification is None or self.notification is UNSET:
            notification = self.notification
        else:
            notification = self.notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing is not UNSET:
            field_dict["billing"] = billing
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _billing = d.pop("billing", UNSET)
        billing: EmailConfigurationOfBilling | None | Unset
        if _billing is None or _billing is UNSET:
            billing = _billing
        else:
            billing = _from_dict_EmailConfigurationOfBilling(_billing)

        _notification = d.pop("notification", UNSET)
        notification: EmailConfigurationOfNotification | None | Unset
        if _notification is None or _notification is UNSET:
            notification = _notification
        else:
            notification = _from_dict_EmailConfigurationOfNotification(_notification)

        _self = cls.__new__(cls)
        _self.billing = billing
        _self.notification = notification
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
from ..models.email_configuration_of_billing import EmailConfigurationOfBilling  # noqa: E402
from ..models.email_configuration_of_notification import EmailConfigurationOfNotification  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_EmailConfigurationOfBilling = EmailConfigurationOfBilling.from_dict
_from_dict_EmailConfigurationOfNotification = EmailConfigurationOfNotification.from_dict
