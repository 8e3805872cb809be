package space.orbit.console.operator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import space.orbit.console.api.Credentials;

/**
 * Without a login, every request to a service names the operator in {@code X-Orbit-User}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "orbit.security.enabled", havingValue = false)
class OperatorHeader {

	@Bean
	Credentials operatorNameHeader(CurrentOperator operator) {
		return Credentials.operatorHeader(operator::name);
	}

}
