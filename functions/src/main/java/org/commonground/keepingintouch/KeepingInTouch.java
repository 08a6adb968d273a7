package org.commonground.keepingintouch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ActionPlanning;
import org.commonground.actionplans.ActionStatus;
import org.commonground.actionplans.ActionStore;
import org.commonground.actionplans.PlanWording;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.auth.Token;
import org.commonground.consent.AddressConfirmation;
import org.commonground.auth.Tokens;
import org.commonground.board.Snapshot;
import org.commonground.board.Snapshots;
import org.commonground.kernel.Configuration;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Templates;
import org.commonground.outbox.Email;
import org.commonground.outbox.Outbox;
import org.commonground.statements.Participant;
import org.commonground.statements.ResponseStore;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * Stage 7 of the method, run by the schedule: people who asked for updates get a digest when
 * plans have moved on (at most once a week), and action leads are reminded before each step is
 * due and when a plan has gone quiet. Every email is sent once, whatever the schedule does.
 */
public final class KeepingInTouch {
    static final Duration DIGEST_GAP = Duration.ofDays(7);
    /** Leads hear about a step this many days before it is due. */
    static final int DAYS_BEFORE_DUE = 2;

    private final Snapshots snapshots;
    private final Workshops workshops;
    private final ActionStore store;
    private final Outbox outbox;
    private final Configuration configuration;
    private final Tokens tokens;
    private final ResponseStore responses;
    private final Clock clock;

    private final AddressConfirmation addresses;

