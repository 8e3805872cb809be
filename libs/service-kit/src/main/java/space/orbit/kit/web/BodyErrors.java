package space.orbit.kit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * What is wrong with a request body, by the contract's classes: not JSON at all is 400
 * {@code malformed-request}; well-formed but not what the operation takes (a wrong JSON
 * type, an unknown enum constant or job type, a failed constraint) is 422
 * {@code invalid-request} with {@code errors} pointing at each place.
 */
final class BodyErrors {

	private static final Pattern KNOWN_IDS = Pattern.compile("known type ids = \\[([^\\]]*)\\]");

	private static final Pattern MISSING_ID = Pattern.compile("missing type id property '([^']+)'");

	private BodyErrors() {
	}

	static ProblemException unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = jacksonCause(ex);
		if (cause instanceof StreamReadException syntax) {
			String where = (syntax.getLocation() != null) ? " (line " + syntax.getLocation().getLineNr() + ", column "
					+ syntax.getLocation().getColumnNr() + ")" : "";
			return new ProblemException(ProblemType.MALFORMED_REQUEST,
					"The body is not valid JSON: " + firstLine(syntax.getOriginalMessage()) + where + ".");
		}
		if (cause instanceof DatabindException binding) {
			String pointer = JsonPointers.of(binding.getPath());
			ProblemError error = error(binding, pointer);
			return new InvalidRequestException(summary("body", List.of(error)), List.of(error));
		}
		return new ProblemException(ProblemType.MALFORMED_REQUEST,
				"The request has no readable body: send a JSON document (Content-Type: application/json).");
	}

	static ProblemException invalid(BindingResult result) {
		List<ProblemError> errors = new ArrayList<>();
		for (FieldError field : result.getFieldErrors()) {
			errors.add(ProblemError.at(JsonPointers.ofPropertyPath(field.getField()), reason(field.getCode()),
					String.valueOf(field.getDefaultMessage())));
		}
		result.getGlobalErrors()
			.forEach((global) -> errors
				.add(ProblemError.at("", reason(global.getCode()), String.valueOf(global.getDefaultMessage()))));
		return new InvalidRequestException(summary("body", errors), errors);
	}

	static ProblemException invalid(HandlerMethodValidationException ex) {
		List<ProblemError> body = new ArrayList<>();
		List<ProblemError> parameters = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			boolean inBody = result.getMethodParameter().hasParameterAnnotation(RequestBody.class);
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String code = (error.getCodes() != null && error.getCodes().length > 0)
						? error.getCodes()[error.getCodes().length - 1] : null;
				body.addAll(inBody ? List.of(ProblemError.at("", reason(code), error.getDefaultMessage())) : List.of());
				parameters.addAll(inBody ? List.of() : List
					.of(ProblemError.parameter(String.valueOf(name), reason(code), error.getDefaultMessage())));
			}
		});
		if (!body.isEmpty()) {
			return new InvalidRequestException(summary("body", body), body);
		}
		return new ProblemException(ProblemType.INVALID_PARAMETER, summary("parameters", parameters), parameters);
	}

	/**
	 * The outermost Jackson exception (its own cause may be a DateTimeParseException).
	 */
	private static Throwable jacksonCause(Throwable ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof tools.jackson.core.JacksonException) {
				return cause;
			}
		}
		return ex;
	}

	/** "The body is invalid at '/a': must not be null." (and how many more). */
	static String summary(String what, List<ProblemError> errors) {
		if (errors.isEmpty()) {
			return "The " + what + " are invalid.";
		}
		ProblemError first = errors.get(0);
		String where = (first.pointer() != null) ? "at '" + first.pointer() + "'" : "'" + first.parameter() + "'";
		String more = (errors.size() > 1) ? " (and " + (errors.size() - 1) + " more: see 'errors')" : "";
		return "The "
				+ ("body".equals(what) ? "request body is invalid " + where : "parameter " + where + " is invalid")
				+ ": " + first.detail() + more + ".";
	}

	private static ProblemError error(DatabindException ex, String pointer) {
		if (ex instanceof InvalidTypeIdException typeId) {
			return typeId(typeId, pointer);
		}
		if (ex instanceof StorableText.UnstorableTextException) {
			return ProblemError.at(pointer, StorableText.REASON, StorableText.DETAIL);
		}
		if (ex instanceof InvalidFormatException format) {
			return ProblemError.at(pointer, "invalid_value",
					"must be " + expected(format.getTargetType()) + ", was '" + format.getValue() + "'");
		}
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return ProblemError.at(pointer, "unknown_field",
					"is not a field here; known fields: " + unknown.getKnownPropertyIds());
		}
		if (ex instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
			return ProblemError.at(pointer, "invalid_value", firstLine(instantiation.getCause().getMessage()));
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return ProblemError.at(pointer, "wrong_type", "must be " + expected(mismatch.getTargetType()));
		}
		return ProblemError.at(pointer, "invalid_value", firstLine(ex.getOriginalMessage()));
	}

	private static ProblemError typeId(InvalidTypeIdException ex, String pointer) {
		String message = String.valueOf(ex.getOriginalMessage());
		Matcher missing = MISSING_ID.matcher(message);
		Matcher known = KNOWN_IDS.matcher(message);
		String accepted = known.find() ? "one of " + known.group(1) : "a known type";
		if (missing.find()) {
			return ProblemError.at(pointer + "/" + JsonPointers.escape(missing.group(1)), "missing_type",
					"is required: " + accepted);
		}
		return ProblemError.at(pointer + "/type", "unknown_type",
				"must be " + accepted + ", was '" + ex.getTypeId() + "'");
	}

	private static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a string";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
			return "an ISO-8601 " + type.getSimpleName() + " (such as 2026-11-21T10:00:00Z)";
		}
		if (java.time.Duration.class == type) {
			return "an ISO-8601 duration (such as PT30M)";
		}
		return type.getName().startsWith("java.") ? "a valid " + type.getSimpleName()
				: "an object (" + type.getSimpleName() + ")";
	}

	private static String reason(String code) {
		if (code == null) {
			return "invalid_value";
		}
		return code.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		String line = message.lines().findFirst().orElse("").strip();
		return (line.length() > 300) ? line.substring(0, 300) + "..." : line;
	}

}
