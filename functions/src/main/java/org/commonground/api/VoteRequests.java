package org.commonground.api;

import org.commonground.kernel.Problem;

/** The body of the voting function's request, read into the plain value the domain takes. */
public final class VoteRequests {
    /** The most dots one request may name; each person's own budget is checked by the domain (DESIGN.md, dots). */
    static final int MOST_DOTS = 20;

    private VoteRequests() {}

    /** {@code dots}, required: how many of the person's dots to put on the target, 0 to {@value #MOST_DOTS} (0 takes them all off). */
    public static int dots(RequestBody body) {
        return body.optionalWholeNumber("dots", 0, MOST_DOTS).orElseThrow(() -> Problem.invalid("missing_field",
                "Please give 'dots': how many of your dots to put here (0 takes them all off)."));
    }
}
