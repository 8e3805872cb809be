package space.orbit.analyzer.alerts;

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
import space.orbit.analyzer.alerts.AlertCommand.Verb;
import space.orbit.kit.security.OperatorAccess;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;

/**
 * The alert workbench's API (ADR 0020): assign, tag and comment on an alert, act on many
 * alerts at once (operator), and read an alert's action log (viewer).
 */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "alerts")
class AlertWorkbenchController {

	static final int MAX_LOG_LIMIT = 500;

	private final AlertRequests requests;

	private final AlertActions actions;

	private final AlertBulkActions bulk;

	AlertWorkbenchController(AlertRequests requests, AlertActions actions, AlertBulkActions bulk) {
		this.requests = requests;
		this.actions = actions;
		this.bulk = bulk;
	}

	@PostMapping("/{id}/assign")
	@OperatorAccess
	@Operation(operationId = "assignAlert", summary = "Assign an alert to someone",
			description = "To a person (as their token's subject names them) or 'me'; replaces any assignee. "
					+ "Not once the alert is CLEARED")
	@ApiResponse(responseCode = "200", description = "The assigned alert")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	@ApiResponse(responseCode = "409", description = "The alert is CLEARED (reason transition_not_allowed), "
			+ "or it changed meanwhile (concurrent-change)")
	AlertView assign(@Parameter(description = "The alert's id", example = "1") @PathVariable long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "assign", summary = "Give alert 1 to Ada",
							value = "{\"assignee\": \"ada@orbit.space\", \"comment\": \"yours, thermal\"}"))) @RequestBody AssignRequest request) {
		return this.actions.perform(id, this.requests.assign(request));
	}

	@PostMapping("/{id}/unassign")
	@OperatorAccess
	@Operation(operationId = "unassignAlert", summary = "Take an alert's assignment away",
			description = "Not once the alert is CLEARED")
	@ApiResponse(responseCode = "200", description = "The alert, assigned to no one")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	@ApiResponse(responseCode = "409", description = "The alert is CLEARED (reason transition_not_allowed), "
			+ "or it changed meanwhile (concurrent-change)")
	AlertView unassign(@Parameter(description = "The alert's id", example = "1") @PathVariable long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "unassign", summary = "Alert 1 back to the pool",
							value = "{\"comment\": \"shift over\"}"))) @RequestBody AlertActionRequest request) {
		return this.actions.perform(id, this.requests.of(Verb.UNASSIGN, request));
	}

	@PostMapping("/{id}/tags")
	@OperatorAccess
	@Operation(operationId = "tagAlert", summary = "Add and remove an alert's tags",
			description = "In any state (a cleared alert is tagged for the record); at most 10 tags an alert, each "
					+ "1 to 32 lower-case letters, digits and . _ : -")
	@ApiResponse(responseCode = "200", description = "The alert with its new tags")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	@ApiResponse(responseCode = "409", description = "The alert changed meanwhile (concurrent-change)")
	AlertView tag(@Parameter(description = "The alert's id", example = "1") @PathVariable long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "tags", summary = "Tag alert 1 eps, no longer thermal",
							value = "{\"add\": [\"eps\"], \"remove\": [\"thermal\"], \"comment\": \"it is the battery\"}"))) @RequestBody TagRequest request) {
		return this.actions.perform(id, this.requests.tag(request));
	}

	@PostMapping("/{id}/comment")
	@OperatorAccess
	@Operation(operationId = "commentAlert", summary = "Write a comment in an alert's log",
			description = "In any state; changes nothing else")
	@ApiResponse(responseCode = "200", description = "The alert (unchanged)")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	AlertView comment(@Parameter(description = "The alert's id", example = "3") @PathVariable long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "comment", summary = "A note on alert 3",
							value = "{\"comment\": \"seen on the previous pass too\"}"))) @RequestBody AlertActionRequest request) {
		return this.actions.perform(id, this.requests.of(Verb.COMMENT, request));
	}

	@PostMapping("/actions")
	@OperatorAccess
	@Operation(operationId = "actOnAlerts", summary = "Act on many alerts at once",
			description = "acknowledge, shelve, unshelve, clear, assign, unassign, tag or comment, on 1 to 100 alerts. "
					+ "An invalid request is refused whole (422) and changes nothing; otherwise each alert is changed "
					+ "or refused on its own (its problem as its own request would answer it) and the answer is 200")
	@ApiResponse(responseCode = "200", description = "What happened to each alert, in the order of the ids")
	BulkActionResult act(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			mediaType = "application/json",
			examples = @ExampleObject(name = "tagMany", summary = "Tag alerts 1 and 2 thermal",
					value = "{\"ids\": [1, 2], \"action\": \"tag\", \"add\": [\"thermal\"], \"comment\": \"heater\"}"))) @RequestBody BulkActionRequest request) {
		return this.bulk.perform(request);
	}

	@GetMapping("/{id}/actions")
	@ViewerAccess
	@Operation(operationId = "listAlertActions", summary = "Read an alert's action log, oldest first",
			description = "Every operator action and every change the analyzer made by itself: who, when, why, and "
					+ "the state before and after; pass 'next' as 'after' for the next page")
	@ApiResponse(responseCode = "200", description = "A page of the log, oldest first; 'next' when more follow")
	@ApiResponse(responseCode = "404", description = "There is no such alert")
	Page<AlertActionView> log(@Parameter(description = "The alert's id", example = "1") @PathVariable long id,
			@Parameter(description = "Entries per page: 1 to 500", example = "100",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500",
							defaultValue = "100")) @RequestParam(defaultValue = "100") int limit,
			@Parameter(description = "The previous page's 'next', unchanged",
					example = "Mw") @RequestParam(required = false) String after) {
		return this.actions.log(id, PageLimit.check(limit, MAX_LOG_LIMIT), after);
	}

}
