package org.commonground.records;

import java.time.Duration;

/** Where an export too large to send back in one response is put, to be fetched by a short-lived link. */
public interface ExportFiles {
    /** Stores the file and answers a link that fetches it for {@code valid}, then stops working. */
    String publish(String key, String fileName, String contentType, byte[] body, Duration valid);

    /** Deletes every file whose key starts with {@code prefix} (a workshop's exports); answers how many. */
    int deleteAll(String prefix);

    /** Where a workshop's exports are kept, so they can be deleted with it. */
    static String folder(String workshopId) { return "exports/" + workshopId + "/"; }
}
