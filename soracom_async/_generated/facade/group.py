"""The `Group` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.group import create_group as _create_group
    from ..api.group import delete_configuration_namespace as _delete_configuration_namespace
    from ..api.group import delete_configuration_parameter as _delete_configuration_parameter
    from ..api.group import delete_group as _delete_group
    from ..api.group import delete_group_tag as _delete_group_tag
    from ..api.group import get_group as _get_group
    from ..api.group import list_groups as _list_groups
    from ..api.group import list_subscribers_in_group as _list_subscribers_in_group
    from ..api.group import put_configuration_parameters as _put_configuration_parameters
    from ..api.group import put_group_tags as _put_group_tags


class GroupApi(TagApi):
    """Operations of the `Group` group, as `client.group.<operation>`.

    One rate-limit group. `help(client.group.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_group: Create Group
        delete_configuration_namespace: Delete Group Configuration Namespace
        delete_configuration_parameter: Delete Group Configuration Parameters
        delete_group: Delete Group
        delete_group_tag: Delete Group Tag
        get_group: Get Group
        list_groups: List Groups. (paginated)
        list_subscribers_in_group: List Subscribers in a group (paginated)
        put_configuration_parameters: Update group configuration
        put_group_tags: Update Group Tags
    """

    group = "Group"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_group = operation(_create_group.SPEC, _create_group.build, _create_group.parse)
        delete_configuration_namespace = operation(
            _delete_configuration_namespace.SPEC,
            _delete_configuration_namespace.build,
            _delete_configuration_namespace.parse,
        )
        delete_configuration_parameter = operation(
            _delete_configuration_parameter.SPEC,
            _delete_configuration_parameter.build,
            _delete_configuration_parameter.parse,
        )
        delete_group = operation(_delete_group.SPEC, _delete_group.build, _delete_group.parse)
        delete_group_tag = operation(
            _delete_group_tag.SPEC, _delete_group_tag.build, _delete_group_tag.parse
        )
        get_group = operation(_get_group.SPEC, _get_group.build, _get_group.parse)
        list_groups = paginated_operation(
            _list_groups.SPEC,
            _list_groups.build,
            _list_groups.parse,
            items=_list_groups.items,
            paging=_list_groups.paging,
        )
        list_subscribers_in_group = paginated_operation(
            _list_subscribers_in_group.SPEC,
            _list_subscribers_in_group.build,
            _list_subscribers_in_group.parse,
            items=_list_subscribers_in_group.items,
            paging=_list_subscribers_in_group.paging,
        )
        put_configuration_parameters = operation(
            _put_configuration_parameters.SPEC,
            _put_configuration_parameters.build,
            _put_configuration_parameters.parse,
        )
        put_group_tags = operation(
            _put_group_tags.SPEC, _put_group_tags.build, _put_group_tags.parse
        )
    else:
        create_group = lazy_operation("..api.group.create_group", __package__, group=group)
        delete_configuration_namespace = lazy_operation(
            "..api.group.delete_configuration_namespace", __package__, group=group
        )
        delete_configuration_parameter = lazy_operation(
            "..api.group.delete_configuration_parameter", __package__, group=group
        )
        delete_group = lazy_operation("..api.group.delete_group", __package__, group=group)
        delete_group_tag = lazy_operation("..api.group.delete_group_tag", __package__, group=group)
        get_group = lazy_operation("..api.group.get_group", __package__, group=group)
        list_groups = lazy_paginated_operation("..api.group.list_groups", __package__, group=group)
        list_subscribers_in_group = lazy_paginated_operation(
            "..api.group.list_subscribers_in_group", __package__, group=group
        )
        put_configuration_parameters = lazy_operation(
            "..api.group.put_configuration_parameters", __package__, group=group
        )
        put_group_tags = lazy_operation("..api.group.put_group_tags", __package__, group=group)
