package space.orbit.kit.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Tomcat's own error answers as problem details. Tomcat refuses some requests before any
 * servlet sees them (an encoded NUL or slash in the path, a malformed URI): its default
 * valve answers those with an HTML page, which no client of a JSON API can read. This
 * valve answers them as {@code application/problem+json} of the contract's types, with no
 * server details; answers a servlet has written are left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ProblemType type = (status == 400) ? ProblemType.MALFORMED_REQUEST
				: ProblemType.forStatus(status).orElse(ProblemType.INTERNAL_ERROR);
		String detail = (status == 400)
				? "The request could not be read: its path or query holds characters that are not allowed (such as an encoded NUL, slash or backslash) or is malformed."
				: type.title() + ".";
		String instance = (request.getRequestURI() != null) ? request.getRequestURI() : "";
		String body = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\",\"instance\":\"" + json(instance) + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the answer was committed meanwhile: nothing to tell.
		}
	}

	/** Text as the inside of a JSON string (Jackson's own escaping). */
	static String json(String text) {
		return new String(JsonStringEncoder.getInstance().quoteAsCharArray(text));
	}

}
