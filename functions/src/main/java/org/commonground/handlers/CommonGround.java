package org.commonground.handlers;

import org.commonground.actionplans.ActionPlanning;
import org.commonground.auth.Floods;
import org.commonground.auth.SignIn;
import org.commonground.auth.Tokens;
import org.commonground.aws.DynamoActionStore;
import org.commonground.aws.DynamoGridStore;
import org.commonground.aws.DynamoModerationStore;
import org.commonground.aws.DynamoOutboxStore;
import org.commonground.aws.DynamoRateLimits;
import org.commonground.aws.DynamoResponseStore;
import org.commonground.aws.DynamoSavedReplies;
import org.commonground.aws.DynamoScreenLinkStore;
import org.commonground.aws.DynamoSnapshots;
import org.commonground.aws.DynamoThemeStore;
import org.commonground.aws.DynamoTokenStore;
import org.commonground.aws.DynamoVoteStore;
import org.commonground.aws.DynamoWorkshopStore;
import org.commonground.aws.SesMailer;
import org.commonground.aws.Table;
import org.commonground.board.Boards;
import org.commonground.board.Snapshots;
import org.commonground.api.SavingOnce;
import org.commonground.grid.InvestmentGrid;
import org.commonground.consent.AddressConfirmation;
import org.commonground.aws.DynamoAddressBook;
import org.commonground.outbox.MailEvents;
import org.commonground.keepingintouch.KeepingInTouch;
import org.commonground.kernel.Configuration;
import org.commonground.moderation.Moderation;
import org.commonground.outbox.Outbox;
import org.commonground.statements.Gathering;
import org.commonground.statements.Imports;
import org.commonground.summaries.StageMoves;
import org.commonground.summaries.Summaries;
import org.commonground.themes.Clustering;
import org.commonground.themes.Ideas;
import org.commonground.themes.Understanding;
import org.commonground.voting.Voting;
import org.commonground.workshops.ScreenLinks;
import org.commonground.workshops.Workshops;

/** The capabilities of one deployment, wired to its table and mail service. */
public record CommonGround(
        Configuration configuration, Tokens tokens, SignIn signIn, Workshops workshops, Gathering gathering, Imports imports,
        Boards boards, Snapshots snapshots, Clustering clustering, Voting voting, Understanding understanding, Ideas ideas,
        InvestmentGrid grid, ActionPlanning actions, KeepingInTouch keepingInTouch, Summaries summaries, Outbox outbox,
        ScreenLinks screenLinks, AddressConfirmation addresses, MailEvents mailEvents, Moderation moderation) {

    /** Every capability of {@code d}, on its table, mail service and clock. */
    public static CommonGround of(Deployment d) {
        Table table = new Table(d.dynamo(), d.configuration().tableName());
        Tokens tokens = new Tokens(new DynamoTokenStore(table), d.configuration()::isFacilitator, d.clock());
        DynamoAddressBook addressBook = new DynamoAddressBook(table);
        Outbox outbox = new Outbox(new DynamoOutboxStore(table), new SesMailer(d::ses, d.configuration().senderEmail(), d.configuration().mailConfigurationSet()), addressBook, d.clock());
        DynamoRateLimits limits = new DynamoRateLimits(table);
        AddressConfirmation addresses = new AddressConfirmation(addressBook, outbox, tokens, limits, d.clock());
        DynamoWorkshopStore workshopStore = new DynamoWorkshopStore(table);
        Workshops workshops = new Workshops(workshopStore, d.clock());
        DynamoResponseStore responses = new DynamoResponseStore(table);
        DynamoThemeStore themes = new DynamoThemeStore(table);
        DynamoSnapshots snapshots = new DynamoSnapshots(table);
        DynamoActionStore actionStore = new DynamoActionStore(table);
        Floods floods = new Floods(limits, d.clock());
        ActionPlanning actions = new ActionPlanning(actionStore, responses, workshops, addresses, floods, d.clock());
        return new CommonGround(d.configuration(), tokens,
                new SignIn(d.configuration(), tokens, outbox, limits, d.clock()),
                workshops, new Gathering(responses, workshops, addresses, floods, d.clock()), new Imports(responses, workshops, d.clock()),
                new Boards(workshopStore, snapshots, d.clock()), snapshots,
                new Clustering(themes, responses, workshops, d.clock()),
                new Voting(new DynamoVoteStore(table), themes, responses, responses, workshops, floods),
                new Understanding(responses, themes, workshops, floods, d.clock()),
                new Ideas(responses, themes, workshops, floods, d.clock()),
                new InvestmentGrid(new DynamoGridStore(table), responses, workshops, floods, d.clock()),
                actions,
                new KeepingInTouch(snapshots, workshops, actionStore, outbox, addresses, d.configuration(), tokens, responses, d.clock()),
                new Summaries(snapshots, outbox, addresses, d.configuration()), outbox,
                new ScreenLinks(new DynamoScreenLinkStore(table), workshops, d.clock()), addresses, new MailEvents(addressBook, d.clock()),
                new Moderation(new DynamoModerationStore(table), workshops, actions));
    }

    /** "Saving once" for a handler: the first answer to each Idempotency-Key, kept in the table. */
    public static SavingOnce savingOnce(Deployment d) {
        return new SavingOnce(new DynamoSavedReplies(new Table(d.dynamo(), d.configuration().tableName())), d.clock());
    }

    /**
     * SnapStart priming for {@code handler}'s function: each kind of call the table takes, refused
     * and answered, on an item of its own that it deletes again ({@link Table#primeLeavingNothing}).
     */
    public static Runnable storagePriming(Deployment d, Class<?> handler) {
        Table table = new Table(d.dynamo(), d.configuration().tableName());
        return () -> table.primeLeavingNothing(handler.getSimpleName());
    }

    /** Stage changes, with the day summaries they send. */
    public StageMoves stageMoves() { return new StageMoves(workshops, summaries); }
}
