"""The `DataEntry` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.data_entry import delete_data_entry as _delete_data_entry
    from ..api.data_entry import get_data_entries as _get_data_entries
    from ..api.data_entry import get_data_entries_by_category as _get_data_entries_by_category
    from ..api.data_entry import get_data_entry as _get_data_entry
    from ..api.data_entry import list_data_resource_metadata as _list_data_resource_metadata
    from ..api.data_entry import list_data_source_resources as _list_data_source_resources


class DataEntryApi(TagApi):
    """Operations of the `DataEntry` group, as `client.data_entry.<operation>`.

    One rate-limit group. `help(client.data_entry.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        delete_data_entry: Deletes a data entry
        get_data_entries: Get data sent to Harvest Data from a resource. (paginated)
        get_data_entries_by_category: Get data entries for a specific category (paginated)
        get_data_entry: Gets a data entry
        list_data_resource_metadata: Get the list of data source resources (paginated)
        list_data_source_resources: Get the list of data source resources (paginated)
    """

    group = "DataEntry"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        delete_data_entry = operation(
            _delete_data_entry.SPEC, _delete_data_entry.build, _delete_data_entry.parse
        )
        get_data_entries = paginated_operation(
            _get_data_entries.SPEC,
            _get_data_entries.build,
            _get_data_entries.parse,
            items=_get_data_entries.items,
            paging=_get_data_entries.paging,
        )
        get_data_entries_by_category = paginated_operation(
            _get_data_entries_by_category.SPEC,
            _get_data_entries_by_category.build,
            _get_data_entries_by_category.parse,
            items=_get_data_entries_by_category.items,
            paging=_get_data_entries_by_category.paging,
        )
        get_data_entry = operation(
            _get_data_entry.SPEC, _get_data_entry.build, _get_data_entry.parse
        )
        list_data_resource_metadata = paginated_operation(
            _list_data_resource_metadata.SPEC,
            _list_data_resource_metadata.build,
            _list_data_resource_metadata.parse,
            items=_list_data_resource_metadata.items,
            paging=_list_data_resource_metadata.paging,
        )
        list_data_source_resources = paginated_operation(
            _list_data_source_resources.SPEC,
            _list_data_source_resources.build,
            _list_data_source_resources.parse,
            items=_list_data_source_resources.items,
            paging=_list_data_source_resources.paging,
        )
    else:
        delete_data_entry = lazy_operation(
            "..api.data_entry.delete_data_entry", __package__, group=group
        )
        get_data_entries = lazy_paginated_operation(
            "..api.data_entry.get_data_entries", __package__, group=group
        )
        get_data_entries_by_category = lazy_paginated_operation(
            "..api.data_entry.get_data_entries_by_category", __package__, group=group
        )
        get_data_entry = lazy_operation("..api.data_entry.get_data_entry", __package__, group=group)
        list_data_resource_metadata = lazy_paginated_operation(
            "..api.data_entry.list_data_resource_metadata", __package__, group=group
        )
        list_data_source_resources = lazy_paginated_operation(
            "..api.data_entry.list_data_source_resources", __package__, group=group
        )
