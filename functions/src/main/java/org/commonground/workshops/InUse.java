package org.commonground.workshops;

import java.util.Set;

/**
 * What people have already done in a workshop that a change to its setup must not undo: the
 * most dots one person has spent in each voting round and put on one item, the perspectives and
 * languages people chose, and whether anything is recorded yet (every record carries the
 * workshop's expiry, so the retention can change only before then).
 */
public record InUse(int mostThemeDots, int mostThemeDotsOnOne, int mostIdeaDots, int mostIdeaDotsOnOne,
                    Set<String> perspectives, Set<String> languages, boolean anythingRecorded) {

    public static final InUse NOTHING = new InUse(0, 0, 0, 0, Set.of(), Set.of(), false);
}
