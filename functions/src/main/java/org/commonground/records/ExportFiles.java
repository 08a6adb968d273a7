package org.commonground.records;

import java.time.Duration;

/** Where an export too large to send back in one response is put, to be fetched by a short-lived link. */
public interface ExportFiles {
    /** Stores the file and answers a link that fetches it for {@code valid}, then stops working. */
    String publish(String key, String fileName, String contentType, byte[] body, Duration valid);
}
