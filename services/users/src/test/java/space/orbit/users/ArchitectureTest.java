package space.orbit.users;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import space.orbit.test.AccessRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Accounts use the outbox, the outbox uses NATS; never the other way round. */
@AnalyzeClasses(packages = "space.orbit.users", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule everyOperationDeclaresItsRole = AccessRules.EVERY_OPERATION_DECLARES_ITS_ROLE;

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("space.orbit.users.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule plumbingKnowsNoAccounts = noClasses().that()
		.resideInAPackage("..users.outbox..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..users.account..");

	@ArchTest
	static final ArchRule accountsPublishOnlyThroughTheOutbox = noClasses().that()
		.resideInAPackage("..users.account..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("space.orbit.nats..", "io.nats..");

}
