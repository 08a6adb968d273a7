package org.commonground.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonground.clustering.SentenceEmbeddings;
import org.commonground.clustering.ThemeSuggestions;

/** How far suggested themes agree with people's own grouping, on labelled statement sets. */
public final class ThemeQuality {
    private ThemeQuality() {}

    record Sample(String name, List<String> texts, List<String> labels, List<String> questions) {
        Sample(String name, List<String> texts, List<String> labels) { this(name, texts, labels, null); }
    }

    /** Only the suggested-themes sections, printed: {@code java … org.commonground.bench.ThemeQuality [../shared/data]}. */
    public static void main(String[] args) throws Exception {
        StringBuilder md = new StringBuilder();
        write(md, Path.of(args.length > 0 ? args[0] : "../../shared/data"));
        System.out.println(md);
        System.exit(0);
    }

    static void write(StringBuilder md, Path sharedData) throws Exception {
        Path nhs = sharedData.resolve("nhs-fft/text_data.csv");
        Path carers = sharedData.resolve("carers-statements.csv");
        md.append("## Suggested themes: agreement with human labels\n\n")
                .append("bge-small-en-v1.5 (quantised, ONNX Runtime, in-process) embeddings, then Ward clustering. ")
                .append("NMI and adjusted Rand index (ARI) against the human labels; \"told\" is cut at the true number of ")
                .append("labels, \"automatic\" at the number the product chooses (the best silhouette between one theme per ten and one per ")
                .append("four statements, at most 40), with statements that fit no group left unsorted (counted as one more group). ")
                .append("NHS samples are random (seed 42), without exact duplicates or empty texts. Times are for embedding ")
                .append("and clustering, the model already loaded; with vectors kept from an earlier request only the clustering ")
                .append("part remains (total minus embed). Goals: carers 0.55, NHS 150 fine 0.6, NHS 1,500 fine 0.4.\n\n")
                .append("| statements | labels | themes | NMI | ARI | seconds |\n| --- | --- | ---: | ---: | ---: | ---: |\n");
        if (!Files.isRegularFile(nhs) || !Files.isRegularFile(carers)) {
            md.append("| (the data sets in ../shared/data were not found) | | | | | |\n\n");
            return;
        }
        SentenceEmbeddings.embed(List.of("warm up"));
        for (int n : List.of(150, 1500)) {
            for (String column : List.of("subcategory", "label")) row(md, nhsSample(nhs, n, column));
        }
        row(md, carersSample(carers));
        row(md, carersByQuestion(carers));
        md.append('\n');
        ready(md, nhs);
        keepResearch(md);
    }

    /**
     * The research tables (every candidate model and grouping choice) take long to make, so they are
     * made by scripts/bench-themes and kept, written up by hand, in docs/theme-candidates.md; that
     * file is copied in here as it stands, so a run of scripts/bench never loses them.
     */
    private static void keepResearch(StringBuilder md) throws Exception {
        Path research = org.commonground.local.LocalAws.ROOT.resolve("docs/theme-candidates.md");
        if (!Files.isRegularFile(research)) {
            md.append("## Suggested themes: candidates measured\n\n(docs/theme-candidates.md was not found.)\n\n");
            return;
        }
        String text = Files.readString(research).strip();
        md.append(text).append("\n\n");
    }

