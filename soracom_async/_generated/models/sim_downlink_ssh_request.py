from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sim_downlink_ssh_no_authentication import SimDownlinkSshNoAuthentication
    from ..models.sim_downlink_ssh_password_authentication import (
        SimDownlinkSshPasswordAuthentication,
    )
    from ..models.sim_downlink_ssh_public_key_authentication import (
        SimDownlinkSshPublicKeyAuthentication,
    )


T = TypeVar("T", bound="SimDownlinkSshRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkSshRequest:
    """
    Attributes:
        authentication (SimDownlinkSshNoAuthentication | SimDownlinkSshPasswordAuthentication |
            SimDownlinkSshPublicKeyAuthentication): Authentication method for SSH connection. Specify one of the following
            for `type`, and provide the required information according to the authentication method.

            - `password`: Password authentication.
            - `publickey`: Public key authentication.
            - `none`: No authentication.
        command (str): Command to be executed on the device via SSH connection. Maximum size is 8192 bytes.
        username (str): Username for SSH connection.
        port (int | None | Unset): Port number for SSH connection. Default: 22.
    """

    authentication: (
        SimDownlinkSshNoAuthentication
        | SimDownlinkSshPasswordAuthentication
        | SimDownlinkSshPublicKeyAuthentication
    )
    command: str
    username: str
    port: int | None | Unset = 22
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        authentication: SimDownlinkSshNoAuthentication
        | SimDownlinkSshPasswordAuthentication
        | SimDownlinkSshPublicKeyAuthentication,
        command: str,
        username: str,
        port: int | None | Unset = 22,
    ) -> None:
        self.authentication = authentication
        self.command = command
        self.username = username
        self.port = port
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"authentication={self.authentication!r}, "
            f"command={self.command!r}, "
            f"username={self.username!r}, "
            f"port={self.port!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimDownlinkSshRequest):
            return NotImplemented
        return (
            self.authentication,
            self.command,
            self.username,
            self.port,
            self.additional_properties,
        ) == (
            other.authentication,
            other.command,
            other.username,
            other.port,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        authentication: dict[str, Any]
        if isinstance(self.authentication, SimDownlinkSshPasswordAuthentication):
            authentication = self.authentication.to_dict()

        elif isinstance(self.authentication, SimDownlinkSshPublicKeyAuthentication):
            authentication = self.authentication.to_dict()

        else:
            authentication = self.authentication.to_dict()

        command = self.command

        username = self.username

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication": authentication,
                "command": command,
                "username": username,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_authentication = d.pop("authentication", None)
        if _required_authentication is None:
            raise missing_field(cls.__name__, "authentication")

        def _parse_authentication(
            data: object,
        ) -> (
            SimDownlinkSshNoAuthentication
            | SimDownlinkSshPasswordAuthentication
            | SimDownlinkSshPublicKeyAuthentication
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authentication_type_0 = _from_dict_SimDownlinkSshPasswordAuthentication(data)

                return authentication_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authentication_type_1 = _from_dict_SimDownlinkSshPublicKeyAuthentication(data)

                return authentication_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            authentication_type_2 = _from_dict_SimDownlinkSshNoAuthentication(data)

            return authentication_type_2

        authentication = _parse_authentication(_required_authentication)

        _required_command = d.pop("command", None)
        if _required_command is None:
            raise missing_field(cls.__name__, "command")
        command = _required_command

        _required_username = d.pop("username", None)
        if _required_username is None:
            raise missing_field(cls.__name__, "username")
        username = _required_username

        port = d.pop("port", UNSET)

        _self = cls.__new__(cls)
        _self.authentication = authentication
        _self.command = command
        _self.username = username
        _self.port = port
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
from ..models.sim_downlink_ssh_no_authentication import SimDownlinkSshNoAuthentication  # noqa: E402
from ..models.sim_downlink_ssh_password_authentication import SimDownlinkSshPasswordAuthentication  # noqa: E402
from ..models.sim_downlink_ssh_public_key_authentication import (
    SimDownlinkSshPublicKeyAuthentication,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_SimDownlinkSshNoAuthentication = SimDownlinkSshNoAuthentication.from_dict
_from_dict_SimDownlinkSshPasswordAuthentication = SimDownlinkSshPasswordAuthentication.from_dict
_from_dict_SimDownlinkSshPublicKeyAuthentication = SimDownlinkSshPublicKeyAuthentication.from_dict
