package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.kernel.Json;
import org.commonground.outbox.AddressBook;
import org.commonground.outbox.Email;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Confirmations as {@code W#workshop / AC#hash} and held emails as {@code W#workshop / HE#hash#key}
 * (so both go with the workshop, and a held email whose key names a person goes when they are
 * erased); suppressed addresses as {@code SUP#hash / SUP}, for the whole deployment.
 */
public final class DynamoAddressBook implements AddressBook, WorkshopItems {
    private final Table table;

    public DynamoAddressBook(Table table) { this.table = table; }

    private static String pk(String workshopId) { return Keys.workshop(workshopId); }

    /** Addresses are stored as their SHA-256, like tokens: the table holds no address for this. */
    static String hash(String address) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(address.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean isConfirmed(String workshopId, String address) {
        return table.get(pk(workshopId), Keys.confirmedAddress(hash(address))).isPresent();
    }

    @Override
    public void confirm(String workshopId, String address, long expiresAt) {
        Map<String, AttributeValue> item = Table.key(pk(workshopId), Keys.confirmedAddress(hash(address)));
        item.put("expiresAt", n(expiresAt));
        table.client().putItem(PutItemRequest.builder().tableName(table.name()).item(item).build());
    }

    @Override
    public boolean hold(String workshopId, String address, Email email, long expiresAt) {
        Map<String, AttributeValue> item = Table.key(pk(workshopId), Keys.heldEmail(hash(address), email.key()));
        item.put("email", s(Json.write(email)));
        item.put("expiresAt", n(expiresAt));
        try {
            table.client().putItem(PutItemRequest.builder().tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(pk)").build());
            return true;
        } catch (ConditionalCheckFailedException already) {
            return false;
        }
    }

    @Override
    public List<Email> release(String workshopId, String address) {
        List<Email> held = new ArrayList<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.startingWith(pk(workshopId), Keys.heldFor(hash(address)))) {
            try {
                held.add(Json.MAPPER.readValue(Table.text(item, "email"), Email.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A held email could not be read", e);
            }
            keys.add(Table.key(pk(workshopId), Table.text(item, "sk")));
        }
        if (!keys.isEmpty()) table.deleteAll(keys);
        return held;
    }

    @Override
    public java.util.Set<Keys.Kind> kinds() {
        return java.util.EnumSet.of(Keys.Kind.HELD_EMAIL, Keys.Kind.CONFIRMED_ADDRESS);
    }

    /** Emails held for them (their key names them), and those held for the lead of a plan they wrote. */
    @Override
    public List<List<software.amazon.awssdk.services.dynamodb.model.TransactWriteItem>> erase(Erasure erasure) {
        String pk = Keys.workshop(erasure.workshopId());
        List<String> theirPlans = DynamoActionStore.writtenBy(erasure.items(), erasure.participantId());
        List<List<software.amazon.awssdk.services.dynamodb.model.TransactWriteItem>> groups = new ArrayList<>();
        for (Map<String, AttributeValue> item : erasure.items()) {
            String sk = Table.text(item, "sk");
            if (Keys.kind(sk) != Keys.Kind.HELD_EMAIL) continue;
            if (Keys.emailTo(sk, erasure.participantId()) || theirPlans.stream().anyMatch(plan -> Keys.heldAboutPlan(sk, plan))) {
                groups.add(List.of(WorkshopPartition.delete(table, pk, sk)));
            }
        }
        return groups;
    }

    @Override
    public boolean isSuppressed(String address) {
        var key = Keys.suppressed(hash(address));
        return table.get(Table.text(key, "pk"), Table.text(key, "sk")).isPresent();
    }

    @Override
    public void suppress(String address, String reason, Instant at) {
        Map<String, AttributeValue> item = Keys.suppressed(hash(address));
        item.put("reason", s(reason));
        item.put("at", s(at.toString()));
        table.client().putItem(PutItemRequest.builder().tableName(table.name()).item(item).build());
    }
}
