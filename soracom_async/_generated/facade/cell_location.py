"""The `CellLocation` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.cell_location import batch_get_cell_locations as _batch_get_cell_locations
    from ..api.cell_location import get_cell_location as _get_cell_location


class CellLocationApi(TagApi):
    """Operations of the `CellLocation` group, as `client.cell_location.<operation>`.

    One rate-limit group. `help(client.cell_location.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        batch_get_cell_locations: List location information for multiple cell towers.
        get_cell_location: Get location information for a cell tower
    """

    group = "CellLocation"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        batch_get_cell_locations = operation(
            _batch_get_cell_locations.SPEC,
            _batch_get_cell_locations.build,
            _batch_get_cell_locations.parse,
        )
        get_cell_location = operation(
            _get_cell_location.SPEC, _get_cell_location.build, _get_cell_location.parse
        )
    else:
        batch_get_cell_locations = lazy_operation(
            "..api.cell_location.batch_get_cell_locations", __package__, group=group
        )
        get_cell_location = lazy_operation(
            "..api.cell_location.get_cell_location", __package__, group=group
        )
