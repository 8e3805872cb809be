package space.orbit.worker;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import space.orbit.test.AccessRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The computations stay pure (no Spring, no job machinery), the features are free of
 * cycles, and each operation declares the role it needs.
 */
@AnalyzeClasses(packages = "space.orbit.worker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("space.orbit.worker.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule orbitsArePureComputations = noClasses().that()
		.resideInAPackage("..worker.orbits..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "..worker.jobs..", "..worker.registry..", "..worker.spectral..");

	@ArchTest
	static final ArchRule computationsDoNotKnowAboutJobs = noClasses().that()
		.resideInAnyPackage("..worker.orbits..", "..worker.spectral..", "..worker.compute..", "..worker.registry..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..worker.jobs..");

	@ArchTest
	static final ArchRule theSpectralAnalyzerIsPure = noClasses().that()
		.haveSimpleName("SpectralAnalyzer")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "java.net..");

	@ArchTest
	static final ArchRule roles = AccessRules.EVERY_OPERATION_DECLARES_ITS_ROLE;

}
