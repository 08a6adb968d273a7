package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.auth.Token;
import org.commonground.workshops.ScreenLinkStore;
import org.commonground.workshops.ScreenLinks;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A link's token is the usual {@code T#{hash}} item; its note is {@code W#{workshop}
 * TK#{linkId}#{hash}} with {@code screen = true}, so deleting the workshop deletes its links and
 * the facilitator can list them. Both expire (TTL) when the link does.
 */
public final class DynamoScreenLinkStore implements ScreenLinkStore {
    private final Table table;

    public DynamoScreenLinkStore(Table table) { this.table = table; }

    @Override
    public void save(String workshopId, ScreenLinks.ScreenLink link, String tokenHash, Token token) {
        Map<String, AttributeValue> note = Table.key(DynamoWorkshopStore.pk(workshopId), "TK#" + link.id() + "#" + tokenHash);
        note.put("screen", Table.bool(true));
        note.put("createdAt", s(link.createdAt().toString()));
        note.put("expiresAt", n(link.expiresAt().getEpochSecond()));
        table.transact(List.of(put(DynamoTokenStore.item(tokenHash, token)), put(note)));
    }

    @Override
    public List<ScreenLinks.ScreenLink> all(String workshopId) {
        List<ScreenLinks.ScreenLink> links = new ArrayList<>();
        for (Map<String, AttributeValue> note : table.startingWith(DynamoWorkshopStore.pk(workshopId), "TK#")) {
            if (!Table.flag(note, "screen")) continue;
            String sk = Table.text(note, "sk");
            links.add(new ScreenLinks.ScreenLink(sk.split("#")[1], Instant.parse(Table.text(note, "createdAt")),
                    Instant.ofEpochSecond(Table.number(note, "expiresAt", 0))));
        }
        return links;
    }

    @Override
    public boolean delete(String workshopId, String linkId) {
        String pk = DynamoWorkshopStore.pk(workshopId);
        List<TransactWriteItem> writes = new ArrayList<>();
        for (Map<String, AttributeValue> note : table.startingWith(pk, "TK#" + linkId + "#")) {
            if (!Table.flag(note, "screen")) continue;
            String sk = Table.text(note, "sk");
            writes.add(remove(pk, sk));
            writes.add(remove(DynamoTokenStore.pk(sk.substring(sk.lastIndexOf('#') + 1)), "T"));
        }
        if (writes.isEmpty()) return false;
        table.transact(writes);
        return true;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item).build()).build();
    }

    private TransactWriteItem remove(String pk, String sk) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(Table.key(pk, sk)).build()).build();
    }
}
