from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.operator_configuration_of_email import OperatorConfigurationOfEmail
    from ..models.operator_configuration_of_support import OperatorConfigurationOfSupport
    from ..models.operator_configuration_of_user_console import OperatorConfigurationOfUserConsole


T = TypeVar("T", bound="SetOperatorConfigurationNamespaceRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SetOperatorConfigurationNamespaceRequest:
    """
    Attributes:
        configuration (OperatorConfigurationOfEmail | OperatorConfigurationOfSupport |
            OperatorConfigurationOfUserConsole):
        expected_version (float | None | Unset): This property is used to avoid update confliction. To use it, retrieve
            the version by getOperatorConfigurationNamespace API, then specify the version here. If the expectedVersion is
            not specified, the API does not check an update confliction.
    """

    configuration: (
        OperatorConfigurationOfEmail
        | OperatorConfigurationOfSupport
        | OperatorConfigurationOfUserConsole
    )
    expected_version: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        configuration: OperatorConfigurationOfEmail
        | OperatorConfigurationOfSupport
        | OperatorConfigurationOfUserConsole,
        expected_version: float | None | Unset = UNSET,
    ) -> None:
        self.configuration = configuration
        self.expected_version = expected_version
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"configuration={self.configuration!r}, "
            f"expected_version={self.expected_version!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SetOperatorConfigurationNamespaceRequest
        ):
            return NotImplemented
        return (
            self.configuration,
            self.expected_version,
            self.additional_properties,
        ) == (
            other.configuration,
            other.expected_version,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        configuration: dict[str, Any]
        if isinstance(self.configuration, OperatorConfigurationOfSupport):
            configuration = self.configuration.to_dict()

        elif isinstance(self.configuration, OperatorConfigurationOfEmail):
            configuration = self.configuration.to_dict()

        else:
            configuration = self.configuration.to_dict()

        expected_version = self.expected_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration": configuration,
            }
        )
        if expected_version is not UNSET:
            field_dict["expectedVersion"] = expected_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_configuration = d.pop("configuration", None)
        if _required_configuration is None:
            raise missing_field(cls.__name__, "configuration")

        def _parse_configuration(
            data: object,
        ) -> (
            OperatorConfigurationOfEmail
            | OperatorConfigurationOfSupport
            | OperatorConfigurationOfUserConsole
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = _from_dict_OperatorConfigurationOfSupport(data)

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_1 = _from_dict_OperatorConfigurationOfEmail(data)

                return configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            configuration_type_2 = _from_dict_OperatorConfigurationOfUserConsole(data)

            return configuration_type_2

        configuration = _parse_configuration(_required_configuration)

        expected_version = d.pop("expectedVersion", UNSET)

        _self = cls.__new__(cls)
        _self.configuration = configuration
        _self.expected_version = expected_version
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
from ..models.operator_configuration_of_email import OperatorConfigurationOfEmail  # noqa: E402
from ..models.operator_configuration_of_support import OperatorConfigurationOfSupport  # noqa: E402
from ..models.operator_configuration_of_user_console import OperatorConfigurationOfUserConsole  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_OperatorConfigurationOfEmail = OperatorConfigurationOfEmail.from_dict
_from_dict_OperatorConfigurationOfSupport = OperatorConfigurationOfSupport.from_dict
_from_dict_OperatorConfigurationOfUserConsole = OperatorConfigurationOfUserConsole.from_dict
