from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="SimDownlinkSshResponse")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkSshResponse:
    """
    Attributes:
        exitcode (int): The exit code of the command.
        is_stderr_base_64_encoded (bool | None | Unset): Indicates whether the `stderr` value is Base64 encoded.
        is_stdout_base_64_encoded (bool | None | Unset): Indicates whether the `stdout` value is Base64 encoded.
        stderr (str | None | Unset): The standard error output of the command.

            - If it is a valid UTF-8 string, it will be returned as-is.
            - Otherwise, it will be Base64 encoded. In this case, `isStderrBase64Encoded` will be `true`.
        stdout (str | None | Unset): The standard output of the command.

            - If it is a valid UTF-8 string, it will be returned as-is.
            - Otherwise, it will be Base64 encoded. In this case, `isStdoutBase64Encoded` will be `true`.
    """

    exitcode: int
    is_stderr_base_64_encoded: bool | None | Unset = UNSET
    is_stdout_base_64_encoded: bool | None | Unset = UNSET
    stderr: str | None | Unset = UNSET
    stdout: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        exitcode: int,
        is_stderr_base_64_encoded: bool | None | Unset = UNSET,
        is_stdout_base_64_encoded: bool | None | Unset = UNSET,
        stderr: str | None | Unset = UNSET,
        stdout: str | None | Unset = UNSET,
    ) -> None:
        self.exitcode = exitcode
        self.is_stderr_base_64_encoded = is_stderr_base_64_encoded
        self.is_stdout_base_64_encoded = is_stdout_base_64_encoded
        self.stderr = stderr
        self.stdout = stdout
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"exitcode={self.exitcode!r}, "
            f"is_stderr_base_64_encoded={self.is_stderr_base_64_encoded!r}, "
            f"is_stdout_base_64_encoded={self.is_stdout_base_64_encoded!r}, "
            f"stderr={self.stderr!r}, "
            f"stdout={self.stdout!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimDownlinkSshResponse):
            return NotImplemented
        return (
            self.exitcode,
            self.is_stderr_base_64_encoded,
            self.is_stdout_base_64_encoded,
            self.stderr,
            self.stdout,
            self.additional_properties,
        ) == (
            other.exitcode,
            other.is_stderr_base_64_encoded,
            other.is_stdout_base_64_encoded,
            other.stderr,
            other.stdout,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        exitcode = self.exitcode

        is_stderr_base_64_encoded = self.is_stderr_base_64_encoded

        is_stdout_base_64_encoded = self.is_stdout_base_64_encoded

        stderr = self.stderr

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exitcode": exitcode,
            }
        )
        if is_stderr_base_64_encoded is not UNSET:
            field_dict["isStderrBase64Encoded"] = is_stderr_base_64_encoded
        if is_stdout_base_64_encoded is not UNSET:
            field_dict["isStdoutBase64Encoded"] = is_stdout_base_64_encoded
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_exitcode = d.pop("exitcode", None)
        if _required_exitcode is None:
            raise missing_field(cls.__name__, "exitcode")
        exitcode = _required_exitcode

        is_stderr_base_64_encoded = d.pop("isStderrBase64Encoded", UNSET)

        is_stdout_base_64_encoded = d.pop("isStdoutBase64Encoded", UNSET)

        stderr = d.pop("stderr", UNSET)

        stdout = d.pop("stdout", UNSET)

        _self = cls.__new__(cls)
        _self.exitcode = exitcode
        _self.is_stderr_base_64_encoded = is_stderr_base_64_encoded
        _self.is_stdout_base_64_encoded = is_stdout_base_64_encoded
        _self.stderr = stderr
        _self.stdout = stdout
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
