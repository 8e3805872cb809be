package space.orbit.test.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One fuzzed request: what was made wrong ({@code fault}), and the request itself.
 */
record FuzzRequest(Operation operation, String fault, String method, String uri, String contentType, byte[] body,
		Map<String, String> headers) {

	boolean mutating() {
		return !"GET".equals(this.method) && !"HEAD".equals(this.method) && !"OPTIONS".equals(this.method);
	}

	/** The request as one line, bodies abbreviated. */
	String describe() {
		String shownUri = (this.uri.length() > 160) ? this.uri.substring(0, 160) + "…" : this.uri;
		String text = (this.body == null) ? "" : new String(this.body, StandardCharsets.UTF_8);
		String shownBody = (text.length() > 200) ? text.substring(0, 200) + "… (" + this.body.length + " bytes)" : text;
		return this.method + " " + shownUri + " [" + this.fault + "]"
				+ (this.body == null ? "" : " " + this.contentType + " " + shownBody);
	}

}
