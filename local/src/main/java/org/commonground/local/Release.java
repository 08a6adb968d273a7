package org.commonground.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.commonground.kernel.Json;

/**
 * Makes a release as {@code sam package} would, without SAM CLI: every local file the template
 * names (code locations, the licence and the readme) is given a key by its SHA-256 under the
 * prefix, and the template is rewritten to name {@code s3://BUCKET/KEY}. The release is one zip:
 * {@code packaged-template.json}, {@code artifacts/} laid out as the bucket's keys, and
 * {@code bucket-policy.json} that lets the Serverless Application Repository read them.
 *
 * <p>Usage: Release --bucket NAME [--prefix PATH] [--source-url URL] [--out FILE.zip]
 */
public final class Release {
    private final String bucket;
    private final String prefix;
    private final Function<String, Path> files;
    private final Map<String, Path> artifacts = new LinkedHashMap<>();

    /**
     * @param bucket the S3 bucket the artifacts will be uploaded to
     * @param prefix the key prefix, without a trailing slash
     * @param files where each local path the template names is on this machine
     */
    public Release(String bucket, String prefix, Function<String, Path> files) {
        this.bucket = bucket;
        this.prefix = prefix;
        this.files = files;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i], args[i + 1]);
        String bucket = options.get("--bucket");
        if (bucket == null) throw new IllegalArgumentException("Usage: Release --bucket NAME [--prefix PATH] [--source-url URL] [--out FILE.zip]");
        Path root = Path.of(System.getProperty("commonground.root", ".")).toAbsolutePath().normalize();
        Template template = Template.load(root.resolve("template.yaml"));
        String version = String.valueOf(application(template.document()).get("SemanticVersion"));
        Path out = Path.of(options.getOrDefault("--out", root.resolve("dist/common-ground-" + version + ".zip").toString()));
        Release release = new Release(bucket, options.getOrDefault("--prefix", "common-ground/" + version), root::resolve);
        release.write(template, options.get("--source-url"), out);
        System.out.println(out);
    }

    /** Writes the release zip for this template; sourceUrl (may be null) becomes SourceCodeUrl and HomePageUrl. */
    public void write(Template template, String sourceUrl, Path out) throws IOException {
        ObjectNode packaged = Json.MAPPER.valueToTree(template.document());
        ObjectNode globals = (ObjectNode) packaged.path("Globals").path("Function");
        if (globals.has("CodeUri")) globals.put("CodeUri", upload(globals.get("CodeUri").asText()));
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = packaged.path("Resources").fields(); it.hasNext(); ) {
            ObjectNode resource = (ObjectNode) it.next().getValue();
            if (!"AWS::Serverless::Function".equals(resource.path("Type").asText())) continue;
            ObjectNode properties = (ObjectNode) resource.get("Properties");
            if (properties.has("CodeUri")) properties.put("CodeUri", upload(properties.get("CodeUri").asText()));
        }
        ObjectNode application = (ObjectNode) packaged.path("Metadata").path("AWS::ServerlessRepo::Application");
        for (String field : new String[] {"LicenseUrl", "ReadmeUrl"}) {
            application.put(field, upload(application.get(field).asText()));
        }
        if (sourceUrl != null && !sourceUrl.isBlank()) {
            application.put("SourceCodeUrl", sourceUrl);
            application.put("HomePageUrl", sourceUrl);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            // The artifacts are zips already: storing them as they are is as small and much faster.
            zip.setLevel(Deflater.NO_COMPRESSION);
            add(zip, "packaged-template.json", Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(packaged));
            add(zip, "bucket-policy.json", Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(bucketPolicy()));
            for (var artifact : artifacts.entrySet()) {
                zip.putNextEntry(new ZipEntry("artifacts/" + artifact.getKey()));
                Files.copy(artifact.getValue(), zip);
                zip.closeEntry();
            }
        }
    }

    private String upload(String local) throws IOException {
        if (local.startsWith("s3://")) return local;
        Path file = files.apply(local);
        if (!Files.isRegularFile(file)) throw new IllegalStateException("The template names " + local + ", which was not built (" + file + ")");
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String key = prefix + "/" + sha256(file) + (dot > 0 ? name.substring(dot) : "-" + name);
        artifacts.put(key, file);
        return "s3://" + bucket + "/" + key;
    }

    private ObjectNode bucketPolicy() {
        ObjectNode policy = Json.MAPPER.createObjectNode().put("Version", "2012-10-17");
        ArrayNode statements = policy.putArray("Statement");
        ObjectNode read = statements.addObject().put("Sid", "ServerlessApplicationRepositoryReadsTheRelease").put("Effect", "Allow");
        read.putObject("Principal").put("Service", "serverlessrepo.amazonaws.com");
        read.put("Action", "s3:GetObject").put("Resource", "arn:aws:s3:::" + bucket + "/" + prefix + "/*");
        return policy;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> application(Map<String, Object> document) {
        return (Map<String, Object>) Template.map(document.get("Metadata")).get("AWS::ServerlessRepo::Application");
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
