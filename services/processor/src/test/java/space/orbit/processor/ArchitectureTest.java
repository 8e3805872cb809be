package space.orbit.processor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import space.orbit.test.AccessRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The processor's features stay apart, and each operation declares the role it needs.
 */
@AnalyzeClasses(packages = "space.orbit.processor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("space.orbit.processor.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule readingSamplesDoesNotDependOnTheSpine = noClasses().that()
		.resideInAPackage("..processor.samples..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..processor.telemetry..");

	@ArchTest
	static final ArchRule theSpineDoesNotDependOnTheReadSide = noClasses().that()
		.resideInAPackage("..processor.telemetry..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..processor.samples..");

	@ArchTest
	static final ArchRule roles = AccessRules.EVERY_OPERATION_DECLARES_ITS_ROLE;

}
