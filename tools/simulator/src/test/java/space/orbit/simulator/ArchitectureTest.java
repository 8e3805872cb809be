package space.orbit.simulator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The generation is pure: models and faults know nothing of HTTP, Spring or the
 * wall-clock runner; features do not depend on each other in cycles.
 */
@AnalyzeClasses(packages = "space.orbit.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule generationIsPure = noClasses().that()
		.resideInAnyPackage("..simulator.model..", "..simulator.fault..", "..simulator.stream..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..simulator.send..", "..simulator.run..", "org.springframework..", "java.net.http..");

	@ArchTest
	static final ArchRule modelsKnowNoFaults = noClasses().that()
		.resideInAPackage("..simulator.model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..simulator.fault..", "..simulator.stream..");

	@ArchTest
	static final ArchRule noCycles = slices().matching("space.orbit.simulator.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

}
