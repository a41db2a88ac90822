"""The `DataEntry` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
from ..api.data_entry import delete_data_entry as _delete_data_entry
from ..api.data_entry import get_data_entries as _get_data_entries
from ..api.data_entry import get_data_entries_by_category as _get_data_entries_by_category
from ..api.data_entry import get_data_entry as _get_data_entry
from ..api.data_entry import list_data_resource_metadata as _list_data_resource_metadata
from ..api.data_entry import list_data_source_resources as _list_data_source_resources


class DataEntryApi(TagApi):
    """Operations of the `DataEntry` group, as `client.data_entry.<operation>`."""

    group = "DataEntry"

    delete_data_entry = operation(
        _delete_data_entry.SPEC, _delete_data_entry.build, _delete_data_entry.parse
    )
    get_data_entries = paginated_operation(
        _get_data_entries.SPEC,
        _get_data_entries.build,
        _get_data_entries.parse,
        items=_get_data_entries.items,
    )
    get_data_entries_by_category = paginated_operation(
        _get_data_entries_by_category.SPEC,
        _get_data_entries_by_category.build,
        _get_data_entries_by_category.parse,
        items=_get_data_entries_by_category.items,
    )
    get_data_entry = operation(_get_data_entry.SPEC, _get_data_entry.build, _get_data_entry.parse)
    list_data_resource_metadata = paginated_operation(
        _list_data_resource_metadata.SPEC,
        _list_data_resource_metadata.build,
        _list_data_resource_metadata.parse,
        items=_list_data_resource_metadata.items,
    )
    list_data_source_resources = paginated_operation(
        _list_data_source_resources.SPEC,
        _list_data_source_resources.build,
        _list_data_source_resources.parse,
        items=_list_data_source_resources.items,
    )
