package space.orbit.kit;

import java.time.Clock;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;
import org.springframework.core.Ordered;
import space.orbit.kit.observability.RequestIdFilter;
import space.orbit.kit.observability.TraceContexts;
import space.orbit.kit.faults.HaltPoints;
import space.orbit.kit.openapi.OpenApiContract;
import space.orbit.kit.web.ProblemErrorReportValve;
import space.orbit.kit.web.Rejections;
import space.orbit.kit.web.StorableParameters;
import space.orbit.kit.web.StorableText;
import space.orbit.kit.web.ServiceExceptionHandler;

/**
 * Wires the service kit into every Orbit service. Before Spring MVC's auto-configuration,
 * so that its {@code ServiceExceptionHandler} replaces Boot's own problem-details handler
 * instead of running after it (Boot's would answer first, without Orbit's problem types).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
public class ServiceKitAutoConfiguration {

	/** The clock services stamp times with (a bean, so tests can fix it). */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new TraceContexts(tracer, propagator);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<RequestIdFilter> requestIdFilter(TraceContexts traceContexts) {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(
				new RequestIdFilter(traceContexts));
		// After the server observation filter (HIGHEST_PRECEDENCE + 1), so the request
		// span exists.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnMissingBean
	ServiceExceptionHandler serviceExceptionHandler(ObjectProvider<MeterRegistry> meters) {
		return new ServiceExceptionHandler(new Rejections(meters.getIfAvailable(SimpleMeterRegistry::new)));
	}

	/**
	 * Text no store can keep (a NUL, an unpaired surrogate) refused in every JSON body:
	 * 422 at the field instead of a failed write later ({@link StorableText}).
	 */
	@Bean
	JacksonModule orbitStorableText() {
		return StorableText.module();
	}

	/** The same for query parameters: 400 naming the parameter. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	WebMvcConfigurer orbitStorableParameters() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new StorableParameters());
			}
		};
	}

	/**
	 * Tomcat's own refusals (an encoded NUL in the path, a malformed URI) as problem
	 * details instead of its HTML error page.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class TomcatProblems {

		@Bean
		TomcatContextCustomizer orbitProblemErrorReports() {
			return (context) -> {
				if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
			};
		}

	}

	/**
	 * The documents' shared parts; {@code orbit.api.server-url} is the service's address.
	 */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	OpenApiContract orbitOpenApiContract(@Value("${orbit.api.server-url:http://127.0.0.1:8080}") String serverUrl) {
		return new OpenApiContract(serverUrl);
	}

	/**
	 * Crash-test halt points, armed by {@code orbit.faults.halt-at} (a list), else none.
	 */
	@Bean
	@ConditionalOnMissingBean
	HaltPoints haltPoints(@Value("${orbit.faults.halt-at:}") Set<String> armed) {
		return new HaltPoints(armed.stream()
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.collect(java.util.stream.Collectors.toSet()));
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAPI orbitOpenApi(@Value("${spring.application.name:orbit}") String name,
			@Value("${orbit.api.description:An Orbit service.}") String description) {
		return new OpenAPI().info(new Info().title("Orbit " + name).version("v1").description(description));
	}

}
