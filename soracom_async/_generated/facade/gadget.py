"""The `Gadget` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.gadget import delete_gadget_tag as _delete_gadget_tag
    from ..api.gadget import disable_termination_on_gadget as _disable_termination_on_gadget
    from ..api.gadget import enable_termination_on_gadget as _enable_termination_on_gadget
    from ..api.gadget import get_gadget as _get_gadget
    from ..api.gadget import list_gadgets as _list_gadgets
    from ..api.gadget import put_gadget_tags as _put_gadget_tags
    from ..api.gadget import register_gadget as _register_gadget
    from ..api.gadget import terminate_gadget as _terminate_gadget


class GadgetApi(TagApi):
    """Operations of the `Gadget` group, as `client.gadget.<operation>`.

    One rate-limit group. `help(client.gadget.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        delete_gadget_tag: Deletes tags from Gadget API compatible device
        disable_termination_on_gadget: Disables Termination of Gadget API compatible device
        enable_termination_on_gadget: Enables Termination of Gadget API compatible device
        get_gadget: Get Gadget API compatible device
        list_gadgets: List gadgets (paginated)
        put_gadget_tags: Bulk Insert or Update Gadget API compatible device tags
        register_gadget: Registers a Gadget API compatible device
        terminate_gadget: Terminates the specified Gadget API compatible device
    """

    group = "Gadget"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        delete_gadget_tag = operation(
            _delete_gadget_tag.SPEC, _delete_gadget_tag.build, _delete_gadget_tag.parse
        )
        disable_termination_on_gadget = operation(
            _disable_termination_on_gadget.SPEC,
            _disable_termination_on_gadget.build,
            _disable_termination_on_gadget.parse,
        )
        enable_termination_on_gadget = operation(
            _enable_termination_on_gadget.SPEC,
            _enable_termination_on_gadget.build,
            _enable_termination_on_gadget.parse,
        )
        get_gadget = operation(_get_gadget.SPEC, _get_gadget.build, _get_gadget.parse)
        list_gadgets = paginated_operation(
            _list_gadgets.SPEC,
            _list_gadgets.build,
            _list_gadgets.parse,
            items=_list_gadgets.items,
            paging=_list_gadgets.paging,
        )
        put_gadget_tags = operation(
            _put_gadget_tags.SPEC, _put_gadget_tags.build, _put_gadget_tags.parse
        )
        register_gadget = operation(
            _register_gadget.SPEC, _register_gadget.build, _register_gadget.parse
        )
        terminate_gadget = operation(
            _terminate_gadget.SPEC, _terminate_gadget.build, _terminate_gadget.parse
        )
    else:
        delete_gadget_tag = lazy_operation(
            "..api.gadget.delete_gadget_tag", __package__, group=group
        )
        disable_termination_on_gadget = lazy_operation(
            "..api.gadget.disable_termination_on_gadget", __package__, group=group
        )
        enable_termination_on_gadget = lazy_operation(
            "..api.gadget.enable_termination_on_gadget", __package__, group=group
        )
        get_gadget = lazy_operation("..api.gadget.get_gadget", __package__, group=group)
        list_gadgets = lazy_paginated_operation(
            "..api.gadget.list_gadgets", __package__, group=group
        )
        put_gadget_tags = lazy_operation("..api.gadget.put_gadget_tags", __package__, group=group)
        register_gadget = lazy_operation("..api.gadget.register_gadget", __package__, group=group)
        terminate_gadget = lazy_operation("..api.gadget.terminate_gadget", __package__, group=group)
