package org.commonground.api;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON line per event on standard error, which Lambda sends to CloudWatch. Only ids and
 * route keys go in: never statement text or email addresses.
 */
public final class Log {
    private Log() {}

    public static void error(Request request, String what, Throwable cause) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("level", "ERROR");
        line.put("message", what);
        line.put("route", request.routeKey());
        line.put("requestId", request.requestId());
        line.put("error", cause.getClass().getName());
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        // The cause and where it happened; the JUnit or Lambda runtime frames below add nothing.
        String text = trace.toString();
        line.put("trace", text.length() > 4000 ? text.substring(0, 4000) : text);
        System.err.println(Json.write(line));
    }
}
