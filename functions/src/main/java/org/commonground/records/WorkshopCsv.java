package org.commonground.records;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.actionplans.Supporter;
import org.commonground.board.Snapshot;
import org.commonground.grid.Nudge;
import org.commonground.grid.Placement;
import org.commonground.statements.Participant;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.SuccessStatement;
import org.commonground.themes.Theme;
import org.commonground.voting.Vote;

/**
 * Every record held about one workshop as one CSV file, a row per record, for the facilitator
 * to keep or to hand over before the workshop is deleted. The same columns serve every kind
 * of record; each kind's rows say in {@code record} what they are.
 */
public final class WorkshopCsv {
    private WorkshopCsv() {}

    public static final String[] COLUMNS = {"record", "id", "belongs_to", "kind", "text", "perspective", "person", "value", "value_2", "when"};

    public static String of(Snapshot s) {
        StringWriter out = new StringWriter();
        Map<String, String> perspectiveOf = new HashMap<>();
        s.participants().forEach(p -> perspectiveOf.put(p.id(), p.perspective()));
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            var w = s.workshop();
            row(csv, "workshop", w.id(), null, w.phase().wire(), w.title().en(), null, w.createdBy(), w.code(), w.focus().en(), w.createdAt());
            for (Participant p : s.participants()) {
                row(csv, "participant", p.id(), null, p.language(), p.name(), p.perspective(), p.email(),
                        p.updatesConsent() ? "agreed to updates" : null, null, p.createdAt());
            }
            for (Statement st : s.statements()) {
                row(csv, "statement", st.id(), st.themeId(), st.prompt().wire(), st.text(), perspectiveOf.get(st.participantId()),
                        st.participantId(), st.source().wire(), st.hidden() ? "hidden" : null, st.createdAt());
            }
            for (Theme t : s.themes()) {
                row(csv, "theme", t.id(), null, t.category().wire(), t.title(), null, null, t.dots(), null, null);
            }
            for (Vote v : s.votes()) {
                row(csv, "vote", null, v.targetId(), v.round().key(), null, v.perspective(), v.participantId(), v.dots(), null, null);
            }
            for (Cause c : s.causes()) {
                row(csv, "root cause", c.id(), c.parentId() != null ? c.parentId() : c.themeId(), "depth " + c.depth(), c.text(),
                        perspectiveOf.get(c.participantId()), c.participantId(), null, null, c.createdAt());
            }
            for (SuccessStatement su : s.successes()) {
                row(csv, "success", su.id(), su.themeId(), null, su.text(), su.perspective(), su.participantId(), null, null, su.createdAt());
            }
            for (InPlaceItem i : s.inPlace()) {
                row(csv, "in place", i.id(), i.themeId(), null, i.text(), perspectiveOf.get(i.participantId()), i.participantId(), null, null, i.createdAt());
            }
            for (Idea i : s.ideas()) {
                row(csv, "idea", i.id(), i.themeId(), i.lens().wire(), i.text(), perspectiveOf.get(i.participantId()), i.participantId(),
                        i.dots(), s.shortlist().contains(i.id()) ? "shortlisted" : null, i.createdAt());
            }
            for (Placement p : s.grid().placements()) {
                row(csv, "grid placement", null, p.ideaId(), "effort and difference", null, perspectiveOf.get(p.participantId()),
                        p.participantId(), p.effort(), p.difference(), null);
            }
            for (Nudge n : s.grid().nudges()) {
                row(csv, "grid nudge", n.id(), n.ideaId(), n.direction().wire(), null, perspectiveOf.get(n.participantId()),
                        n.participantId(), null, null, n.at());
            }
            for (var fixed : s.grid().fixed().entrySet()) {
                row(csv, "grid position fixed", null, fixed.getKey(), "effort and difference", null, null, null,
                        fixed.getValue().effort(), fixed.getValue().difference(), null);
            }
            for (ActionPlan a : s.actions()) {
                row(csv, "action plan", a.id(), a.ideaId(), a.status().wire(), a.title(), null, a.lead().nameOrNeutral(), a.lead().email(),
                        joined(a.involve(), a.measure()), a.createdAt());
                for (int i = 0; i < a.steps().size(); i++) {
                    ActionPlan.Step step = a.steps().get(i);
                    row(csv, "action step", a.id() + "/" + (i + 1), a.id(), null, step.text(), null, step.owner(), step.due(), null, null);
                }
            }
            for (Supporter sp : s.supporters()) {
                row(csv, "supporter", null, sp.actionId(), null, null, perspectiveOf.get(sp.participantId()), sp.participantId(), null, null, null);
            }
            for (ProgressUpdate u : s.updates()) {
                row(csv, "progress update", u.id(), u.actionId(), u.status().wire(), u.text(), null,
                        u.byFacilitator() ? "facilitator" : "lead", null, null, u.at());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the CSV", e);
        }
        return BYTE_ORDER_MARK + out.toString();
    }

    /** Starts the file so Excel on Windows reads it as UTF-8 (ŵ, ŷ and ’ shown as written). */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    /** One record; every text cell made safe to open in a spreadsheet. */
    private static void row(CSVPrinter csv, Object... values) throws java.io.IOException {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) safe[i] = values[i] instanceof String text ? cell(text) : values[i];
        csv.printRecord(safe);
    }

    /**
     * A text cell a spreadsheet will not run as a formula: one that starts (after any spaces)
     * with =, +, -, @, a tab or a carriage return gets a leading apostrophe, as OWASP's "CSV
     * injection" guidance recommends. People's words are otherwise exported as written.
     */
    static String cell(String text) {
        if (text.isEmpty()) return text;
        char first = text.charAt(0);
        String trimmed = text.strip();
        char firstSeen = trimmed.isEmpty() ? first : trimmed.charAt(0);
        return first == '\t' || first == '\r' || "=+-@".indexOf(firstSeen) >= 0 ? "'" + text : text;
    }

    private static String joined(String involve, String measure) {
        if (involve == null) return measure == null ? null : "How we will know: " + measure;
        return "Involve: " + involve + (measure == null ? "" : "; how we will know: " + measure);
    }
}
