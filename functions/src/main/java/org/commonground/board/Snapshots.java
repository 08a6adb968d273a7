package org.commonground.board;

import java.util.Optional;

public interface Snapshots {
    /** The workshop and all its records; empty when there is no such workshop. */
    Optional<Snapshot> load(String workshopId);

    /** The same, read eventually consistently: cheaper, and possibly a moment behind. */
    Optional<Snapshot> loadSoon(String workshopId);
}
