package space.orbit.dashboard.pipeline;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import space.orbit.dashboard.DashboardProperties;
import space.orbit.dashboard.login.UserToken;

/** The pipeline strip's parts. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

	@Bean
	PipelineMonitor pipelineMonitor(DashboardProperties properties) {
		return new PipelineMonitor(properties);
	}

	@Bean
	OpenAlerts openAlerts(DashboardProperties properties, ObjectProvider<UserToken> tokens, JsonMapper json) {
		return new OpenAlerts(properties.upstream().analyzer(), properties.pipeline().timeout(),
				tokens.getIfAvailable(), json);
	}

}
