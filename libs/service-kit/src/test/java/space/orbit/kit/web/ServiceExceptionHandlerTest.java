package space.orbit.kit.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract's classes of error, each with its status, type and errors (ADR 0012). */
class ServiceExceptionHandlerTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.standaloneSetup(new Orders())
			.setControllerAdvice(new ServiceExceptionHandler(new Rejections(this.registry)))
			.setMessageConverters(new StringHttpMessageConverter(),
					new JacksonJsonHttpMessageConverter(JsonMapper.builder()
						.addModule(StorableText.module())
						.addMixIn(org.springframework.http.ProblemDetail.class,
								org.springframework.http.converter.json.ProblemDetailJacksonMixin.class)
						.build()))
			.addInterceptors(new StorableParameters())
			.build();
	}

	@Test
	void aBodyThatIsNotJsonIs400MalformedRequestSayingWhere() throws Exception {
		postOrder("{\"item\": ").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(type("malformed-request"))
			.andExpect(jsonPath("$.title").value("Malformed request"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("line 1, column")))
			.andExpect(jsonPath("$.instance").value("/orders"));
	}

	@Test
	void noBodyIs400MalformedRequest() throws Exception {
		this.mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(type("malformed-request"));
	}

	@Test
	void aWrongJsonTypeIs422PointingAtTheField() throws Exception {
		postOrder("{\"item\":\"kit\",\"lines\":[{\"quantity\":\"many\"}]}").andExpect(status().isUnprocessableContent())
			.andExpect(type("invalid-request"))
			.andExpect(jsonPath("$.errors[0].pointer").value("/lines/0/quantity"))
			.andExpect(jsonPath("$.errors[0].reason").value("invalid_value"))
			.andExpect(jsonPath("$.errors[0].detail").value("must be a number, was 'many'"));
	}

	@Test
	void anUnknownEnumConstantIs422ListingTheConstants() throws Exception {
		postOrder("{\"item\":\"kit\",\"lines\":[{\"quantity\":1}],\"priority\":\"URGENT\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/priority"))
			.andExpect(jsonPath("$.errors[0].detail").value("must be one of [LOW, HIGH], was 'URGENT'"));
	}

	@Test
	void aBadInstantIs422SayingTheFormat() throws Exception {
		postOrder("{\"item\":\"kit\",\"lines\":[{\"quantity\":1}],\"due\":\"tomorrow\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/due"))
			.andExpect(jsonPath("$.errors[0].detail")
				.value(org.hamcrest.Matchers.startsWith("must be an ISO-8601 Instant (such as")));
	}

	@Test
	void anUnknownPolymorphicTypeIs422AtTypeListingTheAcceptedOnes() throws Exception {
		this.mvc.perform(post("/shapes").contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"SQUARE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/type"))
			.andExpect(jsonPath("$.errors[0].reason").value("unknown_type"))
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("CIRCLE")));
		this.mvc.perform(post("/shapes").contentType(MediaType.APPLICATION_JSON).content("{\"radius\":1}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/type"))
			.andExpect(jsonPath("$.errors[0].reason").value("missing_type"));
	}

	@Test
	void failedConstraintsAre422WithAPointerAndAReasonEach() throws Exception {
		postOrder("{\"item\":\"\",\"lines\":[{\"quantity\":null}]}").andExpect(status().isUnprocessableContent())
			.andExpect(type("invalid-request"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/item')].reason").value("not_blank"))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/lines/0/quantity')].reason").value("not_null"));
	}

	@Test
	void textNoStoreCanKeepIs422InvalidTextAtTheField() throws Exception {
		double before = rejected("invalid-request", "invalid_text");
		postOrder("{\"item\":\"kit\\u0000\",\"lines\":[{\"quantity\":1}]}").andExpect(status().isUnprocessableContent())
			.andExpect(type("invalid-request"))
			.andExpect(jsonPath("$.errors[0].pointer").value("/item"))
			.andExpect(jsonPath("$.errors[0].reason").value("invalid_text"));
		postOrder("{\"item\":\"\\ud800kit\",\"lines\":[{\"quantity\":1}]}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].reason").value("invalid_text"));
		assertThat(rejected("invalid-request", "invalid_text")).isEqualTo(before + 2);
		postOrder("{\"item\":\"kit \\ud83d\\ude80\",\"lines\":[{\"quantity\":1}]}").andExpect(status().isOk());
	}

	@Test
	void aQueryParameterNoStoreCanKeepIs400InvalidText() throws Exception {
		this.mvc.perform(get("/required").param("userId", "a\u0000b"))
			.andExpect(status().isBadRequest())
			.andExpect(type("invalid-parameter"))
			.andExpect(jsonPath("$.errors[0].parameter").value("userId"))
			.andExpect(jsonPath("$.errors[0].reason").value("invalid_text"));
		this.mvc.perform(get("/required").param("userId", "ok")).andExpect(status().isOk());
	}

	@Test
	void aLimitAboveTheMaximumIs400NamingTheMaximum() throws Exception {
		this.mvc.perform(get("/orders").param("limit", "501"))
			.andExpect(status().isBadRequest())
			.andExpect(type("invalid-parameter"))
			.andExpect(jsonPath("$.maximum").value(500))
			.andExpect(jsonPath("$.errors[0].parameter").value("limit"))
			.andExpect(jsonPath("$.detail").value("Parameter 'limit' must be between 1 and 500, was 501."));
	}

	@Test
	void aParameterOfTheWrongTypeOrMissingIs400NamingIt() throws Exception {
		this.mvc.perform(get("/orders").param("limit", "ten"))
			.andExpect(status().isBadRequest())
			.andExpect(type("invalid-parameter"))
			.andExpect(jsonPath("$.errors[0].parameter").value("limit"));
		this.mvc.perform(get("/required"))
			.andExpect(status().isBadRequest())
			.andExpect(type("invalid-parameter"))
			.andExpect(jsonPath("$.errors[0].parameter").value("userId"))
			.andExpect(jsonPath("$.errors[0].detail").value("is required"));
	}

	@Test
	void aConflictCarriesItsReasonAndIsCountedUnderIt() throws Exception {
		double before = rejected("conflict", "duplicate_email");
		this.mvc.perform(get("/conflict"))
			.andExpect(status().isConflict())
			.andExpect(type("conflict"))
			.andExpect(jsonPath("$.reason").value("duplicate_email"));
		assertThat(rejected("conflict", "duplicate_email")).isEqualTo(before + 1);
	}

	@Test
	void anOptimisticLockFailureIs409ConcurrentChange() throws Exception {
		this.mvc.perform(get("/raced")).andExpect(status().isConflict()).andExpect(type("concurrent-change"));
	}

	@Test
	void anUnreachableDatabaseIs503WithRetryAfterAndIsNotCountedAsARejection() throws Exception {
		assertDatabaseUnavailable("/database-down");
		assertThat(this.registry.find(Rejections.METER).tag("type", "dependency-unavailable").counter()).isNull();
	}

	/**
	 * A connection the server ended under a transaction (PostgreSQL restarting: SQL state
	 * 57P01) reported as an uncategorized data access failure, as Hibernate's
	 * JpaSystemException reports it: 503, not a bug.
	 */
	@Test
	void aConnectionTheDatabaseEndedIs503NotABug() throws Exception {
		assertDatabaseUnavailable("/database-restarting");
	}

	/**
	 * The rollback of that transaction failing on the connection the pool had closed as
	 * broken (HikariCP's "Connection is closed", no SQL state), its exception replacing
	 * the one with 57P01: 503 too.
	 */
	@Test
	void aRollbackOnAConnectionThePoolClosedIs503NotABug() throws Exception {
		assertDatabaseUnavailable("/rollback-on-a-closed-connection");
	}

	private void assertDatabaseUnavailable(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isServiceUnavailable())
			.andExpect(type("dependency-unavailable"))
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.dependency").value("database"));
	}

	@Test
	void anSqlErrorThatIsNoLostConnectionIsStill500() throws Exception {
		this.mvc.perform(get("/sql-bug")).andExpect(status().isInternalServerError()).andExpect(type("internal-error"));
	}

	@Test
	void anotherMediaTypeIs415() throws Exception {
		this.mvc.perform(post("/orders").contentType(MediaType.TEXT_PLAIN).content("kit"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(type("unsupported-media-type"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'text/plain'")));
	}

	@Test
	void aWildcardContentTypeIs415NotABug() throws Exception {
		this.mvc.perform(post("/orders").header("Content-Type", "*/*").content("{\"item\":\"kit\"}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(type("unsupported-media-type"));
	}

	@Test
	void aFormBodyWithAnEmptyParameterIsNotABug() throws Exception {
		this.mvc.perform(get("/required").param("userId", "ok").param("flag", (String) null))
			.andExpect(status().isOk());
	}

	@Test
	void aBugIs500WithoutItsMessage() throws Exception {
		this.mvc.perform(get("/bug"))
			.andExpect(status().isInternalServerError())
			.andExpect(type("internal-error"))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
	}

	@Test
	void everyRejectionIsCountedByTypeAndFirstReason() throws Exception {
		double before = rejected("invalid-request", "not_blank");
		postOrder("{\"item\":\"\",\"lines\":[{\"quantity\":1}]}").andExpect(status().isUnprocessableContent());
		assertThat(rejected("invalid-request", "not_blank")).isEqualTo(before + 1);
	}

	private ResultActions postOrder(String body) throws Exception {
		return this.mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private double rejected(String type, String reason) {
		var counter = this.registry.find(Rejections.METER).tag("type", type).tag("reason", reason).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static org.springframework.test.web.servlet.ResultMatcher type(String slug) {
		return jsonPath("$.type").value(ProblemType.PREFIX + slug);
	}

	enum Priority {

		LOW, HIGH

	}

	record Line(@NotNull Integer quantity) {
	}

	record PlaceOrder(@NotBlank String item, @NotEmpty List<@Valid Line> lines, Priority priority, Instant due) {
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Circle.class, name = "CIRCLE") })
	sealed interface Shape permits Circle {

	}

	record Circle(double radius) implements Shape {
	}

	@RestController
	static class Orders {

		@PostMapping("/orders")
		String place(@Valid @RequestBody PlaceOrder order) {
			return "ok";
		}

		@GetMapping("/orders")
		String list(@RequestParam(defaultValue = "100") int limit) {
			PageLimit.check(limit, 500);
			return "[]";
		}

		@GetMapping("/required")
		String required(@RequestParam String userId) {
			return userId;
		}

		@PostMapping("/shapes")
		String shape(@RequestBody Shape shape) {
			return "ok";
		}

		@GetMapping("/conflict")
		String conflict() {
			throw new ConflictException("duplicate_email", "The e-mail address is taken.");
		}

		@GetMapping("/raced")
		String raced() {
			throw new OptimisticLockingFailureException("version 3 is gone");
		}

		@GetMapping("/database-down")
		String databaseDown() {
			throw new DataAccessResourceFailureException("connection refused");
		}

		@GetMapping("/database-restarting")
		String databaseRestarting() {
			// As Hibernate's JpaSystemException: an uncategorized data access failure.
			throw new org.springframework.jdbc.UncategorizedSQLException("select", "select 1",
					new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01"));
		}

		@GetMapping("/rollback-on-a-closed-connection")
		String rollbackOnAClosedConnection() {
			// As JpaTransactionManager reports it: Hibernate's TransactionException
			// ("Unable to rollback against JDBC Connection") around HikariCP's.
			throw new org.springframework.transaction.TransactionSystemException(
					"Unable to rollback against JDBC Connection",
					new IllegalStateException("Unable to rollback against JDBC Connection",
							new java.sql.SQLException("Connection is closed")));
		}

		@GetMapping("/sql-bug")
		String sqlBug() {
			throw new org.springframework.jdbc.UncategorizedSQLException("select", "select x",
					new java.sql.SQLException("ERROR: column \"x\" does not exist", "42703"));
		}

		@GetMapping("/bug")
		String bug() {
			throw new IllegalStateException("secret internals");
		}

	}

}
