package org.commonground.kernel;

import java.util.Locale;
import java.util.Optional;

/** The one way enums of the method (phases, prompts, sources) are named on the wire: lower snake case. */
public final class WireNames {
    private WireNames() {}

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(E[] values, String wire) {
        for (E value : values) {
            if (of(value).equals(wire)) return Optional.of(value);
        }
        return Optional.empty();
    }

    public static String list(Enum<?>[] values) {
        StringBuilder names = new StringBuilder();
        for (Enum<?> value : values) {
            if (!names.isEmpty()) names.append(", ");
            names.append(of(value));
        }
        return names.toString();
    }
}
