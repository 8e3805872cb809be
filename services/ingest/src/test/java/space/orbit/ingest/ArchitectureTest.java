package space.orbit.ingest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import space.orbit.test.AccessRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Ingest only queues: it touches no database and no Kafka, its web layer stays
 * package-private, and each operation declares its role.
 */
@AnalyzeClasses(packages = "space.orbit.ingest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule noDatabaseOrKafka = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..", "jakarta.persistence..",
				"org.springframework.jdbc..");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.notBePublic();

	/** Every operation declares the role it needs (ADR 0017). */
	@ArchTest
	static final ArchRule roles = AccessRules.EVERY_OPERATION_DECLARES_ITS_ROLE;

}
