from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operator_configuration_model_namespace import OperatorConfigurationModelNamespace
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.operator_configuration_of_email import OperatorConfigurationOfEmail
    from ..models.operator_configuration_of_support import OperatorConfigurationOfSupport
    from ..models.operator_configuration_of_user_console import OperatorConfigurationOfUserConsole


T = TypeVar("T", bound="OperatorConfigurationModel")


@_attrs_define(init=False, repr=False, eq=False)
class OperatorConfigurationModel:
    """
    Attributes:
        namespace (OperatorConfigurationModelNamespace): Each namespace has its own configuration. See configuration
            parameter for details.
        configuration (OperatorConfigurationOfEmail | OperatorConfigurationOfSupport |
            OperatorConfigurationOfUserConsole | None | Unset):
        is_modifiable (bool | None | Unset): If false, the operator configuration cannot be updated by
            setOperatorConfigurationNamespace API.
        version (float | None | Unset): The version of this configuration.
    """

    namespace: OperatorConfigurationModelNamespace
    configuration: (
        OperatorConfigurationOfEmail
        | OperatorConfigurationOfSupport
        | OperatorConfigurationOfUserConsole
        | None
        | Unset
    ) = UNSET
    is_modifiable: bool | None | Unset = UNSET
    version: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        namespace: OperatorConfigurationModelNamespace | Literal["Support", "Email"],
        configuration: OperatorConfigurationOfEmail
        | OperatorConfigurationOfSupport
        | OperatorConfigurationOfUserConsole
        | None
        | Unset = UNSET,
        is_modifiable: bool | None | Unset = UNSET,
        version: float | None | Unset = UNSET,
    ) -> None:
        self.namespace = as_enum(
            namespace,
            OperatorConfigurationModelNamespace,
            "OperatorConfigurationModel",
            "namespace",
        )
        self.configuration = configuration
        self.is_modifiable = is_modifiable
        self.version = version
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"namespace={self.namespace!r}, "
            f"configuration={self.configuration!r}, "
            f"is_modifiable={self.is_modifiable!r}, "
            f"version={self.version!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, OperatorConfigurationModel
        ):
            return NotImplemented
        return (
            self.namespace,
            self.configuration,
            self.is_modifiable,
            self.version,
            self.additional_properties,
        ) == (
            other.namespace,
            other.configuration,
            other.is_modifiable,
            other.version,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        namespace = str(self.namespace)

        configuration: dict[str, Any] | None | Unset
        if self.configuration is None or self.configuration is UNSET:
            configuration = self.configuration
        elif isinstance(self.configuration, OperatorConfigurationOfEmail):
            configuration = self.configuration.to_dict()

        elif isinstance(self.configuration, OperatorConfigurationOfSupport):
            configuration = self.configuration.to_dict()

        else:
            configuration = self.configuration.to_dict()

        is_modifiable = self.is_modifiable

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if is_modifiable is not UNSET:
            field_dict["isModifiable"] = is_modifiable
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_namespace = d.pop("namespace", None)
        if _required_namespace is None:
            raise missing_field(cls.__name__, "namespace")
        _namespace = _required_namespace
        try:
            namespace = _by_value_OperatorConfigurationModelNamespace[_namespace]
        except (KeyError, TypeError):
            namespace = OperatorConfigurationModelNamespace(_namespace)

        def _parse_configuration(
            data: object,
        ) -> (
            OperatorConfigurationOfEmail
            | OperatorConfigurationOfSupport
            | OperatorConfigurationOfUserConsole
            | None
            | Unset
        ):
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = _from_dict_OperatorConfigurationOfEmail(data)

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_1 = _from_dict_OperatorConfigurationOfSupport(data)

                return configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            configuration_type_2 = _from_dict_OperatorConfigurationOfUserConsole(data)

            return configuration_type_2

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        is_modifiable = d.pop("isModifiable", UNSET)

        version = d.pop("version", UNSET)

        _self = cls.__new__(cls)
        _self.namespace = namespace
        _self.configuration = configuration
        _self.is_modifiable = is_modifiable
        _self.version = version
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
_by_value_OperatorConfigurationModelNamespace = (
    OperatorConfigurationModelNamespace._value2member_map_
)
_from_dict_OperatorConfigurationOfEmail = OperatorConfigurationOfEmail.from_dict
_from_dict_OperatorConfigurationOfSupport = OperatorConfigurationOfSupport.from_dict
_from_dict_OperatorConfigurationOfUserConsole = OperatorConfigurationOfUserConsole.from_dict
