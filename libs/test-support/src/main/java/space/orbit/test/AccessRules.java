package space.orbit.test;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Architecture rules of authentication (ADR 0017), for each service's ArchitectureTest.
 */
public final class AccessRules {

	private static final String PRE_AUTHORIZE = "org.springframework.security.access.prepost.PreAuthorize";

	/**
	 * Every handler method of a REST controller declares the role it needs (one of the
	 * kit's access annotations, on itself or its class): an operation added without one
	 * fails the build instead of being open to any token.
	 */
	public static final ArchRule EVERY_OPERATION_DECLARES_ITS_ROLE = methods().that()
		.areDeclaredInClassesThat()
		.areMetaAnnotatedWith("org.springframework.web.bind.annotation.RestController")
		.and()
		.areMetaAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
		.should(new ArchCondition<>(
				"declare the role they need (@ViewerAccess, @OperatorAccess, @AdminAccess, " + "@RoleAccess)") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean declared = method.isMetaAnnotatedWith(PRE_AUTHORIZE)
						|| method.getOwner().isMetaAnnotatedWith(PRE_AUTHORIZE);
				events.add(new SimpleConditionEvent(method, declared,
						method.getFullName() + (declared ? " declares its role" : " declares no role")));
			}
		});

	private AccessRules() {
	}

}
