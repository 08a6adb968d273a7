package org.commonground.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.handlers.Deployment;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads DynamoDB Local's stream of the table and hands each batch to the functions the
 * template feeds from it, as Lambda's event source mapping does on AWS, in the same JSON shape.
 * Shards open when it starts are read from their latest record; shards opened later from their first.
 */
public final class LocalStream implements AutoCloseable {
    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final List<RequestHandler<Map<String, Object>, ?>> handlers;
    private final Map<String, String> iterators = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Thread poller;
    private volatile boolean open = true;

    private LocalStream(Deployment deployment, List<RequestHandler<Map<String, Object>, ?>> handlers) {
        var dynamo = deployment.dynamo();
        URI endpoint = dynamo.serviceClientConfiguration().endpointOverride().orElseThrow(
                () -> new IllegalStateException("The local stream needs DynamoDB Local's address."));
        // DynamoDB Local keeps a database per access key and region: the stream is read with the table's own.
        this.streams = DynamoDbStreamsClient.builder().endpointOverride(endpoint)
                .region(dynamo.serviceClientConfiguration().region())
                .credentialsProvider(dynamo.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create()).build();
        this.streamArn = dynamo.describeTable(b -> b.tableName(deployment.configuration().tableName())).table().latestStreamArn();
        this.handlers = handlers;
        for (Shard shard : shards()) {
            seen.add(shard.shardId());
            if (shard.sequenceNumberRange().endingSequenceNumber() == null) iterators.put(shard.shardId(), iterator(shard, ShardIteratorType.LATEST));
        }
        this.poller = Thread.ofVirtual().name("local-stream").start(this::poll);
    }

    /** Starts feeding the template's stream functions, made for {@code deployment}; nothing when none is declared. */
    @SuppressWarnings("unchecked")
    public static LocalStream start(Template template, Deployment deployment) {
        List<RequestHandler<Map<String, Object>, ?>> handlers = new ArrayList<>();
        for (String type : template.streamHandlers()) {
            handlers.add((RequestHandler<Map<String, Object>, ?>) LocalApi.instantiate(type, deployment));
        }
        return new LocalStream(deployment, handlers);
    }

    private void poll() {
        long lastLook = System.nanoTime();
        while (open) {
            try {
                if (System.nanoTime() - lastLook > 1_000_000_000L) {
                    lastLook = System.nanoTime();
                    for (Shard shard : shards()) {
                        if (seen.add(shard.shardId())) iterators.put(shard.shardId(), iterator(shard, ShardIteratorType.TRIM_HORIZON));
                    }
                }
                boolean any = false;
                for (String shard : List.copyOf(iterators.keySet())) {
                    var answer = streams.getRecords(b -> b.shardIterator(iterators.get(shard)).limit(100));
                    if (answer.nextShardIterator() == null) iterators.remove(shard);
                    else iterators.put(shard, answer.nextShardIterator());
                    if (answer.records().isEmpty()) continue;
                    any = true;
                    Map<String, Object> event = Map.of("Records", answer.records().stream().map(LocalStream::record).toList());
                    for (var handler : handlers) {
                        try {
                            handler.handleRequest(event, null);
                        } catch (RuntimeException e) {
                            e.printStackTrace();
                        }
                    }
                }
                if (!any) Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (open) e.printStackTrace();
            }
        }
    }

    private List<Shard> shards() {
        return streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards();
    }

    private String iterator(Shard shard, ShardIteratorType type) {
        return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.shardId()).shardIteratorType(type)).shardIterator();
    }

    /** One record as Lambda passes it: {"eventName", "dynamodb": {"Keys", "NewImage", "OldImage"}}. */
    private static Map<String, Object> record(Record r) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("Keys", image(r.dynamodb().keys()));
        if (r.dynamodb().hasNewImage()) change.put("NewImage", image(r.dynamodb().newImage()));
        if (r.dynamodb().hasOldImage()) change.put("OldImage", image(r.dynamodb().oldImage()));
        return Map.of("eventName", r.eventNameAsString(), "dynamodb", change);
    }

    private static Map<String, Object> image(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((name, v) -> {
            if (v.s() != null) out.put(name, Map.of("S", v.s()));
            else if (v.n() != null) out.put(name, Map.of("N", v.n()));
            else if (v.bool() != null) out.put(name, Map.of("BOOL", v.bool()));
        });
        return out;
    }

    @Override
    public void close() {
        open = false;
        poller.interrupt();
        streams.close();
    }
}
