package org.commonground.clustering;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commonground.handlers.Deployment;
import org.commonground.aws.Table;

/**
 * The table's stream in, each saved statement's vector kept: the event is DynamoDB's stream
 * batch as JSON ({"Records":[{"eventName", "dynamodb":{"Keys", "NewImage", "OldImage"}}]}), of
 * which only statement items are read. Answers {"batchItemFailures":[]}:
 * a failure throws, so Lambda tries the batch again.
 */
public final class StatementStreamHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final VectorsOnSave vectors;

    public StatementStreamHandler() { this(Deployment.shared()); }

    public StatementStreamHandler(Deployment deployment) {
        this.vectors = new VectorsOnSave(new DynamoStatementVectors(new Table(deployment.dynamo(), deployment.configuration().tableName())));
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        vectors.apply(saved(event));
        return Map.of("batchItemFailures", List.of());
    }

    /** The statements a stream batch saved or deleted, in order. */
    @SuppressWarnings("unchecked")
    static List<VectorsOnSave.Saved> saved(Map<String, Object> event) {
        List<VectorsOnSave.Saved> saved = new ArrayList<>();
        for (Object r : (List<Object>) event.getOrDefault("Records", List.of())) {
            Map<String, Object> record = (Map<String, Object>) r;
            Map<String, Object> change = (Map<String, Object>) record.getOrDefault("dynamodb", Map.of());
            Map<String, Object> keys = (Map<String, Object>) change.getOrDefault("Keys", Map.of());
            String pk = value(keys, "pk", "S");
            String sk = value(keys, "sk", "S");
            if (pk == null || sk == null || !org.commonground.aws.Keys.isStatement(pk, sk)) continue;
            String workshopId = org.commonground.aws.Keys.workshopOf(pk), statementId = org.commonground.aws.Keys.id(sk);
            Map<String, Object> now = (Map<String, Object>) change.get("NewImage");
            Map<String, Object> before = (Map<String, Object>) change.get("OldImage");
            if ("REMOVE".equals(record.get("eventName")) || now == null) {
                saved.add(new VectorsOnSave.Saved(workshopId, statementId, null, true, 0));
                continue;
            }
            String text = value(now, "text", "S");
            if (text == null) continue;
            String expires = value(now, "expiresAt", "N");
            boolean changed = before == null || !Objects.equals(text, value(before, "text", "S"));
            saved.add(new VectorsOnSave.Saved(workshopId, statementId, text, changed, expires == null ? 0 : Long.parseLong(expires)));
        }
        return saved;
    }

    @SuppressWarnings("unchecked")
    private static String value(Map<String, Object> image, String name, String type) {
        Object attribute = image.get(name);
        if (!(attribute instanceof Map<?, ?> typed)) return null;
        Object v = ((Map<String, Object>) typed).get(type);
        return v == null ? null : v.toString();
    }
}
