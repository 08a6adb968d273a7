package org.commonground.clustering;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;

/**
 * bge-small-en-v1.5 (quantised, 34 MB), run in this process by ONNX Runtime: statements never
 * leave the deployment. It agreed best with people's own grouping of the small models measured
 * (docs/BENCHMARKS.md). Loaded once (about 1 s), then about 200 statements a second on 2 cores;
 * statements are embedded as they are saved, so a request seldom waits for it.
 */
public final class SentenceEmbeddings {
    /** Names the model in each kept vector's hash, so vectors of another model are never mixed in. */
    public static final String MODEL = "bge-small-en-v1.5-q";
    private static volatile EmbeddingModel model;
    private static final java.util.concurrent.atomic.AtomicLong EMBEDDED = new java.util.concurrent.atomic.AtomicLong();

    private SentenceEmbeddings() {}

    /** Unit-length vectors, so squared distance is 2 - 2 × cosine similarity. */
    public static float[][] embed(List<String> texts) {
        if (texts.isEmpty()) return new float[0][];
        EMBEDDED.addAndGet(texts.size());
        var embeddings = model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < vectors.length; i++) {
            float[] v = embeddings.get(i).vector();
            double norm = 0;
            for (float f : v) norm += f * f;
            norm = Math.sqrt(norm);
            for (int j = 0; j < v.length; j++) v[j] /= (float) norm;
            vectors[i] = v;
        }
        return vectors;
    }

    /** Loads the model now (about 1 s on 2 cores) rather than on the first statement; loading it twice is a no-op. */
    public static void load() {
        model();
    }

    /** How many statements this process has embedded since it started: tells a request that only grouped kept vectors. */
    public static long embedded() { return EMBEDDED.get(); }

    private static EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (SentenceEmbeddings.class) {
                m = model;
                if (m == null) m = model = new BgeSmallEnV15QuantizedEmbeddingModel();
            }
        }
        return m;
    }
}
