package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.commonground.kernel.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Makes a release from the artifacts this build made (the same jars scripts/build-lambda copies
 * to dist/), unpacks it, and checks that the packaged template and the artifacts belong
 * together: every location it names is in the release, and every handler loads from the
 * artifact its function names, with nothing else on the class path.
 */
class ReleaseTest {
    private static final String BUCKET = "council-releases";
    private static final Map<String, Path> BUILT = Map.of(
            "dist/functions.zip", LocalAws.ROOT.resolve("functions/target/functions-0.1.0-lambda.jar"),
            "dist/clustering.zip", LocalAws.ROOT.resolve("suggestions/target/suggestions-0.1.0-lambda.jar"),
            "dist/site.zip", LocalAws.ROOT.resolve("site/target/site-0.1.0-lambda.jar"));

    @TempDir
    static Path work;
    private static Path unpacked;
    private static JsonNode packaged;

    @BeforeAll
    static void makeAndUnpackARelease() throws IOException {
        Path zip = work.resolve("release.zip");
        new Release(BUCKET, "common-ground/0.1.0", local -> BUILT.getOrDefault(local, LocalAws.ROOT.resolve(local)))
                .write(LocalAws.TEMPLATE, "https://example.org/common-ground", zip);
        unpacked = work.resolve("unpacked");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = unpacked.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(unpacked), entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        packaged = Json.MAPPER.readTree(unpacked.resolve("packaged-template.json").toFile());
    }

    @Test
    void theTemplateUsesOnlyTheTransformTheRepositoryAcceptsAndNamesNoLocalFile() throws IOException {
        assertEquals("AWS::Serverless-2016-10-31", packaged.path("Transform").asText());
        String text = Files.readString(unpacked.resolve("packaged-template.json"));
        assertFalse(text.contains("\"dist/"), "a local path is left in the packaged template");
    }

    @Test
    void everyLocationTheTemplateNamesIsInTheRelease() {
        List<String> locations = new ArrayList<>();
        Pattern s3 = Pattern.compile("\"(s3://[^\"]+)\"");
        Matcher m = s3.matcher(packaged.toString());
        while (m.find()) locations.add(m.group(1));
        assertEquals(6, locations.size(), "code in three artifacts (the API functions share one, the two clustering functions another), the licence and the readme: " + locations);
        for (String location : locations) {
            assertTrue(location.startsWith("s3://" + BUCKET + "/common-ground/0.1.0/"), location);
            assertTrue(Files.isRegularFile(artifact(location)), location + " is not in the release");
        }
    }

    @Test
    void everyHandlerLoadsFromTheArtifactItsFunctionNames() throws Exception {
        String global = packaged.path("Globals").path("Function").path("CodeUri").asText();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = packaged.path("Resources").fields(); it.hasNext(); ) {
            var resource = it.next();
            if (!"AWS::Serverless::Function".equals(resource.getValue().path("Type").asText())) continue;
            JsonNode properties = resource.getValue().path("Properties");
            String location = properties.path("CodeUri").asText(global);
            String handler = properties.path("Handler").asText();
            String className = handler.substring(0, handler.indexOf("::"));
            // Only the artifact and the JDK: nothing from this build's class path can stand in for a missing class.
            try (URLClassLoader loader = new URLClassLoader(new URL[] {artifact(location).toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
                Class<?> type = Class.forName(className, false, loader);
                type.getConstructor();
                Method method = List.of(type.getMethods()).stream().filter(x -> x.getName().equals(handler.substring(handler.indexOf("::") + 2)))
                        .findFirst().orElseThrow(() -> new AssertionError(handler + " has no such method"));
                // Resolving the parameter types loads the event and context classes from the artifact too.
                assertTrue(method.getParameterTypes().length >= 2, handler);
                Set<String> interfaces = new TreeSet<>();
                for (Class<?> t = type; t != null; t = t.getSuperclass()) {
                    for (Class<?> i : t.getInterfaces()) interfaces.add(i.getName());
                }
                assertTrue(interfaces.contains("com.amazonaws.services.lambda.runtime.RequestHandler")
                        || interfaces.contains("com.amazonaws.services.lambda.runtime.RequestStreamHandler"), resource.getKey() + ": " + interfaces);
            }
            checked++;
        }
        assertEquals(LocalAws.TEMPLATE.functions().size(), checked);
    }

    @Test
    void thePublishersArtifactCarriesEveryPage() throws IOException {
        String location = packaged.path("Resources").path("SiteFunction").path("Properties").path("CodeUri").asText();
        Path web = LocalAws.ROOT.resolve("web");
        Set<String> pages;
        try (Stream<Path> files = Files.walk(web)) {
            pages = files.filter(Files::isRegularFile).map(f -> "site/" + web.relativize(f)).collect(Collectors.toCollection(TreeSet::new));
        }
        try (ZipFile zip = new ZipFile(artifact(location).toFile())) {
            Set<String> carried = zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith("site/") && !n.endsWith("/"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(pages, carried);
            try (InputStream index = zip.getInputStream(zip.getEntry("site/index.html"))) {
                assertEquals(Files.readString(web.resolve("index.html")), new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theRepositoryListingHasEverythingItNeeds() throws IOException {
        JsonNode application = packaged.path("Metadata").path("AWS::ServerlessRepo::Application");
        for (String field : List.of("Name", "Description", "Author", "SpdxLicenseId", "LicenseUrl", "ReadmeUrl", "SemanticVersion", "SourceCodeUrl", "HomePageUrl")) {
            assertFalse(application.path(field).asText().isBlank(), field);
        }
        String pom = Files.readString(LocalAws.ROOT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>common-ground</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find());
        assertEquals(version.group(1), application.path("SemanticVersion").asText(), "the listing's version follows the build's");
        assertEquals(Files.readString(LocalAws.ROOT.resolve("README.md")), Files.readString(artifact(application.path("ReadmeUrl").asText())));
        JsonNode policy = Json.MAPPER.readTree(unpacked.resolve("bucket-policy.json").toFile());
        assertEquals("serverlessrepo.amazonaws.com", policy.at("/Statement/0/Principal/Service").asText());
        assertEquals("arn:aws:s3:::" + BUCKET + "/common-ground/0.1.0/*", policy.at("/Statement/0/Resource").asText());
    }

    private static Path artifact(String location) {
        return unpacked.resolve("artifacts").resolve(location.substring(("s3://" + BUCKET + "/").length()));
    }
}
