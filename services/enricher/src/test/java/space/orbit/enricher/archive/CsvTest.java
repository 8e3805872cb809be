package space.orbit.enricher.archive;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void quotesOnlyFieldsThatNeedItAndEndsRowsWithCrLf() throws Exception {
		StringWriter out = new StringWriter();
		Csv.row(out, "plain", 28.1, null, 42L, "a,b", "say \"hi\"", "two\nlines", true);
		assertThat(out).hasToString("plain,28.1,,42,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",true\r\n");
	}

}
