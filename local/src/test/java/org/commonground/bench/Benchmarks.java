package org.commonground.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.commonground.handlers.CommonGround;
import org.commonground.handlers.Deployment;
import org.commonground.kernel.Json;
import org.commonground.local.ApiClient;
import org.commonground.local.DemoWorkshop;
import org.commonground.local.HandClock;
import org.commonground.local.LocalAws;
import org.commonground.local.Template;
import org.commonground.workshops.Workshop;

/**
 * Measures what DESIGN.md asks to be measured and writes docs/BENCHMARKS.md:
 * cold start per function against a bare handler, warm latency per route, page weight.
 * Usage: Benchmarks --out FILE [--page-weight FILE.json] [--runs N] [--only cold|primed]
 */
public final class Benchmarks {
    private static final String FACILITATOR = "facilitator@example.org";
    private static double firstSuggestionSeconds;
    private static int suggestedThemes;

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable e) {
            // DynamoDB Local's threads would keep the JVM alive.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i], args[i + 1]);
        Path out = Path.of(options.getOrDefault("--out", "docs/BENCHMARKS.md"));
        int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));

        LocalAws aws = LocalAws.get();
        Deployment deployment = aws.deployment();
        CommonGround app = CommonGround.of(deployment);
        Workshop demo = DemoWorkshop.ensure(app, FACILITATOR, LocalAws.ROOT.resolveSibling("shared").resolve("data"));

        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n")
                .append("Made by `scripts/bench` on ").append(LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(" (").append(System.getProperty("os.arch")).append("). ")
                .append("DynamoDB Local and the SES emulator stand in for AWS, so absolute times are those of this machine ")
                .append("and of DynamoDB Local, not of Lambda; compare the ratios and the trend between runs.\n\n");

        String only = options.get("--only");
        if ("imports".equals(only)) {
            // One section alone, to check it while working on it: `scripts/bench --only imports --out /tmp/imports.md`.
            importLoad(md, aws);
        } else if ("cold".equals(only) || "primed".equals(only)) {
            // Start-up alone: printed, never written over docs/BENCHMARKS.md.
            coldStarts(md, deployment, demo, runs, "primed".equals(only));
            System.out.println(md);
            System.exit(0);
        } else {
            try {
                everything(md, options, aws, deployment, app, demo, runs);
            } catch (Exception e) {
                // Keep what was measured before the failure: a full run takes most of an hour.
                Path partial = LocalAws.ROOT.resolve("local/target/benchmarks-partial.md");
                Files.writeString(partial, md.toString());
                System.err.println("Stopped by a failure; the sections measured so far are in " + partial);
                throw e;
            }
        }

        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
        System.exit(0);
    }

    /**
     * --only cold,warm,votes,grid,imports,cost,themes runs some parts (to check a change, e.g.
     * `scripts/bench --only imports --out /tmp/imports.md`); the default is all of them.
     */
    private static void everything(StringBuilder md, Map<String, String> options, LocalAws aws, Deployment deployment,
                                   CommonGround app, Workshop demo, int runs) throws Exception {
        java.util.Set<String> only = java.util.Set.of(options.getOrDefault("--only", "cold,warm,votes,grid,imports,cost,themes,signin").split(","));
        if (only.contains("cold")) coldStarts(md, deployment, demo, runs, false);
        if (only.contains("warm")) warmLatency(md, deployment, app, demo);
        if (only.contains("votes")) voteLoad(md, aws);
        if (only.contains("grid")) gridLoad(md, aws);
        if (only.contains("imports")) importLoad(md, aws);
        if (only.contains("cost")) CostEstimate.write(md, aws);
        if (only.contains("themes")) ThemeQuality.write(md, LocalAws.ROOT.resolveSibling("shared").resolve("data"));
        if (only.contains("signin")) SignInTiming.write(md, aws);
        if (options.containsKey("--page-weight")) pageWeight(md, Json.MAPPER.readTree(Files.readString(Path.of(options.get("--page-weight")))));
        if (options.containsKey("--wall-screen")) wallAndScreen(md, Json.MAPPER.readTree(Files.readString(Path.of(options.get("--wall-screen")))));
    }

    private static void coldStarts(StringBuilder md, Deployment deployment, Workshop demo, int runs, boolean primedOnly) throws Exception {
        Path jar = LocalAws.ROOT.resolve("functions/target/functions-0.1.0-lambda.jar");
        String classpath = jar + ":" + LocalAws.ROOT.resolve("local/target/test-classes");
        // The clustering function's own artifact holds arm64 natives only; on this machine it runs from its build classpath.
        String clusteringClasspath = LocalAws.ROOT.resolve("suggestions/target/classes") + ":"
                + Files.readString(LocalAws.ROOT.resolve("suggestions/target/classpath.txt")).strip() + ":" + LocalAws.ROOT.resolve("local/target/test-classes");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_ENDPOINT_URL_DYNAMODB", deployment.dynamo().serviceClientConfiguration().endpointOverride().orElseThrow().toString());
        env.put("AWS_ENDPOINT_URL_SESV2", deployment.ses().serviceClientConfiguration().endpointOverride().orElseThrow().toString());
        env.put("AWS_REGION", "eu-west-2");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("TABLE_NAME", deployment.configuration().tableName());
        env.put("FACILITATOR_EMAILS", FACILITATOR);

        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("hello (bare handler)", HelloHandler.class.getName() + " GET /api/join/{code}");
        for (Template.Function f : LocalAws.TEMPLATE.functions()) {
            if (!f.routes().isEmpty()) probes.put(f.logicalId(), f.handlerClass() + " " + f.routes().getFirst().key());
        }

        if (!primedOnly) {
        md.append("## Cold start (proxy)\n\n")
                .append("A new JVM (`-XX:TieredStopAtLevel=1`, as the template sets) that loads the Lambda artifact, makes the handler ")
                .append("(which builds its SDK clients) and answers one sample event from `events/` against DynamoDB Local. ")
                .append("Median of ").append(runs).append(" runs, measured from process start to the answer; the goal is at most 2 times ")
                .append("the bare handler. Classes loaded are counted in one more run with `-Xlog:class+load`.\n\n")
                .append("| function | event | median ms | ratio to bare handler | classes loaded |\n| --- | --- | ---: | ---: | ---: |\n");
        double hello = 0;
        for (var probe : probes.entrySet()) {
            String[] parts = probe.getValue().split(" ", 2);
            Path event = eventFor(parts[1], demo);
            long[] times = new long[runs];
            String cp = probe.getKey().equals("ClusteringFunction") ? clusteringClasspath : classpath;
            for (int i = 0; i < runs; i++) times[i] = coldStart(cp, parts[0], event, env);
            Arrays.sort(times);
            double median = times[runs / 2] / 1e6;
            if (hello == 0) hello = median;
            long classes = classesLoaded(cp, parts[0], event, env);
            md.append(String.format("| %s | `%s` | %.0f | %.2f | %d |%n", probe.getKey(), parts[1], median, median / hello, classes));
        }
        md.append("\nThe clustering function's own artifact carries only arm64 native libraries, so here it runs from its ")
                .append("build classpath; its embedding model loads on the first suggestion (about 0.6 s), not at start.\n\n");
        }

        md.append("## First request after priming (SnapStart proxy)\n\n")
                .append("The functions with SnapStart are primed before their snapshot by CRaC hooks. Here a new JVM makes the handler, ")
                .append("runs every registered hook (before the snapshot, then after restore), and times the first request against the ")
                .append("median of the next ").append(StartUpRequests.REQUESTS - 1).append(" in the same JVM. Each request is one a room ")
                .append("waits on, and succeeds and changes something (a new answer, a dot moved, an idea moved, a new plan), taking turns ")
                .append("among ").append(StartUpRequests.PEOPLE).append(" people of a workshop at that stage and under way (someone has ")
                .append("already answered, voted, placed or planned), made afresh for each JVM. ")
                .append("Each board read is of another workshop, as an instance keeps the latest snapshot of each workshop it reads ")
                .append("and a room's changes keep replacing it. ")
                .append("The goal is at most 1.5 times. Median of ").append(runs).append(" JVMs.\n\n")
                .append("| function | request | status | first request ms | warm median ms | ratio |\n| --- | --- | ---: | ---: | ---: | ---: |\n");
        Map<String, String> handlers = new LinkedHashMap<>();
        for (Template.Function f : LocalAws.TEMPLATE.functions()) handlers.put(f.logicalId(), f.handlerClass());
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (StartUpRequests.Case c : StartUpRequests.make(deployment, FACILITATOR)) {
                Object snapStart = Template.map(LocalAws.TEMPLATE.resources().get(c.function()).get("Properties")).get("SnapStart");
                if (snapStart == null) throw new IllegalStateException(c.function() + " has no SnapStart in template.yaml");
                samples.computeIfAbsent(c.function() + " " + c.route(), k -> new ArrayList<>())
                        .add(primed(classpath, handlers.get(c.function()), c.events(), env));
            }
        }
        for (var entry : samples.entrySet()) {
            List<double[]> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(java.util.Comparator.comparingDouble(x -> x[1] / x[2]));
            double[] middle = sorted.get(sorted.size() / 2);
            String[] functionAndRoute = entry.getKey().split(" ", 2);
            md.append(String.format("| %s | `%s` | %.0f | %.2f | %.2f | %.2f |%n", functionAndRoute[0], functionAndRoute[1],
                    middle[0], middle[1] / 1e6, middle[2] / 1e6, middle[1] / middle[2]));
        }
        md.append('\n');
    }

    /** The first request's status, and the first-request and warm-median nanoseconds, of one primed JVM taking {@code events} in turn. */
    private static double[] primed(String classpath, String handler, Path events, Map<String, String> env) throws Exception {
        List<String> output = probe(classpath, handler, events, env, List.of("primed"), List.of());
        for (String line : output) {
            if (line.startsWith("primed ")) {
                String[] words = line.split(" ");
                return new double[] {Double.parseDouble(words[1]), Double.parseDouble(words[3]), Double.parseDouble(words[5])};
            }
        }
        throw new IllegalStateException(handler + " did not answer after priming: " + String.join("\n", output));
    }

    private static long classesLoaded(String classpath, String handler, Path event, Map<String, String> env) throws Exception {
        Path log = Files.createTempFile("classes", ".log");
        probe(classpath, handler, event, env, List.of(), List.of("-Xlog:class+load:file=" + log));
        try (var lines = Files.lines(log)) {
            return lines.count();
        }
    }

    private static List<String> probe(String classpath, String handler, Path event, Map<String, String> env, List<String> args, List<String> jvm) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", classpath, ColdStartProbe.class.getName(), handler, event.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(env);
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line; (line = reader.readLine()) != null; ) lines.add(line);
        }
        if (process.waitFor() != 0) throw new IllegalStateException(handler + " failed: " + String.join("\n", lines));
        return lines;
    }

    private static Path eventFor(String routeKey, Workshop demo) throws Exception {
        ObjectNode event = ApiClient.sampleEvent(routeKey);
        if (event.has("pathParameters")) {
            ObjectNode params = (ObjectNode) event.get("pathParameters");
            if (params.has("id")) params.put("id", demo.id());
            if (params.has("code")) params.put("code", demo.code());
        }
        Path file = Files.createTempFile("event", ".json");
        Files.writeString(file, Json.write(event));
        return file;
    }

    private static long coldStart(String classpath, String handler, Path event, Map<String, String> env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", classpath,
                ColdStartProbe.class.getName(), handler, event.toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("answered ")) {
                    long elapsed = System.nanoTime() - start;
                    process.waitFor();
                    return elapsed;
                }
            }
        }
        throw new IllegalStateException(handler + " did not answer (exit " + process.waitFor() + ")");
    }

    private static void warmLatency(StringBuilder md, Deployment deployment, CommonGround app, Workshop demo) {
        // A room's requests come over minutes, not all at once: the handlers' clock moves on a minute
        // every tenth call, so the flood limits (per minute) answer as in a room and each route is
        // timed doing its work, not turning people away.
        HandClock clock = new HandClock(java.time.Instant.now());
        ApiClient api = new ApiClient(new Deployment(deployment.configuration(), deployment.dynamo(), deployment.mail(), deployment.exportFiles(), clock));
        String link = app.signIn().link(FACILITATOR, "http://localhost");
        String facilitator = api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", link.substring(link.indexOf('=') + 1))).text("token");
        String participant = api.call("POST /api/workshops/{id}/participants", Map.of("id", demo.id()), null,
                Map.of("perspective", "carer", "language", "en")).text("token");
        Map<String, String> w = Map.of("id", demo.id());
        // Each person may write 20 things a minute (the flood limit), so the timed writes take turns among 40 people.
        List<String[]> writers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String token = api.call("POST /api/workshops/{id}/participants", w, null, Map.of("perspective", "carer", "language", "en")).text("token");
            writers.add(new String[] {token, api.call("POST /api/workshops/{id}/statements", w, token,
                    Map.of("prompt", "working", "text", "My neighbour pops in")).text("id")});
        }
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<String[]> writer = () -> writers.get(turn.getAndIncrement() % writers.size());

        Map<String, Supplier<ApiClient.Answer>> routes = new LinkedHashMap<>();
        routes.put("GET /api/join/{code}", () -> api.call("GET /api/join/{code}", Map.of("code", demo.code()), null, null));
        routes.put("POST /api/workshops/{id}/participants", () -> api.call("POST /api/workshops/{id}/participants", w, null, Map.of("perspective", "carer", "language", "cy")));
        routes.put("POST /api/workshops/{id}/statements", () -> api.call("POST /api/workshops/{id}/statements", w, writer.get()[0], Map.of("prompt", "future", "text", "Time for myself now and then")));
        // Saving once: a fresh Idempotency-Key claims it and keeps the answer; a repeat is answered from the kept one.
        routes.put("POST /api/workshops/{id}/statements (new Idempotency-Key)", () -> api.send("POST /api/workshops/{id}/statements", w,
                writer.get()[0], "{\"prompt\":\"future\",\"text\":\"Time for myself\"}", Map.of(),
                Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString())));
        routes.put("POST /api/workshops/{id}/statements (repeated Idempotency-Key)", () -> api.send("POST /api/workshops/{id}/statements", w,
                participant, "{\"prompt\":\"future\",\"text\":\"Said once\"}", Map.of(), Map.of("Idempotency-Key", "benchmark-repeat-0001")));
        routes.put("PATCH /api/workshops/{id}/statements/{sid}", () -> {
            String[] who = writer.get();
            return api.call("PATCH /api/workshops/{id}/statements/{sid}", Map.of("id", demo.id(), "sid", who[1]), who[0], Map.of("text", "My neighbour pops in most days"));
        });
        // The version is read once, outside the timing; nothing else writes while this route runs.
        java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong(-1);
        routes.put("GET /api/workshops/{id}/board (unchanged: 304)", () -> {
            if (version.get() < 0) version.set(app.workshops().get(demo.id()).version());
            return api.send("GET /api/workshops/{id}/board", w, participant, null, Map.of("since", Long.toString(version.get())));
        });
        routes.put("GET /api/workshops/{id}/board (participant)", () -> api.call("GET /api/workshops/{id}/board", w, participant, null));
        routes.put("GET /api/workshops/{id}/board (facilitator, all statements)", () -> api.call("GET /api/workshops/{id}/board", w, facilitator, null));
        routes.put("PUT /api/workshops/{id}/phase", () -> api.call("PUT /api/workshops/{id}/phase", w, facilitator, Map.of("phase", "gathering")));
        routes.put("GET /api/workshops", () -> api.call("GET /api/workshops", Map.of(), facilitator, null));
        routes.put("GET /api/join/{code}/qr.svg", () -> api.call("GET /api/join/{code}/qr.svg", Map.of("code", demo.code()), null, null));
        // The first request loads the model and embeds; later ones reuse the kept vectors.
        long first = System.nanoTime();
        int suggested = api.call("POST /api/workshops/{id}/theme-suggestions", w, facilitator, Map.of()).json().path("themes").size();
        firstSuggestionSeconds = (System.nanoTime() - first) / 1e9;
        suggestedThemes = suggested;
        routes.put("POST /api/workshops/{id}/theme-suggestions (vectors kept)", () -> api.call("POST /api/workshops/{id}/theme-suggestions", w, facilitator, Map.of()));
        routes.put("POST /api/auth/links (not on the list)", () -> api.call("POST /api/auth/links", Map.of(), null, Map.of("email", "someone@example.org")));

        md.append("## Warm latency per route\n\n")
                .append("In-process through the handlers (as a warm Lambda runs them) against DynamoDB Local over HTTP. ")
                .append("100 calls to warm up, then 300 measured. The handlers' clock moves on a minute every tenth call, as a room's ")
                .append("requests come over minutes, so no route is timed turning people away at the flood limits. The facilitator's board holds the demo workshop's ")
                .append("140 statements from 40 people who answered beforehand, and grows as the benchmark adds answers.\n\n")
                .append("The first request for suggested themes on the demo's 140 statements took ")
                .append(String.format(Locale.ROOT, "%.2f s", firstSuggestionSeconds))
                .append(" (loading the model and embedding every statement) and proposed ").append(suggestedThemes)
                .append(" themes; the table shows later requests, which reuse the kept vectors.\n\n")
                .append("| route | status | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: |\n");
        for (var route : routes.entrySet()) {
            int status = 0;
            java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
            Supplier<ApiClient.Answer> call = () -> {
                if (calls.getAndIncrement() % 10 == 0) clock.move(java.time.Duration.ofMinutes(1));
                return route.getValue().get();
            };
            for (int i = 0; i < 100; i++) status = call.get().status();
            long[] times = new long[300];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                status = call.get().status();
                times[i] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            md.append(String.format("| `%s` | %d | %.1f | %.1f |%n", route.getKey(), status,
                    times[times.length / 2] / 1e6, times[(int) Math.ceil(times.length * 0.99) - 1] / 1e6));
        }
        md.append('\n');
    }

    /** A room voting at once: 100 people, 300 votes on 6 themes, 16 at a time, against DynamoDB Local. */
    /**
     * Answers gathered beforehand: a 2,000-row file (three questions, one answer each) previewed
     * and imported through the handler, as CSV and as XLSX, each into a new workshop, then the
     * same file imported again (every answer found already there).
     */
    private static void importLoad(StringBuilder md, LocalAws aws) throws Exception {
        Deployment deployment = aws.deployment();
        CommonGround app = CommonGround.of(deployment);
        ApiClient api = new ApiClient(deployment);
        String link = app.signIn().link(FACILITATOR, "http://localhost");
        String facilitator = api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", link.substring(link.indexOf('=') + 1))).text("token");
        List<String> headers = List.of("What is working in your life?", "What is not working in your life?", "What is important to you for the future?");
        List<List<String>> rows = new ArrayList<>();
        rows.add(headers);
        for (int i = 1; i <= 2000; i++) {
            rows.add(List.of("The Tuesday group at the carers hub, person " + i + ". Everyone there gets it, I don't have to explain myself.",
                    "I haven't had a whole day off in over two years (" + i + "). Not one.",
                    "A weekend away with my sister, just the two of us like we used to, number " + i + "."));
        }
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())).append("\r\n");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("answers.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("answers.xlsx", org.commonground.local.Workbooks.xlsx(rows, true));
        Map<String, String> columns = Map.of("working", headers.get(0), "not_working", headers.get(1), "future", headers.get(2));
        md.append("## Importing answers gathered beforehand\n\n")
                .append("A file of 2,000 rows (one person each, an answer to each of the three questions: 6,000 statements) ")
                .append("through the handler of `POST /api/workshops/{id}/imports` against DynamoDB Local: the preview ")
                .append("(median of 5, with the suggested columns), the import into a new workshop, and the same file again ")
                .append("(every answer found already there, nothing written).\n\n")
                .append("| file | size | preview ms | import ms | statements created | same file again ms |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String id = api.call("POST /api/workshops", Map.of(), facilitator, Map.of("title", "Import load")).text("id");
            Map<String, Object> body = new LinkedHashMap<>(Map.of("fileName", file.getKey(), "content", java.util.Base64.getEncoder().encodeToString(file.getValue())));
            long[] previews = new long[5];
            for (int i = 0; i < previews.length; i++) {
                long start = System.nanoTime();
                ApiClient.Answer preview = api.call("POST /api/workshops/{id}/imports", Map.of("id", id), facilitator, body);
                previews[i] = System.nanoTime() - start;
                if (preview.status() != 200 || preview.json().path("statements").path("working").asInt() != 2000) {
                    throw new IllegalStateException("preview answered " + preview.body().substring(0, Math.min(300, preview.body().length())));
                }
            }
            Arrays.sort(previews);
            body.put("columns", columns);
            body.put("dryRun", false);
            long start = System.nanoTime();
            ApiClient.Answer imported = api.call("POST /api/workshops/{id}/imports", Map.of("id", id), facilitator, body);
            long importing = System.nanoTime() - start;
            if (imported.status() != 201) throw new IllegalStateException("import answered " + imported.body());
            start = System.nanoTime();
            ApiClient.Answer again = api.call("POST /api/workshops/{id}/imports", Map.of("id", id), facilitator, body);
            long repeat = System.nanoTime() - start;
            if (again.json().path("created").asInt() != 0) throw new IllegalStateException("the same file created " + again.body());
            md.append(String.format(Locale.ROOT, "| %s | %,d KB | %.0f | %.0f | %,d | %.0f |%n", file.getKey(), file.getValue().length / 1024,
                    previews[previews.length / 2] / 1e6, importing / 1e6, imported.json().path("created").asInt(), repeat / 1e6));
        }
        md.append("\nFastExcel's reader streams the sheet and the shared strings, so the preview of a workbook costs about what a CSV does; ")
                .append("the import is the 61 transactions of up to 99 statements each that DynamoDB takes.\n\n");
    }

    private static void voteLoad(StringBuilder md, LocalAws aws) throws Exception {
        Deployment deployment = aws.deployment();
        CommonGround app = CommonGround.of(deployment);
        ApiClient api = new ApiClient(deployment);
        String link = app.signIn().link(FACILITATOR, "http://localhost");
        String facilitator = api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", link.substring(link.indexOf('=') + 1))).text("token");
        String id = api.call("POST /api/workshops", Map.of(), facilitator, Map.of("title", "Vote load")).text("id");
        List<String> themes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            themes.add(api.call("POST /api/workshops/{id}/themes", Map.of("id", id), facilitator, Map.of("category", "not_working", "title", "Theme " + i)).text("id"));
        }
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            people.add(api.call("POST /api/workshops/{id}/participants", Map.of("id", id), null, Map.of("perspective", "carer", "language", "en")).text("token"));
        }
        api.call("PUT /api/workshops/{id}/phase", Map.of("id", id), facilitator, Map.of("phase", "theme_voting"));
        List<java.util.concurrent.Callable<Long>> votes = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            for (int k = 0; k < 3; k++) {
                String token = people.get(p);
                String theme = themes.get((p + k) % themes.size());
                votes.add(() -> {
                    long start = System.nanoTime();
                    int status = api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", theme), token, Map.of("dots", 1)).status();
                    if (status != 200) throw new IllegalStateException("vote answered " + status);
                    return System.nanoTime() - start;
                });
            }
        }
        Load load = sixteenAtATime(votes);
        long[] times = load.times();
        double seconds = load.seconds();
        int total = app.boards().read(new org.commonground.auth.Caller.Facilitator(FACILITATOR, ""), id, null, "http://localhost")
                .orElseThrow().themes().stream().mapToInt(org.commonground.board.Board.ThemeView::dots).sum();
        md.append("## Vote load\n\n")
                .append("100 people place 300 dots on 6 themes, 16 requests at a time, through the voting handler against DynamoDB Local. ")
                .append("Each vote is one transaction (vote, budget, theme totals, workshop version).\n\n")
                .append("| votes | total dots counted | seconds | votes per second | p50 ms | p99 ms |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n")
                .append(String.format("| %d | %d | %.2f | %.0f | %.1f | %.1f |%n%n", times.length, total, seconds, times.length / seconds,
                        times[times.length / 2] / 1e6, times[(int) Math.ceil(times.length * 0.99) - 1] / 1e6));
    }

    /**
     * The grid in a full room: 100 people each place 10 shortlisted ideas, 16 requests at a time,
     * then the board every screen polls is read with all 1,000 placements on it.
     */
    private static void gridLoad(StringBuilder md, LocalAws aws) throws Exception {
        Deployment deployment = aws.deployment();
        CommonGround app = CommonGround.of(deployment);
        ApiClient api = new ApiClient(deployment);
        String link = app.signIn().link(FACILITATOR, "http://localhost");
        String facilitator = api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", link.substring(link.indexOf('=') + 1))).text("token");
        String id = api.call("POST /api/workshops", Map.of(), facilitator, Map.of("title", "Grid load", "settings", Map.of("shortlistSize", 10))).text("id");
        List<String> ideas = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ideas.add(api.call("POST /api/workshops/{id}/ideas", Map.of("id", id), facilitator, Map.of("lens", "community", "text", "Idea " + i)).text("id"));
        }
        api.call("PUT /api/workshops/{id}/shortlist", Map.of("id", id), facilitator, Map.of("ideaIds", ideas));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            people.add(api.call("POST /api/workshops/{id}/participants", Map.of("id", id), null, Map.of("perspective", "carer", "language", "en")).text("token"));
        }
        api.call("PUT /api/workshops/{id}/phase", Map.of("id", id), facilitator, Map.of("phase", "grid"));
        List<java.util.concurrent.Callable<Long>> placements = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            for (int k = 0; k < ideas.size(); k++) {
                String token = people.get(p);
                String idea = ideas.get(k);
                int effort = (p + k) % 11;
                int difference = (p * 3 + k) % 11;
                placements.add(() -> {
                    long start = System.nanoTime();
                    int status = api.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", id, "ideaId", idea), token,
                            Map.of("effort", effort, "difference", difference)).status();
                    if (status != 200) throw new IllegalStateException("placement answered " + status);
                    return System.nanoTime() - start;
                });
            }
        }
        Load load = sixteenAtATime(placements);
        long[] times = load.times();
        double seconds = load.seconds();
        long boardStart = System.nanoTime();
        var board = api.call("GET /api/workshops/{id}/board", Map.of("id", id), facilitator, null);
        double boardMs = (System.nanoTime() - boardStart) / 1e6;
        int counted = 0;
        for (var idea : board.json().path("ideas")) counted += idea.at("/grid/placements").asInt();
        md.append("## Grid placement load\n\n")
                .append("100 people place 10 shortlisted ideas each, 16 requests at a time, through the grid handler against DynamoDB Local. ")
                .append("Each placement reads the workshop, its ideas and the shortlist, then writes the placement with the version bump in one transaction. ")
                .append("Then one full board with every placement on it is read, as a big screen would.\n\n")
                .append("| placements | counted on the board | seconds | placements per second | p50 ms | p99 ms | full board ms |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
                .append(String.format("| %d | %d | %.2f | %.0f | %.1f | %.1f | %.0f |%n%n", times.length, counted, seconds, times.length / seconds,
                        times[times.length / 2] / 1e6, times[(int) Math.ceil(times.length * 0.99) - 1] / 1e6, boardMs));
    }

    /** Each call's time in nanoseconds, sorted, and how long they all took. */
    private record Load(long[] times, double seconds) {}

    private static Load sixteenAtATime(List<java.util.concurrent.Callable<Long>> calls) throws Exception {
        long started = System.nanoTime();
        long[] times = new long[calls.size()];
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            int i = 0;
            for (var f : pool.invokeAll(calls)) times[i++] = f.get();
        }
        Arrays.sort(times);
        return new Load(times, (System.nanoTime() - started) / 1e9);
    }

    private static void pageWeight(StringBuilder md, JsonNode measured) {
        JsonNode weights = measured.path("pages");
        md.append("## Participant page weight\n\n")
                .append("Bytes over the wire (compressed with gzip, headers included) for everything the page loads, ")
                .append("measured in headless Chromium against the local server with an empty cache.\n\n")
                .append("| page | requests | transferred (KB) |\n| --- | ---: | ---: |\n");
        List<String> pages = new ArrayList<>();
        weights.fieldNames().forEachRemaining(pages::add);
        for (String page : pages) {
            JsonNode p = weights.get(page);
            md.append(String.format("| %s | %d | %.1f |%n", page, p.path("requests").asInt(), p.path("bytes").asDouble() / 1024));
        }
        md.append('\n');
        oldPhone(md, measured.path("oldPhone"));
    }

    /** The goal: first load at most 3 s on Fast 3G with the CPU slowed 4x; an answer shows at once. */
    private static void oldPhone(StringBuilder md, JsonNode o) {
        if (o.isMissingNode()) return;
        md.append("## Old phones\n\n")
                .append("Headless Chromium at 320 px with Chromium's own throttling through the DevTools protocol: ")
                .append(o.path("profile").asText()).append(", an empty cache, against the local server. ")
                .append("First load is from the start of navigation to the page's heading on screen; median and slowest of ")
                .append(o.path("runs").asInt()).append(" loads. An answer is timed from pressing \"Add this answer\" to the answer ")
                .append("showing on the page marked as sending, and to it showing as saved (the server's answer back); median of ")
                .append(o.path("runs").asInt()).append(". Goal: first load at most 3,000 ms.\n\n")
                .append("| measure | median ms | slowest ms |\n| --- | ---: | ---: |\n")
                .append(String.format("| first load, join page (`/join/CODE`) | %d | %d |%n", o.at("/joinPage/medianMs").asInt(), o.at("/joinPage/maxMs").asInt()))
                .append(String.format("| first load, answer page of someone who joined | %d | %d |%n", o.at("/answerPage/medianMs").asInt(), o.at("/answerPage/maxMs").asInt()))
                .append(String.format("| an answer shows, marked as sending | %d | |%n", o.path("answerShownMs").asInt()))
                .append(String.format("| the answer shows as saved | %d | |%n", o.path("answerSavedMs").asInt()))
                .append('\n');
    }

    private static void wallAndScreen(StringBuilder md, JsonNode m) {
        md.append("## The affinity wall and the big screen\n\n")
                .append("A workshop of 150 answers (the carers' 140 and 10 more, half of them in 18 themes), in headless ")
                .append("Chromium against the local server (`scripts/wall-screen.mjs`).\n\n")
                .append("| measure | value |\n| --- | ---: |\n")
                .append(String.format("| answers fully visible on the wall at 1366×900 | %d |%n", m.path("visible").asInt()))
                .append(String.format("| key presses to move a found answer to any theme (M, its number, Enter) | %d |%n", m.path("keyPresses").asInt()))
                .append(String.format("| ten selected answers moved at once, from the click to the wall redrawn (ms) | %d |%n", m.path("tenMovedMs").asInt()))
                .append(String.format("| pages of the big screen's wall at 1366×768 | %d |%n", m.path("screenWallPages").asInt()))
                .append(String.format("| smallest text on the big screen at 1366×768 (px) | %.0f |%n", m.path("screenSmallestPx").asDouble()))
                .append('\n');
    }
}