    public KeepingInTouch(Snapshots snapshots, Workshops workshops, ActionStore store, Outbox outbox, AddressConfirmation addresses, Configuration configuration,
                          Tokens tokens, ResponseStore responses, Clock clock) {
        this.addresses = addresses;
        this.tokens = tokens;
        this.responses = responses;
        this.snapshots = snapshots;
        this.workshops = workshops;
        this.store = store;
        this.outbox = outbox;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** What came of a workshop, for anyone with its code, once it has reached follow-up. */
    public Outcomes outcomes(String code) {
        Workshop workshop = workshops.byCode(code);
        if (workshop.phase().compareTo(Phase.FOLLOW_UP) < 0) {
            throw Problem.conflict("not_published_yet", "What came of this workshop is shown here once the workshop days are over. Please look again then.");
        }
        return Outcomes.of(snapshots.load(workshop.id()).orElseThrow(Workshops::missing));
    }

    public record Sent(int digests, int reminders) {}

    /** The link at the foot of a digest: no more emails to that person, and their address is forgotten. Works without signing in. */
    public void unsubscribe(String rawToken) {
        Token link = tokens.unsubscribeLink(rawToken).orElseThrow(() -> Problem.unauthenticated(
                "This link to stop emails is not valid any more. If you still get emails, reply to one and ask the facilitator."));
        responses.stopEmails(link.workshopId(), link.participantId());
    }

    public Sent run(List<Workshop> all) {
        Instant now = clock.instant();
        int digests = 0;
        int reminders = 0;
        for (Workshop w : all) {
            if (w.phase() != Phase.ACTION_PLANNING && w.phase() != Phase.FOLLOW_UP) continue;
            Snapshot s = snapshots.load(w.id()).orElse(null);
            if (s == null) continue;
            reminders += remind(s, now);
            if (w.phase() == Phase.FOLLOW_UP) digests += digest(s, now);
        }
        return new Sent(digests, reminders);
    }

    private String site(Workshop w) {
        return w.site() != null ? w.site() : configuration.site(java.util.Optional.empty());
    }

    /** One digest per person who agreed to updates, when there are updates since the last one and a week has passed. */
    private int digest(Snapshot s, Instant now) {
        Workshop w = s.workshop();
        Instant last = store.lastDigest(w.id()).orElse(null);
        if (last != null && now.isBefore(last.plus(DIGEST_GAP))) return 0;
        List<ProgressUpdate> news = s.updates().stream().filter(u -> last == null || u.at().isAfter(last)).toList();
        if (news.isEmpty()) return 0;
        if (!store.digestSent(w.id(), last, now, w.expiresAt())) return 0;
        List<ActionPlan> withNews = s.actions().stream().sorted(Comparator.comparing(ActionPlan::id))
                .filter(plan -> news.stream().anyMatch(u -> u.actionId().equals(plan.id()))).toList();
        int sent = 0;
        for (Participant person : s.participants()) {
            if (person.email() == null || !person.updatesConsent()) continue;
            String raw = Tokens.newRaw();
            store.saveLink(w.id(), person.id(), person.id(), Tokens.hash(raw),
                    Token.unsubscribe(w.id(), person.id(), Instant.ofEpochSecond(w.expiresAt())));
            List<Map<String, Object>> languages = new ArrayList<>();
            for (String language : PlanWording.theirsFirst(person.language())) {
                Map<String, String> labels = PlanWording.LABELS.get(language);
                languages.add(Map.of("lang", language, "labels", labels, "plans", withNews.stream().map(plan -> news(plan, news, labels)).toList()));
            }
            Map<String, Object> model = Map.of("title", w.title().in(person.language()), "languages", languages,
                    "outcomes", site(w) + "/outcomes/" + w.code(), "unsubscribe", site(w) + "/unsubscribe?token=" + raw);
            if (addresses.send(new Email("digest#" + w.id() + "#" + person.id() + "#" + now.toString().substring(0, 10), "digest", List.of(person.email()),
                    "cy".equals(person.language()) ? "Y newyddion diweddaraf / What has happened: " + w.title().cy()
                            : "What has happened / Y newyddion diweddaraf: " + w.title().en(),
                    Templates.html("digest", model), Templates.text("digest", model), w.id()),
                    AddressConfirmation.Reason.UPDATES, ActionPlanning.place(w, site(w))) == Outbox.Result.SENT) {
                sent++;
            }
        }
        return sent;
    }

    /** One plan's news for a digest, its statuses in the words of one language. */
    private static Map<String, Object> news(ActionPlan plan, List<ProgressUpdate> news, Map<String, String> labels) {
        List<Map<String, Object>> updates = news.stream().filter(u -> u.actionId().equals(plan.id()))
                .sorted(Comparator.comparing(ProgressUpdate::id))
                .map(u -> Map.<String, Object>of("text", u.text(), "statusWord", labels.get("status_" + u.status().wire()),
                        "date", u.at().toString().substring(0, 10)))
                .toList();
        return Map.of("title", plan.title(), "lead", java.util.Objects.requireNonNullElse(plan.lead().firstName(), labels.get("aParticipant")), "statusWord", labels.get("status_" + plan.status().wire()),
                "updates", updates);
    }

    /** Reminders to leads who gave an email: a step due soon, or no news for the workshop's quiet days. */
    private int remind(Snapshot s, Instant now) {
        Workshop w = s.workshop();
        LocalDate today = LocalDate.ofInstant(now, Workshop.ZONE);
        int sent = 0;
        for (ActionPlan plan : s.actions()) {
            if (plan.lead().email() == null || plan.status() == ActionStatus.DONE) continue;
            for (int i = 0; i < plan.steps().size(); i++) {
                ActionPlan.Step step = plan.steps().get(i);
                if (step.due() == null) continue;
                LocalDate due = LocalDate.parse(step.due());
                if (today.isBefore(due.minusDays(DAYS_BEFORE_DUE)) || today.isAfter(due)) continue;
                if (remindLead(w, plan, "remind#" + plan.id() + "#step" + (i + 1) + "#" + step.due(), "dueSoon", step)) sent++;
            }
            List<ProgressUpdate> updates = s.updates().stream().filter(u -> u.actionId().equals(plan.id()))
                    .sorted(Comparator.comparing(ProgressUpdate::id)).toList();
            Instant lastNews = updates.isEmpty() ? plan.createdAt() : updates.getLast().at();
            String since = updates.isEmpty() ? "created" : updates.getLast().id();
            if (!now.isBefore(lastNews.plus(Duration.ofDays(w.settings().quietDays())))
                    && remindLead(w, plan, "quiet#" + plan.id() + "#" + since, "quiet", null)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remindLead(Workshop w, ActionPlan plan, String key, String why, ActionPlan.Step step) {
        if (outbox.isWritten(key)) return false;
        String raw = Tokens.newRaw();
        store.saveLink(w.id(), plan.id(), null, Tokens.hash(raw), Token.actionLead(w.id(), plan.id(), Instant.ofEpochSecond(w.expiresAt())));
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String language : PlanWording.LANGUAGES) {
            Map<String, Object> m = new HashMap<>();
            m.put("lang", language);
            m.put("labels", PlanWording.LABELS.get(language));
            m.put("linkWords", PlanWording.LABELS.get(language).get("postLink"));
            m.put(why, true);
            m.put("days", w.settings().quietDays());
            if (step != null) m.put("step", Map.of("text", step.text(), "due", step.due()));
            languages.add(m);
        }
        Map<String, Object> model = Map.of("title", plan.title(), "languages", languages,
                "link", ActionPlanning.leadLink(site(w), plan, raw));
        return addresses.send(new Email(key, "reminder", List.of(plan.lead().email()),
                "Reminder: " + plan.title() + " / Nodyn atgoffa: " + plan.title(),
                Templates.html("reminder", model), Templates.text("reminder", model), w.id()),
                AddressConfirmation.Reason.LEAD, ActionPlanning.place(w, site(w))) == Outbox.Result.SENT;
    }
}
