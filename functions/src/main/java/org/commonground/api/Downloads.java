package org.commonground.api;

import org.commonground.records.Exports;

/** How an export is answered, as {@link Exports} chose: the CSV file itself, or where to fetch it. */
public final class Downloads {
    private Downloads() {}

    /**
     * An inline export as a CSV file to save (200, {@code text/csv}, its file name in
     * Content-Disposition); a large one as JSON {@code {downloadUrl, expiresAt, bytes}}.
     */
    public static Reply of(Exports.Export export) {
        return switch (export) {
            case Exports.Inline file -> Reply.download(file.csv(), "text/csv; charset=utf-8", file.fileName());
            case Exports.Link link -> Reply.ok(link);
        };
    }
}
