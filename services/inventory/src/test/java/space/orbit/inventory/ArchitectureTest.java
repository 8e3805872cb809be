package space.orbit.inventory;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import space.orbit.test.AccessRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Reservations use the stock feature, never the other way round; NATS knows neither;
 * every operation declares its role (ADR 0017).
 */
@AnalyzeClasses(packages = "space.orbit.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("space.orbit.inventory.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule stockKnowsNoReservations = noClasses().that()
		.resideInAPackage("..inventory.stock..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..inventory.reservation..");

	@ArchTest
	static final ArchRule roles = AccessRules.EVERY_OPERATION_DECLARES_ITS_ROLE;

}
