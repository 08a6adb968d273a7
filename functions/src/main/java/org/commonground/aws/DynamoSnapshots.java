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
import org.commonground.statements.ImportRecord;
import org.commonground.statements.Participant;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.SuccessStatement;
import org.commonground.themes.Theme;
import org.commonground.voting.Vote;
import org.commonground.workshops.StageTimer;
import org.commonground.workshops.Workshop;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One query of the workshop's partition, each item read by the capability that wrote it. */
public final class DynamoSnapshots implements Snapshots {
    private final Table table;

    public DynamoSnapshots(Table table) { this.table = table; }

    @Override
    public Optional<Snapshot> load(String workshopId) {
        return read(workshopId, table.partition(Keys.workshop(workshopId)));
    }

    @Override
    public Optional<Snapshot> loadSoon(String workshopId) {
        return read(workshopId, table.partitionSoon(Keys.workshop(workshopId)));
    }

    private Optional<Snapshot> read(String workshopId, List<Map<String, AttributeValue>> items) {
        Workshop workshop = null;
        StageTimer timer = null;
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
        List<ImportRecord> imports = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            switch (Keys.kind(Table.text(item, "sk"))) {
                case WORKSHOP -> {
                    workshop = DynamoWorkshopStore.fromItem(item);
                    timer = DynamoWorkshopStore.timerFrom(item);
                }
                case PARTICIPANT -> participants.add(DynamoResponseStore.participantFrom(item));
                case STATEMENT -> statements.add(DynamoResponseStore.statementFrom(item));
                case THEME -> themes.add(DynamoThemeStore.fromItem(item));
                case CAUSE -> causes.add(DynamoResponseStore.causeFrom(item));
                case SUCCESS -> successes.add(DynamoResponseStore.successFrom(item));
                case VOTE -> votes.add(DynamoVoteStore.fromItem(workshopId, item));
                case BUDGET -> DynamoVoteStore.readBudget(item, spent, ideaSpent);
                case IN_PLACE -> inPlace.add(DynamoResponseStore.inPlaceFrom(item));
                case IDEA -> ideas.add(DynamoResponseStore.ideaFrom(item));
                case ACTION -> actions.add(DynamoActionStore.planFrom(item));
                case SUPPORTER -> supporters.add(DynamoActionStore.supporterFrom(item));
                case PROGRESS -> updates.add(DynamoActionStore.updateFrom(item));
                case UNDELIVERED -> undelivered.add(DynamoOutboxStore.undeliveredFrom(item));
                case IMPORT -> imports.add(DynamoResponseStore.importFrom(item));
                case SHORTLIST, PLACEMENT, NUDGE, FIXED -> DynamoGridStore.read(item, workshopId, grid);
                case LINK, EMAIL, DIGEST, OTHER -> { }
            }
        }
        if (workshop == null) return Optional.empty();
        return Optional.of(new Snapshot(workshop, participants, statements, themes, votes, spent, causes, successes,
                inPlace, ideas, ideaSpent, grid.state(), actions, supporters, updates, undelivered, timer, imports));
    }
}
