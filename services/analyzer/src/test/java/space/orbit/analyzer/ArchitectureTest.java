package space.orbit.analyzer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import space.orbit.test.AccessRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The analyzer's features stay apart: detection uses the rules' model and the alert event
 * (the topic's contract), and neither rules nor alerts know about detection.
 */
@AnalyzeClasses(packages = "space.orbit.analyzer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("space.orbit.analyzer.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule rulesAndAlertsDoNotDependOnDetection = noClasses().that()
		.resideInAnyPackage("..analyzer.rules..", "..analyzer.alerts..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..analyzer.detection..");

	@ArchTest
	static final ArchRule alertsDoNotDependOnRules = noClasses().that()
		.resideInAPackage("..analyzer.alerts..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..analyzer.rules..");

	@ArchTest
	static final ArchRule theTopologyDoesNotTouchTheDatabase = noClasses().that()
		.resideInAPackage("..analyzer.detection..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.persistence..", "org.springframework.data..", "org.springframework.jdbc..");

	@ArchTest
	static final ArchRule everyOperationDeclaresItsRole = AccessRules.EVERY_OPERATION_DECLARES_ITS_ROLE;

}
