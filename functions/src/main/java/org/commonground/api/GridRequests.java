package org.commonground.api;

import java.util.ArrayList;
import java.util.List;
import org.commonground.grid.Direction;
import org.commonground.grid.Position;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;

/**
 * The bodies of the grid function's requests, read into the plain values the domain takes.
 * Each method throws a 400 problem naming the field and saying what to send instead.
 */
public final class GridRequests {
    private GridRequests() {}

    /** {@code effort}, required: how much effort the idea would take, a whole number from {@link Position#MIN} to {@link Position#MAX}. */
    public static int effort(RequestBody body) {
        return axis(body, "effort", "how much effort it would take");
    }

    /** {@code difference}, required: how much difference the idea would make, as for {@link #effort}. */
    public static int difference(RequestBody body) {
        return axis(body, "difference", "how much difference it would make");
    }

    private static int axis(RequestBody body, String field, String meaning) {
        return body.optionalWholeNumber(field, Position.MIN, Position.MAX).orElseThrow(() -> Problem.invalid("missing_field",
                "Please give '" + field + "': " + meaning + ", from " + Position.MIN + " to " + Position.MAX + "."));
    }

    /** A nudge's {@code direction} by its wire name; {@code invalid_direction} naming the choices otherwise. */
    public static Direction direction(RequestBody body) {
        String wanted = body.text("direction");
        return Direction.fromWire(wanted).orElseThrow(() -> Problem.invalid("invalid_direction",
                "'" + wanted + "' is not a direction. Choose one of: " + Direction.allWire() + "."));
    }

    /** The shortlist: {@code ideaIds}, required, at most 20 idea ids in the order chosen. */
    public static List<String> ideaIds(RequestBody body) {
        List<String> ids = new ArrayList<>();
        for (var node : body.optionalList("ideaIds", 20).orElseThrow(() -> RequestBody.missing("ideaIds"))) {
            if (!node.isTextual() || !Ids.looksValid(node.textValue())) {
                throw Problem.invalid("invalid_field", "'ideaIds' must be a list of idea ids from the board.");
            }
            ids.add(node.textValue());
        }
        return ids;
    }
}
