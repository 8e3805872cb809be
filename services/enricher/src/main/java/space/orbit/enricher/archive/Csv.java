package space.orbit.enricher.archive;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 rows: fields separated by commas, a field quoted (quotes doubled) when it
 * holds a comma, a quote or a line break, CRLF at the end; null is an empty field.
 */
final class Csv {

	private Csv() {
	}

	static void row(Writer out, Object... fields) throws IOException {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(field(fields[i]));
		}
		out.write("\r\n");
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return '"' + text.replace("\"", "\"\"") + '"';
			}
		}
		return text;
	}

}
