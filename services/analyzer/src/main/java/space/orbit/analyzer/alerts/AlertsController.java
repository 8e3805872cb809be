package space.orbit.analyzer.alerts;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertCommand.Verb;
import space.orbit.kit.security.Actor;
import space.orbit.kit.security.OperatorAccess;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.InvalidParameterException;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;

/**
 * The alerts API: list and read alerts (viewer), and act on them (operator); an action
 * records the caller's token subject as who acted (ADR 0017).
 */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "alerts", description = "Alerts raised by the detectors, and what operators do about them")
class AlertsController {

	static final int MAX_LIMIT = 500;

	private final AlertSearch search;

	private final AlertActions actions;

	private final AlertRequests requests;

	AlertsController(AlertSearch search, AlertActions actions, AlertRequests requests) {
		this.search = search;
		this.actions = actions;
		this.requests = requests;
	}

	@GetMapping
	@ViewerAccess
	@Operation(operationId = "listAlerts", summary = "List alerts, newest first",
			description = "Filtered by spacecraft, state, severity, detector, assignee and tag; pass 'next' as 'after' (with the same filters) "
					+ "for the next page")
	@ApiResponse(responseCode = "200", description = "A page of alerts, newest first; 'next' when more follow")
	Page<AlertView> list(
			@Parameter(description = "Only this spacecraft ('*' for the fleet's storm alert)",
					example = "ORB-1") @RequestParam(required = false) String spacecraftId,
			@Parameter(description = "Only alerts in this state (case does not matter)",
					schema = @Schema(implementation = AlertState.class),
					example = "OPEN") @RequestParam(required = false) String state,
			@Parameter(description = "Only alerts whose worst severity was this (case does not matter)",
					schema = @Schema(implementation = Severity.class),
					example = "CRITICAL") @RequestParam(required = false) String severity,
			@Parameter(description = "Only this detector: limit, rate_of_change, stuck, staleness, statistical, storm",
					example = "limit") @RequestParam(required = false) String detector,
			@Parameter(description = "Only alerts assigned to this person ('me': the caller)",
					example = "ada@orbit.space") @RequestParam(required = false) String assignee,
			@Parameter(description = "Only alerts with this tag",
					example = "thermal") @RequestParam(required = false) String tag,
			@Parameter(description = "Alerts per page: 1 to 500", example = "100",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500",
							defaultValue = "100")) @RequestParam(defaultValue = "100") int limit,
			@Parameter(description = "The previous page's 'next', unchanged",
					example = "NDI") @RequestParam(required = false) String after) {
		AlertSearch.Filter filter = new AlertSearch.Filter(blankToNull(spacecraftId),
				(state != null && !state.isBlank()) ? state(state) : null,
				(severity != null && !severity.isBlank()) ? severity(severity) : null, blankToNull(detector),
				assignee(assignee), blankToNull(tag));
		return this.search.page(filter, PageLimit.check(limit, MAX_LIMIT), after);
	}

	@GetMapping("/{id}")
	@ViewerAccess
	@Operation(operationId = "getAlert", summary = "Read one alert")
	@ApiResponse(responseCode = "200", description = "The alert")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	AlertView get(@Parameter(description = "The alert's id", example = "1") @PathVariable long id) {
		return this.actions.find(id);
	}

	@PostMapping("/{id}/acknowledge")
	@OperatorAccess
	@Operation(operationId = "acknowledgeAlert", summary = "Acknowledge an open alert",
			description = "OPEN -> ACKNOWLEDGED; it stays until it clears (an escalation opens it again)")
	@ApiResponse(responseCode = "200", description = "The acknowledged alert")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	@ApiResponse(responseCode = "409", description = "The alert is not OPEN (reason transition_not_allowed, "
			+ "with its state), or it changed meanwhile (concurrent-change)")
	AlertView acknowledge(@Parameter(description = "The alert's id", example = "1") @PathVariable long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "acknowledge", summary = "Acknowledge alert 1",
							value = "{\"comment\": \"on it\"}"))) @RequestBody AlertActionRequest request) {
		return this.actions.perform(id, this.requests.of(Verb.ACKNOWLEDGE, request));
	}

	@PostMapping("/{id}/shelve")
	@OperatorAccess
	@Operation(operationId = "shelveAlert", summary = "Shelve an alert for a while",
			description = "OPEN or ACKNOWLEDGED (or SHELVED: a new shelf) -> SHELVED until 'duration' passes "
					+ "(at most orbit.analyzer.alerts.max-shelve, 7 days) or it is unshelved; then back where it was")
	@ApiResponse(responseCode = "200", description = "The shelved alert")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	@ApiResponse(responseCode = "409", description = "The alert is CLEARED (reason transition_not_allowed), "
			+ "or it changed meanwhile (concurrent-change)")
	AlertView shelve(@Parameter(description = "The alert's id", example = "2") @PathVariable long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "shelve", summary = "Shelve alert 2 for 30 minutes",
							value = "{\"comment\": \"maintenance\", \"duration\": \"PT30M\"}"))) @RequestBody AlertActionRequest request) {
		return this.actions.perform(id, this.requests.of(Verb.SHELVE, request));
	}

	@PostMapping("/{id}/unshelve")
	@OperatorAccess
	@Operation(operationId = "unshelveAlert", summary = "Lift an alert's shelf",
			description = "SHELVED -> the state it was shelved in")
	@ApiResponse(responseCode = "200", description = "The alert, back in the state it was shelved in")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	@ApiResponse(responseCode = "409", description = "The alert is not SHELVED (reason transition_not_allowed), "
			+ "or it changed meanwhile (concurrent-change)")
	AlertView unshelve(@Parameter(description = "The alert's id", example = "2") @PathVariable long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "unshelve", summary = "Lift the shelf of alert 2",
							value = "{\"comment\": \"maintenance done\"}"))) @RequestBody AlertActionRequest request) {
		return this.actions.perform(id, this.requests.of(Verb.UNSHELVE, request));
	}

	@PostMapping("/{id}/clear")
	@OperatorAccess
	@Operation(operationId = "clearAlert", summary = "Clear an alert",
			description = "OPEN, ACKNOWLEDGED or SHELVED -> CLEARED (for a latching alert, the only way)")
	@ApiResponse(responseCode = "200", description = "The cleared alert")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	@ApiResponse(responseCode = "409", description = "The alert is CLEARED already (reason "
			+ "transition_not_allowed), or it changed meanwhile (concurrent-change)")
	AlertView clear(@Parameter(description = "The alert's id", example = "3") @PathVariable long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "clear", summary = "Clear alert 3",
							value = "{\"comment\": \"fixed\"}"))) @RequestBody AlertActionRequest request) {
		return this.actions.perform(id, this.requests.of(Verb.CLEAR, request));
	}

	private static AlertState state(String text) {
		try {
			return AlertState.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("state", "must be one of OPEN, ACKNOWLEDGED, SHELVED, CLEARED");
		}
	}

	private static Severity severity(String text) {
		try {
			return Severity.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("severity", "must be one of WARNING, CRITICAL");
		}
	}

	private static String assignee(String assignee) {
		String name = blankToNull(assignee);
		return AlertRequests.ME.equals(name) ? Actor.current() : name;
	}

	private static String blankToNull(String text) {
		return (text != null && !text.isBlank()) ? text : null;
	}

}
