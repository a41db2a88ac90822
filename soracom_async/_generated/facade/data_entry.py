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
        _delete_data_entry.build,
        _delete_data_entry.parse,
        "deleteDataEntry",
        "DELETE",
        "/data/{resource_type}/{resource_id}/{time}",
    )
    get_data_entries = paginated_operation(
        _get_data_entries.build,
        _get_data_entries.parse,
        "getDataEntries",
        "GET",
        "/data/{resource_type}/{resource_id}",
    )
    get_data_entries_by_category = paginated_operation(
        _get_data_entries_by_category.build,
        _get_data_entries_by_category.parse,
        "getDataEntriesByCategory",
        "GET",
        "/data/categories/{category}",
    )
    get_data_entry = operation(
        _get_data_entry.build,
        _get_data_entry.parse,
        "getDataEntry",
        "GET",
        "/data/{resource_type}/{resource_id}/{time}",
    )
    list_data_resource_metadata = paginated_operation(
        _list_data_resource_metadata.build,
        _list_data_resource_metadata.parse,
        "listDataResourceMetadata",
        "GET",
        "/data/metadata/resources",
    )
    list_data_source_resources = paginated_operation(
        _list_data_source_resources.build,
        _list_data_source_resources.parse,
        "listDataSourceResources",
        "GET",
        "/data/resources",
    )
