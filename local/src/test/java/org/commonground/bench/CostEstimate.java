package org.commonground.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import org.commonground.handlers.CommonGround;
import org.commonground.handlers.Deployment;
import org.commonground.local.ApiClient;
import org.commonground.local.LocalAws;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * What a programme costs on AWS: a scripted two-day workshop for 50 and for 500 people runs
 * against the local stack through the real handlers, counting API requests, handler time,
 * DynamoDB read and write units (as DynamoDB reports them) and emails; the pages' polling of
 * the board, which a script does not do, is added by a stated model with measured costs.
 */
final class CostEstimate {
    private CostEstimate() {}

    // US East (N. Virginia) list prices, as published after DynamoDB's November 2024 reduction;
    // London (eu-west-2) is about a tenth higher. Check the pricing pages before relying on them.
    static final String PRICES_AS_OF = "November 2026, from the AWS pricing pages (US East list prices)";
    static final double LAMBDA_PER_GB_SECOND_ARM = 0.0000133334;
    static final double LAMBDA_PER_MILLION_REQUESTS = 0.20;
    static final double HTTP_API_PER_MILLION = 1.00;
    static final double DYNAMO_PER_MILLION_WRITES = 0.625;
    static final double DYNAMO_PER_MILLION_READS = 0.125;
    static final double SES_PER_THOUSAND = 0.10;
    static final double FUNCTION_GB = 1.0;

    // The polling model: how long the rooms are open, and how often each page asks for changes.
    static final double HOURS_OPEN = 2 * 5.0;
    static final double PARTICIPANT_POLL_SECONDS = 3; // web/live.js VISIBLE_MS: every page shares one poller
    static final double CONSOLE_POLL_SECONDS = 3;

    /** Counts DynamoDB capacity as the service reports it, for every call of one deployment. */
    static final class Capacity implements ExecutionInterceptor {
        final DoubleAdder reads = new DoubleAdder();
        final DoubleAdder writes = new DoubleAdder();

        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            SdkRequest r = context.request();
            ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
            if (r instanceof GetItemRequest g) return g.toBuilder().returnConsumedCapacity(total).build();
            if (r instanceof QueryRequest q) return q.toBuilder().returnConsumedCapacity(total).build();
            if (r instanceof PutItemRequest p) return p.toBuilder().returnConsumedCapacity(total).build();
            if (r instanceof UpdateItemRequest u) return u.toBuilder().returnConsumedCapacity(total).build();
            if (r instanceof DeleteItemRequest d) return d.toBuilder().returnConsumedCapacity(total).build();
            if (r instanceof TransactWriteItemsRequest t) return t.toBuilder().returnConsumedCapacity(total).build();
            if (r instanceof BatchWriteItemRequest b) return b.toBuilder().returnConsumedCapacity(total).build();
            return r;
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            Object response = context.response();
            if (response instanceof GetItemResponse g) read(g.consumedCapacity());
            else if (response instanceof QueryResponse q) read(q.consumedCapacity());
            else if (response instanceof PutItemResponse p) write(p.consumedCapacity(), 1);
            else if (response instanceof UpdateItemResponse u) write(u.consumedCapacity(), 1);
            else if (response instanceof DeleteItemResponse d) write(d.consumedCapacity(), 1);
            else if (response instanceof BatchWriteItemResponse b) b.consumedCapacity().forEach(c -> write(c, 1));
            // A transaction costs twice the units of the same writes outside one.
            else if (response instanceof TransactWriteItemsResponse t) t.consumedCapacity().forEach(c -> write(c, 2));
        }

        private void read(ConsumedCapacity c) {
            if (c != null && c.capacityUnits() != null) reads.add(c.capacityUnits());
        }

