package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.util.HashMap;
import java.util.Map;
import org.commonground.workshops.Phase;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The table's key layout, the only place that spells it: every partition key, every sort-key
 * prefix, and the version bump that goes with every change to a workshop.
 *
 * <pre>
 * pk                 sk              what
 * W#{workshopId}     META            the workshop (phase, version, settings)
 * W#{workshopId}     P#{id}          a participant
 * W#{workshopId}     S#{id}          a statement
 * W#{workshopId}     TH#{id}         a theme, with its vote totals
 * W#{workshopId}     C#{id}, SU#{id}, IP#{id}, ID#{id}   causes, success, in place, ideas
 * W#{workshopId}     V#{round}#{p}#{target}   a person's dots on one theme or idea
 * W#{workshopId}     B#{round}#{p}   the dots a person has spent in a round
 * W#{workshopId}     SL              the facilitator's shortlist of ideas for the grid
 * W#{workshopId}     GP#{idea}#{p}   a person's placement of an idea on the grid
 * W#{workshopId}     GN#{idea}#{id}  a nudge of an idea (the trail)
 * W#{workshopId}     GF#{idea}       a position the facilitator fixed
 * W#{workshopId}     A#{id}          an action plan
 * W#{workshopId}     AS#{action}#{p} a supporter of an action plan
 * W#{workshopId}     AU#{action}#{id} a progress update
 * W#{workshopId}     TK#{owner}#{h}  a link token: a lead's or an unsubscribe link sent by email, or a big-screen link (owner: its id)
 * W#{workshopId}     EK#{key}        an email about the workshop (so deleting it deletes them)
 * W#{workshopId}     EF#{key}        an email given up on, for the facilitators' board
 * W#{workshopId}     DG              when the last update digest went out
 * W#{workshopId}     IM#{id}         an import of answers gathered beforehand (its statements carry importId)
 * CODE#{code}        CODE            join code to workshop id
 * T#{sha256}         T               a token (sign-in link, facilitator, participant, big screen)
 * E#{key}            E               an outbox email
 * RL#{key}           RL              attempts in a rate-limit window (sign-in links, floods; keys hashed)
 * IK#{hash}          IK              the first answer to an Idempotency-Key, sealed, for a day
 * EMB#{workshopId}   {statementId}   a statement's vector for suggested themes
 * PRIMING            PRIMING, PRIMING#2   never written: SnapStart priming's refused writes name them
 * PRIMING            PRIMING#{owner}      priming's own item, written and deleted before a snapshot
 * </pre>
 *
 * <p>Contributions ({@code S#}, {@code C#}, {@code SU#}, {@code IP#}, {@code ID#}, {@code A#},
 * {@code AU#}) may carry {@code hidden} and {@code held}; a merged theme stays as its {@code TH#}
 * item with {@code mergedInto} and {@code merged}, a note of where its statements went.
 *
 * <p>The secondary index {@code gsi1} lists the workshops ({@code WORKSHOPS}) and the emails
 * waiting to be sent ({@code OUTBOX#PENDING}).
 */
public final class Keys {
    private Keys() {}

    /** What an item of a workshop's partition is, read from its sort key. */
    enum Kind {
        WORKSHOP, PARTICIPANT, STATEMENT, THEME, CAUSE, SUCCESS, IN_PLACE, IDEA, VOTE, BUDGET,
        SHORTLIST, PLACEMENT, NUDGE, FIXED, ACTION, SUPPORTER, PROGRESS, LINK, EMAIL, UNDELIVERED, DIGEST, IMPORT,
        /** An email held until its address is confirmed, and an address confirmed for the workshop. */
        HELD_EMAIL, CONFIRMED_ADDRESS,
        /** Written by a later version, or by nobody: read by no store. */
        OTHER
    }

    private static final Map<String, Kind> PREFIXES = Map.ofEntries(
            Map.entry("P#", Kind.PARTICIPANT), Map.entry("S#", Kind.STATEMENT), Map.entry("TH#", Kind.THEME),
            Map.entry("C#", Kind.CAUSE), Map.entry("SU#", Kind.SUCCESS), Map.entry("IP#", Kind.IN_PLACE),
            Map.entry("ID#", Kind.IDEA), Map.entry("V#", Kind.VOTE), Map.entry("B#", Kind.BUDGET),
            Map.entry("GP#", Kind.PLACEMENT), Map.entry("GN#", Kind.NUDGE), Map.entry("GF#", Kind.FIXED),
            Map.entry("A#", Kind.ACTION), Map.entry("AS#", Kind.SUPPORTER), Map.entry("AU#", Kind.PROGRESS),
            Map.entry("TK#", Kind.LINK), Map.entry("EK#", Kind.EMAIL), Map.entry("EF#", Kind.UNDELIVERED),
            Map.entry("IM#", Kind.IMPORT),
            Map.entry("HE#", Kind.HELD_EMAIL), Map.entry("AC#", Kind.CONFIRMED_ADDRESS));

    /** The sort key of the workshop's own item. */
    public static final String META = "META";
    static final String SHORTLIST = "SL";
    static final String DIGEST = "DG";
    /** The index partition that lists every workshop, newest first by {@code gsi1sk}. */
    static final String WORKSHOPS = "WORKSHOPS";
    /** The index partition of emails waiting to be sent, by when to try next. */
    static final String PENDING_EMAILS = "OUTBOX#PENDING";
    /** The partition and sort key that priming's writes name, each on condition that it exists, so none is made. */
    static final String PRIMING = "PRIMING";
    /** A second priming sort key: a transaction names each item once. */
    static final String PRIMING_OTHER = "PRIMING#2";

    /** The sort key of the item one function's priming writes and deletes again ({@code owner}: the function's handler). */
    static String primingItem(String owner) { return "PRIMING#" + owner; }

    /** The kind of a workshop partition's item, from its sort key. */
    static Kind kind(String sk) {
        if (sk.equals(META)) return Kind.WORKSHOP;
        if (sk.equals(SHORTLIST)) return Kind.SHORTLIST;
        if (sk.equals(DIGEST)) return Kind.DIGEST;
        int hash = sk.indexOf('#');
        return hash < 0 ? Kind.OTHER : PREFIXES.getOrDefault(sk.substring(0, hash + 1), Kind.OTHER);
    }

    /** The partition key of a workshop: {@code W#} and its id. */
    public static String workshop(String workshopId) { return "W#" + workshopId; }

    /** The workshop id from a workshop partition key. */
    public static String workshopOf(String pk) { return pk.substring("W#".length()); }

    /** The first id in a sort key (what follows its prefix, up to the next {@code #}). */
    public static String id(String sk) { return part(sk, 1); }

    /** Whether these keys are a statement's item in a workshop's partition. */
    public static boolean isStatement(String pk, String sk) { return pk.startsWith("W#") && kind(sk) == Kind.STATEMENT; }

    /** The n-th {@code #}-separated part of a sort key, the prefix being part 0. */
    static String part(String sk, int n) { return sk.split("#")[n]; }

    /** The last {@code #}-separated part of a sort key: a token hash, a nudge's id. */
    static String last(String sk) { return sk.substring(sk.lastIndexOf('#') + 1); }

    /** A participant's sort key. */
    public static String participant(String id) { return "P#" + id; }
    static String statement(String id) { return "S#" + id; }
    /** The prefix of every statement's sort key. */
    static final String STATEMENTS = "S#";
    static String importRecord(String id) { return "IM#" + id; }
    static String theme(String id) { return "TH#" + id; }
    static String cause(String id) { return "C#" + id; }
    static String success(String id) { return "SU#" + id; }
    static String inPlace(String id) { return "IP#" + id; }
    static String idea(String id) { return "ID#" + id; }
    static String vote(String round, String participantId, String targetId) { return "V#" + round + "#" + participantId + "#" + targetId; }
    static String budget(String round, String participantId) { return "B#" + round + "#" + participantId; }
    static String placement(String ideaId, String participantId) { return "GP#" + ideaId + "#" + participantId; }
    static String nudge(String ideaId, String id) { return "GN#" + ideaId + "#" + id; }
    static String fixed(String ideaId) { return "GF#" + ideaId; }
    static String action(String id) { return "A#" + id; }
    static String supporter(String actionId, String participantId) { return "AS#" + actionId + "#" + participantId; }
    static String progress(String actionId, String id) { return progressOf(actionId) + id; }
    /** The prefix of every progress update of a workshop. */
    static String allProgress() { return "AU#"; }
    /** The prefix of one action plan's progress updates. */
    static String progressOf(String actionId) { return "AU#" + actionId + "#"; }
    static String link(String owner, String tokenHash) { return linksOf(owner) + tokenHash; }
    /** The prefix of every link note of a workshop. */
    static String links() { return "TK#"; }
    /** The prefix of the link notes of one owner (an action plan, or a person's unsubscribe link). */
    static String linksOf(String owner) { return "TK#" + owner + "#"; }
    static String emailNote(String emailKey) { return "EK#" + emailKey; }
    /** Whether an email note's key names this participant: an email written to them. */
    static boolean emailTo(String sk, String participantId) { return sk.contains("#" + participantId + "#"); }
    /** The email's own key, from the note that points at it. */
    static String emailOfNote(String sk) { return sk.substring("EK#".length()); }
    static String undelivered(String emailKey) { return "EF#" + emailKey; }

    /** An email held for an address (by its hash) until its owner confirms it. */
    static String heldEmail(String addressHash, String emailKey) { return heldFor(addressHash) + emailKey; }
    /** The prefix of the emails held for one address. */
    static String heldFor(String addressHash) { return "HE#" + addressHash + "#"; }
    /** Whether a held email's key belongs to an action plan: the lead's plan email and reminders. */
    static boolean heldAboutPlan(String sk, String actionId) {
        return sk.contains("#action#" + actionId + "#") || sk.contains("#remind#" + actionId + "#") || sk.contains("#quiet#" + actionId + "#");
    }
    /** Whether an email note is about an action plan (the lead's plan email and reminders). */
    static boolean emailAboutPlan(String sk, String actionId) {
        return sk.startsWith("EK#action#" + actionId + "#") || sk.startsWith("EK#remind#" + actionId + "#") || sk.startsWith("EK#quiet#" + actionId + "#");
    }
    static String confirmedAddress(String addressHash) { return "AC#" + addressHash; }
    /** The key of an address nothing is sent to any more, for the whole deployment. */
    static Map<String, AttributeValue> suppressed(String addressHash) { return Table.key("SUP#" + addressHash, "SUP"); }

    /** The key of a workshop's join code item. */
    public static Map<String, AttributeValue> code(String code) { return Table.key("CODE#" + code, "CODE"); }

    /** The key of a token item, by the token's hash. */
    public static Map<String, AttributeValue> token(String hash) { return Table.key("T#" + hash, "T"); }

    /** The key of an outbox email. */
    static Map<String, AttributeValue> email(String emailKey) { return Table.key(EMAILS + emailKey, "E"); }

    /** What every outbox email's partition key starts with. */
    public static final String EMAILS = "E#";

    /** The email key from an outbox email's partition key. */
    static String emailKeyOf(String pk) { return pk.substring(EMAILS.length()); }

    /** The key of the item counting attempts for one rate limit. */
    static Map<String, AttributeValue> rateLimit(String key) { return Table.key("RL#" + key, "RL"); }

    /** The key of the item that keeps the first answer to one Idempotency-Key (by the hash of caller and key). */
    static Map<String, AttributeValue> savedAnswer(String hash) { return Table.key("IK#" + hash, "IK"); }

    /** The partition of a workshop's statement vectors (sort key: the statement id). */
    public static String vectors(String workshopId) { return "EMB#" + workshopId; }

    /**
     * The write that goes with every change to a workshop: bumps its version so pollers see
     * the change, and (when a phase is given) holds the change to that phase without a read.
     */
    static TransactWriteItem versionBump(Table table, String workshopId, Phase requiredPhase) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":one", n(1));
        String condition = "attribute_exists(pk)";
        if (requiredPhase != null) {
            condition += " AND phase = :phase";
            values.put(":phase", s(requiredPhase.wire()));
        }
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(table.name())
                .key(Table.key(workshop(workshopId), META))
                .updateExpression("ADD version :one")
                .conditionExpression(condition)
                .expressionAttributeValues(values)
                .build()).build();
    }

    /** Whether the workshop is still there: tells a failed phase condition from a deleted workshop. */
    static boolean exists(Table table, String workshopId) {
        return table.get(workshop(workshopId), META).isPresent();
    }
}