    /**
     * Statements are posted through the API one by one, as a room types them; the table's stream
     * embeds each (as on AWS); then the first request for suggestions is timed, which only reads
     * and groups the kept vectors.
     */
    private static void ready(StringBuilder md, Path nhs) throws Exception {
        md.append("## Suggested themes: ready before anyone asks\n\n")
                .append("NHS statements (those of at most 2,000 characters, as a room can type) posted through the API by people of 5 statements each; DynamoDB Local's stream feeds each ")
                .append("saved statement to the embedding function (as the table's stream does on AWS). \"Embedded\" is the time ")
                .append("from the last post until every vector was kept; \"first request\" is the first request for suggestions ")
                .append("after that, on a new handler (reading the statements and vectors from DynamoDB Local and grouping them); ")
                .append("\"later\" the median of three more. This runs in the same process as the section above, so the grouping code is ")
                .append("already compiled; a new function instance also compiles it on its first calls. Goals: under 0.5 s for 150, under 2 s for 1,500.\n\n")
                .append("| statements | proposals | embedded after last post (s) | first request (s) | later requests (s) |\n")
                .append("| ---: | ---: | ---: | ---: | ---: |\n");
        for (int n : List.of(150, 1500)) {
            // A room can only type answers of up to 2,000 characters, so the few longer NHS comments are passed over.
            List<String> texts = nhsSample(nhs, n + 100, "subcategory").texts().stream()
                    .filter(t -> t.length() <= org.commonground.statements.Gathering.MAX_STATEMENT).limit(n).toList();
            org.commonground.local.Scenario s = org.commonground.local.Scenario.withStream();
            try (var stream = org.commonground.local.LocalStream.start(org.commonground.local.LocalAws.TEMPLATE, s.deployment)) {
                String facilitator = s.facilitator();
                String id = s.createWorkshop(facilitator, "Ready " + n).text("id");
                String token = null;
                for (int i = 0; i < n; i++) {
                    if (i % 5 == 0) token = s.join(id, "carer", "en").token();
                    var said = s.say(id, token, "not_working", texts.get(i));
                    if (said.status() != 201) throw new IllegalStateException(said.body());
                }
                long posted = System.nanoTime();
                var table = new org.commonground.aws.Table(s.deployment.dynamo(), s.deployment.configuration().tableName());
                long deadline = posted + java.time.Duration.ofMinutes(30).toNanos();
                while (table.partition(org.commonground.aws.Keys.vectors(id)).size() < n) {
                    if (System.nanoTime() > deadline) throw new IllegalStateException("The stream did not embed every statement in 30 minutes.");
                    Thread.sleep(100);
                }
                double embedded = (System.nanoTime() - posted) / 1e9;
                var api = new org.commonground.local.ApiClient(s.deployment);
                long start = System.nanoTime();
                var first = api.call("POST /api/workshops/{id}/theme-suggestions", java.util.Map.of("id", id), facilitator, java.util.Map.of());
                double firstSeconds = (System.nanoTime() - start) / 1e9;
                double[] later = new double[3];
                for (int r = 0; r < 3; r++) {
                    long t = System.nanoTime();
                    api.call("POST /api/workshops/{id}/theme-suggestions", java.util.Map.of("id", id), facilitator, java.util.Map.of());
                    later[r] = (System.nanoTime() - t) / 1e9;
                }
                java.util.Arrays.sort(later);
                md.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.2f | %.2f |%n", n, first.json().path("themes").size(),
                        embedded, firstSeconds, later[1]));
            }
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, Sample sample) {
        int told = new HashSet<>(sample.labels()).size();
        long start = System.nanoTime();
        float[][] vectors = SentenceEmbeddings.embed(sample.texts());
        long embedded = System.nanoTime();
        int[] toldLabels = ThemeCandidates.byQuestion(sample, vectors, new ThemeSuggestions.Choices(0, -1, 1, 0, 1, Integer.MAX_VALUE), told);
        long clustered = System.nanoTime();
        int[] automatic = ThemeCandidates.byQuestion(sample, vectors, ThemeSuggestions.Choices.PRODUCT, 0);
        double seconds = (clustered - start) / 1e9;
        long groups = java.util.Arrays.stream(automatic).filter(l -> l >= 0).distinct().count();
        long unsorted = java.util.Arrays.stream(automatic).filter(l -> l < 0).count();
        md.append(String.format(Locale.ROOT, "| %s | told (%d) | %d | %.2f | %.2f | %.2f (embed %.2f) |%n", sample.name(), told, told,
                nmi(toldLabels, sample.labels()), ari(toldLabels, sample.labels()), seconds, (embedded - start) / 1e9));
        md.append(String.format(Locale.ROOT, "| %s | automatic | %d (%d unsorted) | %.2f | %.2f | |%n", sample.name(),
                groups, unsorted, nmi(automatic, sample.labels()), ari(automatic, sample.labels())));
    }

    static Sample nhsSample(Path file, int n, String column) throws Exception {
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords());
        }
        Collections.shuffle(rows, new Random(42));
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord row : rows) {
            String text = row.get("feedback").strip();
            if (text.length() < 3 || !seen.add(text.toLowerCase(Locale.ROOT))) continue;
            texts.add(text);
            labels.add(row.get(column));
            if (texts.size() == n) break;
        }
        return new Sample("NHS feedback, " + n + ", against " + column, texts, labels);
    }

    static Sample carersSample(Path file) throws Exception {
        Sample all = carersByQuestion(file);
        return new Sample("Carers' statements, " + all.texts().size() + ", against theme", all.texts(), all.labels());
    }

    /** The carers' statements grouped within each question, as the product groups them. */
    static Sample carersByQuestion(Path file) throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                texts.add(row.get("text"));
                labels.add(row.get("theme"));
                questions.add(row.get("prompt"));
            }
        }
        return new Sample("Carers' statements, " + texts.size() + ", each question apart, against theme", texts, labels, questions);
    }

    /** How many items fall in each cluster, each label, and each cluster-and-label pair. */
    private record Counts(Map<Integer, Integer> clusters, Map<String, Integer> labels, Map<String, Integer> joint, int n) {
        static Counts of(int[] clusters, List<String> labels) {
            Map<Integer, Integer> a = new HashMap<>();
            Map<String, Integer> b = new HashMap<>();
            Map<String, Integer> joint = new HashMap<>();
            for (int i = 0; i < clusters.length; i++) {
                a.merge(clusters[i], 1, Integer::sum);
                b.merge(labels.get(i), 1, Integer::sum);
                joint.merge(clusters[i] + "\u0000" + labels.get(i), 1, Integer::sum);
            }
            return new Counts(a, b, joint, clusters.length);
        }
    }

    static double nmi(int[] clusters, List<String> labels) {
        Counts c = Counts.of(clusters, labels);
        double n = c.n();
        double mutual = 0;
        for (var e : c.joint().entrySet()) {
            String[] parts = e.getKey().split("\u0000", 2);
            double pij = e.getValue() / n;
            mutual += pij * Math.log(pij / ((c.clusters().get(Integer.parseInt(parts[0])) / n) * (c.labels().get(parts[1]) / n)));
        }
        return 2 * mutual / (entropy(c.clusters().values(), c.n()) + entropy(c.labels().values(), c.n()));
    }

    static double ari(int[] clusters, List<String> labels) {
        Counts c = Counts.of(clusters, labels);
        double index = c.joint().values().stream().mapToDouble(ThemeQuality::pairs).sum();
        double sumA = c.clusters().values().stream().mapToDouble(ThemeQuality::pairs).sum();
        double sumB = c.labels().values().stream().mapToDouble(ThemeQuality::pairs).sum();
        double expected = sumA * sumB / pairs(c.n());
        double max = (sumA + sumB) / 2;
        return (index - expected) / (max - expected);
    }

    private static double pairs(int x) { return x * (x - 1) / 2.0; }

    private static double entropy(java.util.Collection<Integer> counts, int n) {
        double h = 0;
        for (int c : counts) {
            double p = c / (double) n;
            h -= p * Math.log(p);
        }
        return h;
    }
}
