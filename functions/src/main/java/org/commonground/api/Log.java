package org.commonground.api;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonground.kernel.Json;

/**
 * One JSON line per event on standard error, which Lambda sends to CloudWatch. Only ids, route
 * keys, statuses and times go in: never statement text, names or email addresses.
 */
public final class Log {
    private Log() {}

    /** Every request, once, with what came of it. */
    public static void request(Request request, int status, long millis) {
        System.err.println(requestLine(request, status, millis));
    }

    /** The line {@link #request} writes: made on its own by SnapStart priming, which logs nothing. */
    static String requestLine(Request request, int status, long millis) {
        Map<String, Object> line = line("INFO", "request", request);
        line.put("status", status);
        line.put("ms", millis);
        return Json.write(line);
    }

    /** A failure nobody expected, once, with its cause. */
    public static void error(Request request, String what, Throwable cause) {
        Map<String, Object> line = line("ERROR", what, request);
        line.put("error", cause.getClass().getName());
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        String text = trace.toString();
        line.put("trace", text.length() > 4000 ? text.substring(0, 4000) : text);
        write(line);
    }

    /** What a scheduled run did, in counts. */
    public static void scheduled(String job, Map<String, ?> counts) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("level", "INFO");
        line.put("message", job);
        line.putAll(counts);
        write(line);
    }

    private static Map<String, Object> line(String level, String message, Request request) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("level", level);
        line.put("message", message);
        line.put("route", request.routeKey());
        line.put("requestId", request.requestId());
        request.pathIfPresent("id").ifPresent(id -> line.put("workshopId", id));
        return line;
    }

    private static void write(Map<String, Object> line) {
        System.err.println(Json.write(line));
    }
}
