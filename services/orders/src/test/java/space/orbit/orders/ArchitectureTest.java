package space.orbit.orders;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import space.orbit.test.AccessRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Welcome orders go through the order feature; the NATS plumbing knows neither; every
 * operation declares its role (ADR 0017).
 */
@AnalyzeClasses(packages = "space.orbit.orders", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("space.orbit.orders.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule ordersKnowNothingOfWelcomes = noClasses().that()
		.resideInAPackage("..orders.order..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..orders.welcome..");

	@ArchTest
	static final ArchRule roles = AccessRules.EVERY_OPERATION_DECLARES_ITS_ROLE;

}
