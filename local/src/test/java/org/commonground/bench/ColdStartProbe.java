package org.commonground.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What Lambda does at a cold start, in a new JVM: make the handler (its constructor builds
 * the SDK clients from the environment) and answer one event. Prints the status when done.
 *
 * <p>With a third argument "primed", it does what SnapStart does instead: after making the
 * handler it runs the handler's CRaC hooks, beforeCheckpoint and afterRestore (the priming), then
 * times the first request and the median of the rest, and prints the first's status and both
 * times in nanoseconds. There the second argument is a directory of events, taken in name order
 * (see StartUpRequests), so each request is a real one rather than the same one again.
 */
public final class ColdStartProbe {
    public static void main(String[] args) throws Exception {
        ObjectMapper events = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        @SuppressWarnings("unchecked")
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(args[0]).getConstructor().newInstance();
        if (args.length < 3 || !args[2].equals("primed")) {
            APIGatewayV2HTTPEvent event = events.readValue(Files.readString(Path.of(args[1])), APIGatewayV2HTTPEvent.class);
            System.out.println("answered " + handler.handleRequest(event, null).getStatusCode());
            System.out.flush();
            return;
        }
        List<APIGatewayV2HTTPEvent> requests = new ArrayList<>();
        try (var files = Files.list(Path.of(args[1]))) {
            for (Path file : files.sorted().toList()) requests.add(events.readValue(Files.readString(file), APIGatewayV2HTTPEvent.class));
        }
        // A JVM without CRaC never calls the hooks; here they run as Lambda runs them around the snapshot.
        if (!(handler instanceof org.crac.Resource hooks)) throw new IllegalStateException(args[0] + " has no priming hooks");
        hooks.beforeCheckpoint(null);
        hooks.afterRestore(null);
        long start = System.nanoTime();
        int status = handler.handleRequest(requests.getFirst(), null).getStatusCode();
        long first = System.nanoTime() - start;
        long[] warm = new long[requests.size() - 1];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            int answered = handler.handleRequest(requests.get(i + 1), null).getStatusCode();
            warm[i] = System.nanoTime() - s;
            if (answered != status) throw new IllegalStateException("request " + (i + 1) + " answered " + answered + ", the first " + status);
        }
        Arrays.sort(warm);
        System.out.println("primed " + status + " first " + first + " median " + warm[warm.length / 2]);
        System.out.flush();
    }
}
