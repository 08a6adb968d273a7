package org.commonground.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.actionplans.Supporter;
import org.commonground.board.Snapshot;
import org.commonground.board.Snapshots;
import org.commonground.outbox.UndeliveredEmail;
import org.commonground.statements.Participant;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.SuccessStatement;
import org.commonground.themes.Theme;
import org.commonground.voting.Vote;
import org.commonground.workshops.Workshop;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One query of the workshop's partition, each item read by the capability that wrote it. */
public final class DynamoSnapshots implements Snapshots {
    private final Table table;

    public DynamoSnapshots(Table table) { this.table = table; }

    @Override
    public Optional<Snapshot> load(String workshopId) {
        return read(workshopId, table.partition(DynamoWorkshopStore.pk(workshopId)));
    }

    @Override
    public Optional<Snapshot> loadSoon(String workshopId) {
        return read(workshopId, table.partitionSoon(DynamoWorkshopStore.pk(workshopId)));
    }

    private Optional<Snapshot> read(String workshopId, List<Map<String, AttributeValue>> items) {
        Workshop workshop = null;
        List<Participant> participants = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        List<Vote> votes = new ArrayList<>();
        Map<String, Integer> spent = new HashMap<>();
        List<Cause> causes = new ArrayList<>();
        List<SuccessStatement> successes = new ArrayList<>();
        List<InPlaceItem> inPlace = new ArrayList<>();
        List<Idea> ideas = new ArrayList<>();
        Map<String, Integer> ideaSpent = new HashMap<>();
        DynamoGridStore.GridItems grid = new DynamoGridStore.GridItems();
        List<ActionPlan> actions = new ArrayList<>();
        List<Supporter> supporters = new ArrayList<>();
        List<ProgressUpdate> updates = new ArrayList<>();
        List<UndeliveredEmail> undelivered = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            String sk = Table.text(item, "sk");
            if (sk.equals("META")) workshop = DynamoWorkshopStore.fromItem(item);
            else if (sk.startsWith("P#")) participants.add(DynamoResponseStore.participantFrom(item));
            else if (sk.startsWith("S#")) statements.add(DynamoResponseStore.statementFrom(item));
            else if (sk.startsWith("TH#")) themes.add(DynamoThemeStore.fromItem(item));
            else if (sk.startsWith("C#")) causes.add(DynamoResponseStore.causeFrom(item));
            else if (sk.startsWith("SU#")) successes.add(DynamoResponseStore.successFrom(item));
            else if (sk.startsWith("V#")) votes.add(DynamoVoteStore.fromItem(workshopId, item));
            else if (sk.startsWith("B#themes#")) {
                spent.put(sk.substring("B#themes#".length()), (int) Table.number(item, "spent", 0));
            } else if (sk.startsWith("B#ideas#")) {
                ideaSpent.put(sk.substring("B#ideas#".length()), (int) Table.number(item, "spent", 0));
            } else if (sk.startsWith("IP#")) {
                inPlace.add(DynamoResponseStore.inPlaceFrom(item));
            } else if (sk.startsWith("ID#")) {
                ideas.add(DynamoResponseStore.ideaFrom(item));
            } else if (sk.startsWith("A#")) {
                actions.add(DynamoActionStore.planFrom(item));
            } else if (sk.startsWith("AS#")) {
                supporters.add(DynamoActionStore.supporterFrom(item));
            } else if (sk.startsWith("AU#")) {
                updates.add(DynamoActionStore.updateFrom(item));
            } else if (sk.startsWith("EF#")) {
                undelivered.add(DynamoOutboxStore.undeliveredFrom(item));
            } else {
                DynamoGridStore.read(sk, item, workshopId, grid);
            }
        }
        if (workshop == null) return Optional.empty();
        return Optional.of(new Snapshot(workshop, participants, statements, themes, votes, spent, causes, successes,
                inPlace, ideas, ideaSpent, grid.state(), actions, supporters, updates, undelivered));
    }
}
