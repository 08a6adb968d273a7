package org.commonground;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The structure of the functions, checked on the compiled classes: packages depend on each other
 * one way only, the capabilities are plain Java, and AWS is touched only at the edges.
 *
 * <p>Layers, outermost first: {@code handlers} (the Lambda handlers and the composition that
 * builds them) may use everything; {@code api} (API Gateway events in, replies out) and
 * {@code aws} (the table, the DynamoDB stores, SES and S3) implement the edges; the capabilities
 * ({@code workshops}, {@code statements}, {@code themes}, {@code voting}, {@code grid},
 * {@code actionplans}, {@code board}, {@code summaries}, {@code keepingintouch}, {@code records},
 * {@code moderation}, {@code consent}, {@code auth}, {@code outbox}, {@code imports}) use none of
 * Lambda, the AWS SDK, {@code api}, {@code aws} or {@code handlers}; {@code kernel} depends on no
 * other package of ours. Request bodies are read into plain values in {@code api}, so no
 * capability sees one. (That no handler or route group is over 100 lines is
 * {@link HandlerSizeTest}'s, as it reads the source.)
 */
@AnalyzeClasses(packages = "org.commonground",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
    private static final String[] EDGES = {"org.commonground.handlers..", "org.commonground.api..", "org.commonground.aws.."};

    /** Guards the rules below from passing on nothing: the class files (Java 25) must have been read. */
    @ArchTest
    static void readsTheCompiledClasses(JavaClasses classes) {
        assertTrue(classes.contain("org.commonground.handlers.CommonGround"), "the composition was not imported");
        assertTrue(classes.contain("org.commonground.board.Boards"), "the board was not imported");
        assertTrue(classes.size() > 100, "only " + classes.size() + " classes were imported");
        assertTrue(classes.get("org.commonground.handlers.CommonGround").getDirectDependenciesFromSelf().size() > 10,
                "the composition's dependencies were not read");
    }

    /** Guards the request rules from passing on nothing: the body reader is where they expect it. */
    @ArchTest
    static void readsRequestBodiesInApi(JavaClasses classes) {
        assertTrue(classes.contain("org.commonground.api.RequestBody"), "RequestBody is not in api");
        assertTrue(classes.contain("org.commonground.api.WorkshopRequests"), "WorkshopRequests is not in api");
    }

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.commonground.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule capabilitiesArePlainJava = noClasses()
            .that().resideOutsideOfPackages(EDGES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.amazonaws.services.lambda..", "software.amazon.awssdk..",
                    "org.commonground.api..", "org.commonground.aws..", "org.commonground.handlers..")
            .because("domain code knows nothing of Lambda, HTTP or DynamoDB; handlers wire it to them");

    /** Store implementations: a class named Dynamo* in {@code aws}, behind an interface its capability owns. */
    @ArchTest
    static final ArchRule storesLiveInAws = classes()
            .that().haveSimpleNameStartingWith("Dynamo")
            .should().resideInAPackage("org.commonground.aws");

    @ArchTest
    static final ArchRule onlyAwsReadsTheTable = noClasses()
            .that().resideOutsideOfPackage("org.commonground.aws")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk.services.dynamodb.model..")
            .because("items, keys and conditions are written and read only by the stores in aws");

    /**
     * Request bodies are read in {@code api} ({@code RequestBody} and the {@code *Requests} classes),
     * so the rule above keeps every capability and the kernel to the plain values they make.
     */
    @ArchTest
    static final ArchRule requestsAreReadInApi = classes()
            .that().haveSimpleName("RequestBody").or().haveSimpleNameEndingWith("Requests")
            .should().resideInAPackage("org.commonground.api")
            .because("domain records take plain values; reading JSON is the API's edge");

    @ArchTest
    static final ArchRule kernelStandsAlone = noClasses()
            .that().resideInAPackage("org.commonground.kernel..")
            .should().dependOnClassesThat(resideInAPackage("org.commonground..").and(not(resideInAnyPackage("org.commonground.kernel.."))));
}
