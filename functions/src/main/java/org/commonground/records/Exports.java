package org.commonground.records;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.commonground.auth.Tokens;
import org.commonground.board.Snapshots;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * The records of a workshop as a CSV file: sent back at once when small, otherwise put where a
 * short-lived link fetches it (API Gateway answers at most 6 MB).
 */
public final class Exports {
    /** How long a link to a large export works. */
    static final Duration LINK_LIFETIME = Duration.ofMinutes(15);

    private final Workshops workshops;
    private final Snapshots snapshots;
    private final Supplier<ExportFiles> files;
    private final int inlineBytes;
    private final Clock clock;

    /**
     * {@code files} answers where large exports go, or null when there is nowhere (then every
     * export is sent back at once); {@code inlineBytes} is the largest export sent back at once.
     */
    public Exports(Workshops workshops, Snapshots snapshots, Supplier<ExportFiles> files, int inlineBytes, Clock clock) {
        this.workshops = workshops;
        this.snapshots = snapshots;
        this.files = files;
        this.inlineBytes = inlineBytes;
        this.clock = clock;
    }

    /** A CSV export, one of the two shapes below. */
    public sealed interface Export permits Inline, Link {}

    /** The file itself, with the name to save it as. */
    public record Inline(String csv, String fileName) implements Export {}

    /** Where to fetch the file, until when, and how large it is (bytes of UTF-8). */
    public record Link(String downloadUrl, Instant expiresAt, int bytes) implements Export {}

    /** The CSV of every record of the workshop ({@link WorkshopCsv}); not found when the workshop is gone. */
    public Export csv(String workshopId) {
        Workshop w = workshops.get(workshopId);
        String csv = WorkshopCsv.of(snapshots.load(w.id()).orElseThrow(Workshops::missing));
        String fileName = "common-ground-" + w.code() + ".csv";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        ExportFiles store = files.get();
        if (bytes.length <= inlineBytes || store == null) return new Inline(csv, fileName);
        String url = store.publish(ExportFiles.folder(w.id()) + Tokens.newRaw() + ".csv", fileName, "text/csv; charset=utf-8", bytes, LINK_LIFETIME);
        return new Link(url, clock.instant().plus(LINK_LIFETIME), bytes.length);
    }

    /**
     * Deletes the workshop ({@link Workshops#delete}: its join code typed as {@code confirmCode},
     * else the problem that says so) and then its export files.
     */
    public void deleteWorkshop(String workshopId, String confirmCode) {
        workshops.delete(workshopId, confirmCode);
        deleteFiles(workshopId);
    }

    /** Deletes a deleted workshop's export files, rather than leaving them fetchable until their links expire. */
    public void deleteFiles(String workshopId) {
        ExportFiles store = files.get();
        if (store != null) store.deleteAll(ExportFiles.folder(workshopId));
    }
}