        private void write(ConsumedCapacity c, int factor) {
            if (c != null && c.capacityUnits() != null) writes.add(c.capacityUnits() * factor);
        }
    }

    /**
     * The script runs two days of a room in a few minutes; its clock runs this many times faster,
     * so the per-minute flood limits meet the pace of a room rather than of the script.
     */
    static final class Faster extends java.time.Clock {
        private final java.time.Instant start = java.time.Instant.now();
        private final long startNanos = System.nanoTime();
        private final int times;

        Faster(int times) { this.times = times; }

        @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
        @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public java.time.Instant instant() { return start.plusNanos((System.nanoTime() - startNanos) * times); }
    }

    record Run(int people, long requests, double handlerSeconds, double reads, double writes, long emails,
               long writeRequests, double pollReads, double pollMs304, double pollMsFull, double readsPerLoad, int csvBytes) {}

    static void write(StringBuilder md, LocalAws aws) throws Exception {
        List<Run> runs = List.of(run(aws, 50), run(aws, 500));
        md.append("## Cost of a programme\n\n")
                .append("A scripted two-day workshop runs through the real handlers against DynamoDB Local, which reports the read and write ")
                .append("units each call uses (a transaction's writes are counted twice, as DynamoDB bills them). Everyone joins, answers ")
                .append("the three questions, votes, adds causes, success, what is in place and ideas, votes on ideas, places five ideas on ")
                .append("the grid and signs up to plans; leads post four updates each; the emails are those the run wrote to the outbox ")
                .append("plus four weekly digests to the third of people who asked for updates. The script does not poll, so the pages' ")
                .append("polling is added by a model: the rooms are open ").append((int) HOURS_OPEN).append(" hours in all; each ")
                .append("participant's page asks every ").append((int) PARTICIPANT_POLL_SECONDS).append(" s and the console and big screen every ")
                .append((int) CONSOLE_POLL_SECONDS).append(" s; a poll gets the whole board when something changed since the last one ")
                .append("(the run's changes spread evenly over the open hours), otherwise a 304. Every poll reads the workshop's version; ")
                .append("each function instance reads the whole workshop once per version and serves the board to everyone it answers from that, ")
                .append("so the whole-workshop reads are the changes times the instances busy with polls (request rate times handler time). ")
                .append("The costs of a poll and of a whole-workshop read were measured at the end of each run.\n\n")
                .append("Prices: ").append(PRICES_AS_OF).append(": Lambda arm64 $").append(LAMBDA_PER_GB_SECOND_ARM).append(" per GB-second and $")
                .append(LAMBDA_PER_MILLION_REQUESTS).append(" per million requests (functions have ").append((int) FUNCTION_GB).append(" GB); HTTP API $")
                .append(HTTP_API_PER_MILLION).append(" per million requests; DynamoDB on demand $").append(DYNAMO_PER_MILLION_WRITES)
                .append(" per million write units and $").append(DYNAMO_PER_MILLION_READS).append(" per million read units; SES $")
                .append(SES_PER_THOUSAND).append(" per 1,000 emails. CloudFront and S3 for the pages stay inside the always-free allowance ")
                .append("at this size and are left out; so is storage (a few MB).\n\n")
                .append("| people | scripted requests | polls (modelled) | read units | write units | emails | Lambda | API | DynamoDB | SES | total |\n")
                .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Run r : runs) {
            double pollers = r.people() * HOURS_OPEN * 3600 / PARTICIPANT_POLL_SECONDS + 2 * HOURS_OPEN * 3600 / CONSOLE_POLL_SECONDS;
            double changesPerSecond = r.writeRequests() / (HOURS_OPEN * 3600);
            double changed = 1 - Math.exp(-changesPerSecond * PARTICIPANT_POLL_SECONDS);
            double fullPolls = pollers * changed;
            double smallPolls = pollers - fullPolls;
            double instances = Math.max(1, Math.ceil(pollers / (HOURS_OPEN * 3600) * r.pollMsFull() / 1000));
            double loads = Math.min(fullPolls, r.writeRequests() * instances);
            double reads = r.reads() + pollers * r.pollReads() + loads * r.readsPerLoad();
            double requests = r.requests() + pollers;
            double seconds = r.handlerSeconds() + (fullPolls * r.pollMsFull() + smallPolls * r.pollMs304()) / 1000;
            double lambda = seconds * FUNCTION_GB * LAMBDA_PER_GB_SECOND_ARM + requests / 1e6 * LAMBDA_PER_MILLION_REQUESTS;
            double api = requests / 1e6 * HTTP_API_PER_MILLION;
            double dynamo = reads / 1e6 * DYNAMO_PER_MILLION_READS + r.writes() / 1e6 * DYNAMO_PER_MILLION_WRITES;
            double ses = r.emails() / 1000.0 * SES_PER_THOUSAND;
            md.append(String.format("| %d | %,d | %,.0f | %,.0f | %,.0f | %,d | $%.2f | $%.2f | $%.2f | $%.2f | **$%.2f** |%n",
                    r.people(), r.requests(), pollers, reads, r.writes(), r.emails(), lambda, api, dynamo, ses, lambda + api + dynamo + ses));
        }
        md.append("\nMeasured: ");
        for (Run r : runs) {
            md.append(String.format("with %d people a poll reads %.1f units and takes %.0f ms in the handler for the whole board (%.0f ms when unchanged), "
                            + "and reading the whole workshop costs %.1f units; ",
                    r.people(), r.pollReads(), r.pollMsFull(), r.pollMs304(), r.readsPerLoad()));
        }
        md.append("handler times are those of this machine against DynamoDB Local, so Lambda's share is a rough guide. ");
        for (Run r : runs) md.append(String.format("The CSV of every record of the %d-person workshop is %,d KB. ", r.people(), r.csvBytes() / 1024));
        md.append("(A Lambda response may be up to 6 MB.)\n\n");
    }

    private static Run run(LocalAws aws, int people) throws Exception {
        Capacity capacity = new Capacity();
        Deployment deployment = aws.deployment(new Faster(60), Map.of(), capacity);
        CommonGround app = CommonGround.of(deployment);
        ApiClient api = new ApiClient(deployment);
        AtomicLong requests = new AtomicLong();
        AtomicLong writeRequests = new AtomicLong();
        AtomicLong nanos = new AtomicLong();
        Caller call = (route, path, token, body) -> {
            long start = System.nanoTime();
            ApiClient.Answer a = api.call(route, path, token, body);
            nanos.addAndGet(System.nanoTime() - start);
            requests.incrementAndGet();
            if (!route.startsWith("GET")) writeRequests.incrementAndGet();
            if (a.status() >= 400) throw new IllegalStateException(route + " answered " + a.status() + ": " + a.body());
            return a;
        };
        // The clock runs 60 times fast, so a 12-hour session ends after 12 real minutes: the facilitator
        // signs in again every 5 real minutes (5 workshop hours), as they would each morning.
        java.util.function.Supplier<String> f = new java.util.function.Supplier<>() {
            private String token;
            private long signedInAt;

            @Override public synchronized String get() {
                if (token == null || System.nanoTime() - signedInAt > java.util.concurrent.TimeUnit.MINUTES.toNanos(5)) {
                    String link = app.signIn().link("facilitator@example.org", "http://localhost");
                    token = call.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", link.substring(link.indexOf('=') + 1))).text("token");
                    signedInAt = System.nanoTime();
                }
                return token;
            }
        };
        String id = call.call("POST /api/workshops", Map.of(), f.get(), Map.of("title", "Cost " + people)).text("id");
        Map<String, String> w = Map.of("id", id);
        List<String> tokens = new ArrayList<>();
        List<List<String>> statements = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int csvBytes;
        try {
            List<Callable<Void>> joins = new ArrayList<>();
            for (int i = 0; i < people; i++) tokens.add(null);
            for (int i = 0; i < people; i++) statements.add(new ArrayList<>());
            for (int i = 0; i < people; i++) {
                int n = i;
                joins.add(() -> {
                    Map<String, Object> who = new java.util.HashMap<>(Map.of("perspective", n % 2 == 0 ? "carer" : "lived_experience", "language", n % 4 == 0 ? "cy" : "en"));
                    if (n % 3 == 0) { who.put("email", "person" + n + "@example.org"); who.put("updatesConsent", true); }
                    String token = call.call("POST /api/workshops/{id}/participants", w, null, who).text("token");
                    tokens.set(n, token);
                    for (String prompt : List.of("working", "not_working", "future")) {
                        statements.get(n).add(call.call("POST /api/workshops/{id}/statements", w, token,
                                Map.of("prompt", prompt, "text", "What person " + n + " said about " + prompt)).text("id"));
                    }
                    return null;
                });
            }
            all(pool, joins);
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "clustering"));
            int themesPerQuestion = Math.max(3, people / 8);
            List<String> notWorking = new ArrayList<>();
            List<Callable<Void>> moves = new ArrayList<>();
            for (String prompt : List.of("working", "not_working", "future")) {
                List<String> themes = new ArrayList<>();
                for (int t = 0; t < themesPerQuestion; t++) {
                    themes.add(call.call("POST /api/workshops/{id}/themes", w, f.get(), Map.of("category", prompt, "title", "Theme " + t)).text("id"));
                }
                if (prompt.equals("not_working")) notWorking.addAll(themes);
                int q = List.of("working", "not_working", "future").indexOf(prompt);
                for (int i = 0; i < people; i++) {
                    String sid = statements.get(i).get(q);
                    String theme = themes.get(i % themes.size());
                    moves.add(() -> { call.call("PUT /api/workshops/{id}/statements/{sid}/theme", Map.of("id", id, "sid", sid), f.get(), Map.of("themeId", theme)); return null; });
                }
            }
            all(pool, moves);
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "theme_voting"));
            all(pool, each(people, i -> {
                for (int k = 0; k < 3; k++) {
                    call.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", notWorking.get((i + k) % notWorking.size())), tokens.get(i), Map.of("dots", 1));
                }
            }));
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "root_causes"));
            String top = notWorking.getFirst();
            all(pool, each(people / 2, i -> call.call("POST /api/workshops/{id}/causes", w, tokens.get(i), Map.of("themeId", top, "text", "Because " + i))));
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "success"));
            all(pool, each(people / 2, i -> call.call("POST /api/workshops/{id}/success", w, tokens.get(i), Map.of("themeId", top, "perspective", "carer", "text", "Success " + i))));
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "in_place"));
            all(pool, each(people / 3, i -> call.call("POST /api/workshops/{id}/in-place", w, tokens.get(i), Map.of("themeId", top, "text", "In place " + i))));
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "ideas"));
            List<String> ideas = java.util.Collections.synchronizedList(new ArrayList<>());
            all(pool, each(people, i -> ideas.add(call.call("POST /api/workshops/{id}/ideas", w, tokens.get(i),
                    Map.of("themeId", top, "lens", List.of("traditional", "community", "radical").get(i % 3), "text", "Idea " + i)).text("id"))));
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "idea_voting"));
            all(pool, each(people, i -> {
                for (int k = 0; k < 3; k++) {
                    call.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", ideas.get((k * 7) % Math.min(10, ideas.size()))), tokens.get(i), Map.of("dots", 1));
                }
            }));
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "grid"));
            List<String> shortlist = new ArrayList<>();
            call.call("GET /api/workshops/{id}/board", w, f.get(), null).json().path("shortlist").forEach(n -> shortlist.add(n.asText()));
            all(pool, each(people, i -> {
                for (String idea : shortlist) {
                    call.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", id, "ideaId", idea), tokens.get(i), Map.of("effort", i % 11, "difference", (i * 3) % 11));
                }
            }));
            all(pool, each(people / 5, i -> call.call("POST /api/workshops/{id}/grid/{ideaId}/nudges", Map.of("id", id, "ideaId", shortlist.getFirst()), tokens.get(i), Map.of("direction", "up"))));
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "action_planning"));
            String due = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7).toString();
            List<String> plans = java.util.Collections.synchronizedList(new ArrayList<>());
            all(pool, each(Math.max(3, people / 10), i -> plans.add(call.call("POST /api/workshops/{id}/actions", w, tokens.get(i),
                    Map.of("ideaId", shortlist.get(i % shortlist.size()), "title", "Plan " + i,
                            "lead", Map.of("name", "Lead " + i, "email", "lead" + i + "@example.org", "consent", true),
                            "steps", List.of(Map.of("text", "First step", "due", due)))).text("id"))));
            all(pool, each(people / 2, i -> call.call("POST /api/workshops/{id}/actions/{aid}/supporters", Map.of("id", id, "aid", plans.get(i % plans.size())), tokens.get(i), null)));
            call.call("PUT /api/workshops/{id}/phase", w, f.get(), Map.of("phase", "follow_up"));
            for (int round = 0; round < 4; round++) {
                for (String plan : plans) {
                    call.call("POST /api/workshops/{id}/actions/{aid}/updates", Map.of("id", id, "aid", plan), f.get(), Map.of("text", "News " + round, "status", "in_progress"));
                }
            }
            csvBytes = call.call("GET /api/workshops/{id}/export.csv", w, f.get(), null).body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        } finally {
            pool.shutdown();
        }
        // Every page of the scan: one page holds at most 1 MB of the table.
        long emails = deployment.dynamo().scanPaginator(software.amazon.awssdk.services.dynamodb.model.ScanRequest.builder()
                .tableName(deployment.configuration().tableName()).filterExpression("begins_with(pk, :e)")
                .expressionAttributeValues(Map.of(":e", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(org.commonground.aws.Keys.EMAILS))).build())
                .stream().mapToLong(page -> page.count()).sum()
                + 4L * ((people + 2) / 3);
        double reads = capacity.reads.sum();
        double writes = capacity.writes.sum();

        // A poll of each kind, and one read of the whole workshop, measured on the finished workshop.
        String token = tokens.getFirst();
        long version = api.call("GET /api/workshops/{id}/board", w, token, null).json().path("version").asLong();
        int samples = 20;
        double before = capacity.reads.sum();
        long start = System.nanoTime();
        for (int i = 0; i < samples; i++) api.send("GET /api/workshops/{id}/board", w, token, null, Map.of("since", Long.toString(version)));
        double ms304 = (System.nanoTime() - start) / 1e6 / samples;
        double pollReads = (capacity.reads.sum() - before) / samples;
        start = System.nanoTime();
        for (int i = 0; i < samples; i++) api.call("GET /api/workshops/{id}/board", w, token, null);
        double msFull = (System.nanoTime() - start) / 1e6 / samples;
        before = capacity.reads.sum();
        app.snapshots().loadSoon(id);
        double readsPerLoad = capacity.reads.sum() - before;
        return new Run(people, requests.get(), nanos.get() / 1e9, reads, writes, emails, writeRequests.get(), pollReads, ms304, msFull, readsPerLoad, csvBytes);
    }

    @FunctionalInterface
    interface Caller {
        ApiClient.Answer call(String route, Map<String, String> path, String token, Object body);
    }

    @FunctionalInterface
    interface Step {
        void run(int i) throws Exception;
    }

    private static List<Callable<Void>> each(int n, Step step) {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            tasks.add(() -> { step.run(k); return null; });
        }
        return tasks;
    }

    private static void all(ExecutorService pool, List<Callable<Void>> tasks) throws Exception {
        for (var done : pool.invokeAll(tasks)) done.get();
    }
}
