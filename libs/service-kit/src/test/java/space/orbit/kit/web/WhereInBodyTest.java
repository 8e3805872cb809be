package space.orbit.kit.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Where a malformed JSON body broke, as a path a user can find in what they sent. */
class WhereInBodyTest {

	record Station(String name) {
	}

	record Request(java.util.List<Station> stations) {
	}

	@Test
	void namesThePropertyAndTheIndexWhereTheBodyBroke() {
		String body = "{\"stations\":[{\"name\":\"KSC\"},{\"id\":\"MALINDI\"}]}";

		assertThat(ServiceExceptionHandler.whereInBody(unreadable(body))).isEqualTo(" (at 'stations[1].id')");
	}

	@Test
	void saysNothingWhenThereIsNoPath() {
		assertThat(ServiceExceptionHandler.whereInBody(unreadable("not json"))).isEmpty();
	}

	private static HttpMessageNotReadableException unreadable(String body) {
		JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		JacksonException cause = catchThrowableOfType(JacksonException.class,
				() -> strict.readValue(body, Request.class));
		assertThat(cause).as("the body does not parse").isNotNull();
		return new HttpMessageNotReadableException("unreadable", cause,
				new MockHttpInputMessage(body.getBytes(StandardCharsets.UTF_8)));
	}

}
