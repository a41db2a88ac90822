from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_analysis_queries_response_status import GetAnalysisQueriesResponseStatus
from ..types import UNSET, Unset, as_enum, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.get_analysis_queries_response_column_info_item import (
        GetAnalysisQueriesResponseColumnInfoItem,
    )


T = TypeVar("T", bound="GetAnalysisQueriesResponse")


@_attrs_define(init=False, repr=False, eq=False)
class GetAnalysisQueriesResponse:
    """
    Attributes:
        column_info (list[GetAnalysisQueriesResponseColumnInfoItem] | None | Unset): Column information of the SQL query
            result.
        file_size (int | None | Unset): File size of the file downloadable from `url`.
        row_count (int | None | Unset): Number of data rows contained in the file downloadable from `url`.
        sql_exec_time (int | None | Unset): Time taken to execute the SQL query (seconds).
        sql_export_time (int | None | Unset): Time taken to export the SQL query result (seconds).
        status (GetAnalysisQueriesResponseStatus | None | Unset): SQL query execution status.
            - `STARTING`: SQL query execution started.
            - `RUNNING`: SQL query is running (extracting data).
            - `EXPORTING`: SQL query result is being exported.
            - `COMPLETED`: SQL query completed. You can download files from `url`.
        uncompressed_file_size (int | None | Unset): File size after decompressing the file downloadable from `url`.
        url (str | None | Unset): URL for downloading the SQL query result file. Included only when the SQL query is
            completed.
        used_exec_count (int | None | Unset): Number of SQL queries executed this month.
    """

    column_info: list[GetAnalysisQueriesResponseColumnInfoItem] | None | Unset = UNSET
    file_size: int | None | Unset = UNSET
    row_count: int | None | Unset = UNSET
    sql_exec_time: int | None | Unset = UNSET
    sql_export_time: int | None | Unset = UNSET
    status: GetAnalysisQueriesResponseStatus | None | Unset = UNSET
    uncompressed_file_size: int | None | Unset = UNSET
    url: str | None | Unset = UNSET
    used_exec_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        column_info: Sequence[GetAnalysisQueriesResponseColumnInfoItem | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        file_size: int | None | Unset = UNSET,
        row_count: int | None | Unset = UNSET,
        sql_exec_time: int | None | Unset = UNSET,
        sql_export_time: int | None | Unset = UNSET,
        status: GetAnalysisQueriesResponseStatus
        | Literal["STARTING", "RUNNING", "EXPORTING", "COMPLETED"]
        | None
        | Unset = UNSET,
        uncompressed_file_size: int | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        used_exec_count: int | None | Unset = UNSET,
    ) -> None:
        self.column_info = as_models(
            column_info,
            GetAnalysisQueriesResponseColumnInfoItem,
            "GetAnalysisQueriesResponse",
            "column_info",
        )
        self.file_size = file_size
        self.row_count = row_count
        self.sql_exec_time = sql_exec_time
        self.sql_export_time = sql_export_time
        self.status = as_enum(
            status, GetAnalysisQueriesResponseStatus, "GetAnalysisQueriesResponse", "status"
        )
        self.uncompressed_file_size = uncompressed_file_size
        self.url = url
        self.used_exec_count = used_exec_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"column_info={self.column_info!r}, "
            f"file_size={self.file_size!r}, "
            f"row_count={self.row_count!r}, "
            f"sql_exec_time={self.sql_exec_time!r}, "
            f"sql_export_time={self.sql_export_time!r}, "
            f"status={self.status!r}, "
            f"uncompressed_file_size={self.uncompressed_file_size!r}, "
            f"url={self.url!r}, "
            f"used_exec_count={self.used_exec_count!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, GetAnalysisQueriesResponse
        ):
            return NotImplemented
        return (
            self.column_info,
            self.file_size,
            self.row_count,
            self.sql_exec_time,
            self.sql_export_time,
            self.status,
            self.uncompressed_file_size,
            self.url,
            self.used_exec_count,
            self.additional_properties,
        ) == (
            other.column_info,
            other.file_size,
            other.row_count,
            other.sql_exec_time,
            other.sql_export_time,
            other.status,
            other.uncompressed_file_size,
            other.url,
            other.used_exec_count,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        column_info: list[dict[str, Any]] | None | Unset
        if self.column_info is None or self.column_info is UNSET:
            column_info = self.column_info
        else:
            column_info = []
            for column_info_item_data in self.column_info:
                column_info_item = column_info_item_data.to_dict()

                column_info.append(column_info_item)

        file_size = self.file_size

        row_count = self.row_count

        sql_exec_time = self.sql_exec_time

        sql_export_time = self.sql_export_time

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        uncompressed_file_size = self.uncompressed_file_size

        url = self.url

        used_exec_count = self.used_exec_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_info is not UNSET:
            field_dict["columnInfo"] = column_info
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if row_count is not UNSET:
            field_dict["rowCount"] = row_count
        if sql_exec_time is not UNSET:
            field_dict["sqlExecTime"] = sql_exec_time
        if sql_export_time is not UNSET:
            field_dict["sqlExportTime"] = sql_export_time
        if status is not UNSET:
            field_dict["status"] = status
        if uncompressed_file_size is not UNSET:
            field_dict["uncompressedFileSize"] = uncompressed_file_size
        if url is not UNSET:
            field_dict["url"] = url
        if used_exec_count is not UNSET:
            field_dict["usedExecCount"] = used_exec_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _column_info = d.pop("columnInfo", UNSET)
        column_info: list[GetAnalysisQueriesResponseColumnInfoItem] | None | Unset
        if _column_info is None or _column_info is UNSET:
            column_info = _column_info
        elif not isinstance(_column_info, list):
            raise wrong_shape("columnInfo", "a JSON array", _column_info)
        else:
            column_info = [
                _from_dict_GetAnalysisQueriesResponseColumnInfoItem(v) for v in _column_info
            ]

        file_size = d.pop("fileSize", UNSET)

        row_count = d.pop("rowCount", UNSET)

        sql_exec_time = d.pop("sqlExecTime", UNSET)

        sql_export_time = d.pop("sqlExportTime", UNSET)

        _status = d.pop("status", UNSET)
        status: GetAnalysisQueriesResponseStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_GetAnalysisQueriesResponseStatus[_status]
            except (KeyError, TypeError):
                status = GetAnalysisQueriesResponseStatus(_status)

        uncompressed_file_size = d.pop("uncompressedFileSize", UNSET)

        url = d.pop("url", UNSET)

        used_exec_count = d.pop("usedExecCount", UNSET)

        _self = cls.__new__(cls)
        _self.column_info = column_info
        _self.file_size = file_size
        _self.row_count = row_count
        _self.sql_exec_time = sql_exec_time
        _self.sql_export_time = sql_export_time
        _self.status = status
        _self.uncompressed_file_size = uncompressed_file_size
        _self.url = url
        _self.used_exec_count = used_exec_count
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
from ..models.get_analysis_queries_response_column_info_item import (
    GetAnalysisQueriesResponseColumnInfoItem,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_by_value_GetAnalysisQueriesResponseStatus = GetAnalysisQueriesResponseStatus._value2member_map_
_from_dict_GetAnalysisQueriesResponseColumnInfoItem = (
    GetAnalysisQueriesResponseColumnInfoItem.from_dict
)
