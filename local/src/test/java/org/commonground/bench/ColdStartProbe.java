package org.commonground.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What Lambda does at a cold start, in a new JVM: make the handler (its constructor builds
 * the SDK clients from the environment) and answer one event. Prints the status when done.
 *
 * <p>With a third argument "primed", it does what SnapStart does instead: after making the
 * handler it runs the handler's CRaC hooks, beforeCheckpoint and afterRestore (the priming), then
 * times the first request and the median of the next 100, and prints both in nanoseconds.
 */
public final class ColdStartProbe {
    public static void main(String[] args) throws Exception {
        APIGatewayV2HTTPEvent event = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(Files.readString(Path.of(args[1])), APIGatewayV2HTTPEvent.class);
        @SuppressWarnings("unchecked")
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(args[0]).getConstructor().newInstance();
        if (args.length < 3 || !args[2].equals("primed")) {
            System.out.println("answered " + handler.handleRequest(event, null).getStatusCode());
            System.out.flush();
            return;
        }
        // A JVM without CRaC never calls the hooks; here they run as Lambda runs them around the snapshot.
        if (!(handler instanceof org.crac.Resource hooks)) throw new IllegalStateException(args[0] + " has no priming hooks");
        hooks.beforeCheckpoint(null);
        hooks.afterRestore(null);
        long start = System.nanoTime();
        int status = handler.handleRequest(event, null).getStatusCode();
        long first = System.nanoTime() - start;
        long[] warm = new long[100];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            handler.handleRequest(event, null);
            warm[i] = System.nanoTime() - s;
        }
        Arrays.sort(warm);
        System.out.println("primed " + status + " first " + first + " median " + warm[warm.length / 2]);
        System.out.flush();
    }
}
