package space.orbit.console;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The console reaches the services through their HTTP APIs only (never a database or a
 * broker), its views by feature do not use each other, and who is acting comes from the
 * operator interface (the slot a login fills).
 */
@AnalyzeClasses(packages = "space.orbit.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule noDatabaseOrBroker = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("java.sql..", "jakarta.persistence..", "org.springframework.jdbc..", "org.apache.kafka..",
				"org.springframework.amqp..", "io.nats..");

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("space.orbit.console.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule featuresDoNotUseEachOther = slices().matching("space.orbit.console.(mission|alerts|flight)..")
		.should()
		.notDependOnEachOther();

	@ArchTest
	static final ArchRule theOperatorComesFromItsInterface = noClasses().that()
		.resideOutsideOfPackage("..console.operator..")
		.should()
		.dependOnClassesThat()
		.haveSimpleName("SessionOperator");

}
