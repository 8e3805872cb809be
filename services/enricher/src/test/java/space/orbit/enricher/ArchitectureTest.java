package space.orbit.enricher;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import space.orbit.test.AccessRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The enricher's features stay apart: enrichment is pure (no Kafka, no MongoDB, no
 * Spring), the registry knows nothing of telemetry or the archive, and the archive
 * nothing of Kafka.
 */
@AnalyzeClasses(packages = "space.orbit.enricher", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("space.orbit.enricher.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule enrichmentIsPure = noClasses().that()
		.resideInAPackage("..enricher.enrichment..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.kafka..", "com.mongodb..", "org.bson..", "org.springframework..",
				"..enricher.archive..", "..enricher.telemetry..");

	@ArchTest
	static final ArchRule theRegistryKnowsNothingOfTelemetryOrTheArchive = noClasses().that()
		.resideInAPackage("..enricher.registry..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..enricher.enrichment..", "..enricher.archive..", "..enricher.telemetry..");

	@ArchTest
	static final ArchRule theArchiveKnowsNothingOfKafka = noClasses().that()
		.resideInAPackage("..enricher.archive..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..", "..enricher.telemetry..",
				"..enricher.registry..");

	@ArchTest
	static final ArchRule everyOperationDeclaresItsRole = AccessRules.EVERY_OPERATION_DECLARES_ITS_ROLE;

}
