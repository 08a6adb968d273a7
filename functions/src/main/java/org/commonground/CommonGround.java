package org.commonground;

import org.commonground.actions.ActionPlanning;
import org.commonground.actions.DynamoActionStore;
import org.commonground.actions.KeepingInTouch;
import org.commonground.actions.Summaries;
import org.commonground.auth.DynamoRateLimits;
import org.commonground.auth.DynamoTokenStore;
import org.commonground.auth.SignIn;
import org.commonground.auth.Tokens;
import org.commonground.board.Boards;
import org.commonground.board.DynamoSnapshots;
import org.commonground.board.Snapshots;
import org.commonground.clustering.Clustering;
import org.commonground.clustering.DynamoThemeStore;
import org.commonground.grid.DynamoGridStore;
import org.commonground.grid.InvestmentGrid;
import org.commonground.consent.AddressConfirmation;
import org.commonground.outbox.DynamoAddressBook;
import org.commonground.outbox.DynamoOutboxStore;
import org.commonground.outbox.MailEvents;
import org.commonground.outbox.Outbox;
import org.commonground.outbox.SesMailer;
import org.commonground.responses.DynamoResponseStore;
import org.commonground.responses.Gathering;
import org.commonground.responses.Ideas;
import org.commonground.responses.Understanding;
import org.commonground.table.Table;
import org.commonground.voting.DynamoVoteStore;
import org.commonground.voting.Voting;
import org.commonground.workshops.DynamoWorkshopStore;
import org.commonground.workshops.Workshops;

/** The capabilities of one deployment, wired to its table and mail service. */
public record CommonGround(
        Configuration configuration,
        Tokens tokens,
        SignIn signIn,
        Workshops workshops,
        Gathering gathering,
        Boards boards,
        Snapshots snapshots,
        Clustering clustering,
        Voting voting,
        Understanding understanding,
        Ideas ideas,
        InvestmentGrid grid,
        ActionPlanning actions,
        KeepingInTouch keepingInTouch,
        Summaries summaries,
        Outbox outbox,
        AddressConfirmation addresses,
        MailEvents mailEvents) {

    public static CommonGround of(Deployment d) {
        Table table = new Table(d.dynamo(), d.configuration().tableName());
        Tokens tokens = new Tokens(new DynamoTokenStore(table), d.configuration()::isFacilitator, d.clock());
        DynamoAddressBook addressBook = new DynamoAddressBook(table);
        Outbox outbox = new Outbox(new DynamoOutboxStore(table), new SesMailer(d.ses(), d.configuration().senderEmail()), addressBook, d.clock());
        DynamoRateLimits limits = new DynamoRateLimits(table);
        AddressConfirmation addresses = new AddressConfirmation(addressBook, outbox, tokens, limits, d.clock());
        DynamoWorkshopStore workshopStore = new DynamoWorkshopStore(table);
        Workshops workshops = new Workshops(workshopStore, d.clock());
        DynamoResponseStore responses = new DynamoResponseStore(table);
        DynamoThemeStore themes = new DynamoThemeStore(table);
        DynamoSnapshots snapshots = new DynamoSnapshots(table);
        DynamoActionStore actionStore = new DynamoActionStore(table);
        return new CommonGround(d.configuration(), tokens,
                new SignIn(d.configuration(), tokens, outbox, limits, d.clock()),
                workshops, new Gathering(responses, workshops, addresses, d.clock()),
                new Boards(workshopStore, snapshots, d.clock()), snapshots,
                new Clustering(themes, responses, workshops, d.clock()),
                new Voting(new DynamoVoteStore(table), themes, responses, workshops),
                new Understanding(responses, themes, workshops, d.clock()),
                new Ideas(responses, themes, workshops, d.clock()),
                new InvestmentGrid(new DynamoGridStore(table), responses, workshops, d.clock()),
                new ActionPlanning(actionStore, responses, workshops, snapshots, addresses, d.clock()),
                new KeepingInTouch(snapshots, actionStore, outbox, addresses, d.configuration(), tokens, responses, d.clock()),
                new Summaries(snapshots, outbox, addresses, d.configuration()), outbox, addresses, new MailEvents(addressBook, d.clock()));
    }
}
