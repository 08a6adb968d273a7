package org.commonground.clustering;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.aws.Keys;
import org.commonground.aws.Table;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Vectors in their own partition ({@code EMB#workshop}, one item per statement, 1.5 KB each),
 * so the board's query of the workshop never reads them.
 */
public final class DynamoStatementVectors implements StatementVectors {
    private final Table table;

    public DynamoStatementVectors(Table table) { this.table = table; }

    public static String pk(String workshopId) { return Keys.vectors(workshopId); }

    @Override
    public Map<String, Stored> all(String workshopId) {
        Map<String, Stored> vectors = new HashMap<>();
        for (Map<String, AttributeValue> item : table.partition(pk(workshopId))) {
            ByteBuffer bytes = item.get("vector").b().asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            float[] v = new float[bytes.remaining() / 4];
            bytes.asFloatBuffer().get(v);
            vectors.put(Table.text(item, "sk"), new Stored(Table.text(item, "textHash"), v));
        }
        return vectors;
    }

    @Override
    public void remove(String workshopId, java.util.Collection<String> statementIds) {
        List<WriteRequest> writes = new ArrayList<>();
        for (String id : statementIds) {
            writes.add(WriteRequest.builder().deleteRequest(d -> d.key(Table.key(pk(workshopId), id))).build());
        }
        write(writes);
    }

    @Override
    public void put(String workshopId, Map<String, Stored> vectors, long expiresAt) {
        List<WriteRequest> writes = new ArrayList<>();
        for (var e : vectors.entrySet()) {
            ByteBuffer bytes = ByteBuffer.allocate(e.getValue().vector().length * 4).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(e.getValue().vector());
            Map<String, AttributeValue> item = Table.key(pk(workshopId), e.getKey());
            item.put("textHash", s(e.getValue().textHash()));
            item.put("vector", AttributeValue.fromB(SdkBytes.fromByteArray(bytes.array())));
            item.put("expiresAt", n(expiresAt));
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        write(writes);
    }

    private void write(List<WriteRequest> writes) {        // BatchWriteItem takes 25 items at a time and may hand some back to try again.
        for (int start = 0; start < writes.size(); start += 25) {
            List<WriteRequest> batch = writes.subList(start, Math.min(writes.size(), start + 25));
            for (int attempt = 0; !batch.isEmpty() && attempt < 5; attempt++) {
                BatchWriteItemResponse response = table.client().batchWriteItem(BatchWriteItemRequest.builder()
                        .requestItems(Map.of(table.name(), batch)).build());
                batch = response.unprocessedItems().getOrDefault(table.name(), List.of());
            }
        }
    }
}
