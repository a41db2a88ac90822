from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_configuration_of_billing import EmailConfigurationOfBilling
    from ..models.email_configuration_of_notification import EmailConfigurationOfNotification


T = TypeVar("T", bound="OperatorConfigurationOfEmail")


@_attrs_define
class OperatorConfigurationOfEmail:
    """
    Attributes:
        billing (EmailConfigurationOfBilling | Unset):
        notification (EmailConfigurationOfNotification | Unset):
    """

    billing: EmailConfigurationOfBilling | Unset = UNSET
    notification: EmailConfigurationOfNotification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing: dict[str, Any] | Unset = UNSET
        if self.billing is not UNSET:
            billing = self.billing.to_dict()

        notification: dict[str, Any] | Unset = UNSET
        if self.notification is not UNSET:
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
        d = dict(src_dict)
        _billing = d.pop("billing", UNSET)
        billing: EmailConfigurationOfBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = EmailConfigurationOfBilling.from_dict(_billing)

        _notification = d.pop("notification", UNSET)
        notification: EmailConfigurationOfNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = EmailConfigurationOfNotification.from_dict(_notification)

        operator_configuration_of_email = cls(
            billing=billing,
            notification=notification,
        )

        operator_configuration_of_email.additional_properties = d
        return operator_configuration_of_email

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
