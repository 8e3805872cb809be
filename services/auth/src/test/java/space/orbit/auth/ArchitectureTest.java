package space.orbit.auth;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The issuer builds on the login and the signing key; the API keys know no protocol; the
 * signing key knows no feature; only the signing package touches the private key.
 */
@AnalyzeClasses(packages = "space.orbit.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("space.orbit.auth.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule theSigningKeyKnowsNoFeature = noClasses().that()
		.resideInAPackage("..auth.signing..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..auth.issuer..", "..auth.login..", "..auth.apikeys..", "..auth.api..");

	@ArchTest
	static final ArchRule apiKeysKnowNoProtocol = noClasses().that()
		.resideInAPackage("..auth.apikeys..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..auth.issuer..", "..auth.login..", "..auth.signing..",
				"org.springframework.security.oauth2.server.authorization..");

	@ArchTest
	static final ArchRule onlyTheSigningPackageReadsKeyFiles = noClasses().that()
		.resideOutsideOfPackage("..auth.signing..")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.security.spec.PKCS8EncodedKeySpec");

	@ArchTest
	static final ArchRule theLoginKnowsNoAuthorizationServer = noClasses().that()
		.resideInAPackage("..auth.login..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..auth.issuer..", "..auth.apikeys..",
				"org.springframework.security.oauth2.server.authorization..");

}
