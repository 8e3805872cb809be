package space.orbit.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import space.orbit.test.BrowserLogin;

/**
 * The bench's dashboard session: the first administrator logged in as a browser logs in
 * ({@link BrowserLogin}), checked by the dashboard's /api/v1/me; its cookies then serve
 * every stream client.
 */
final class DashboardLogin {

	private DashboardLogin() {
	}

	/**
	 * Logs in at the dashboard {@code app} through the auth service {@code auth}.
	 * @throws IllegalStateException naming the setting to check
	 */
	static BrowserLogin logIn(URI app, URI auth, String email, Path passwordFile) {
		String password;
		try {
			password = Files.readString(passwordFile).strip();
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"cannot read the administrator's password from " + passwordFile
							+ " (ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE; ./orbit up writes .orbit/secrets/admin-password)",
					ex);
		}
		BrowserLogin login;
		try {
			login = BrowserLogin.logIn(app, auth, email, password);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(ex.getMessage() + "; is the stack up? (./orbit status)", ex);
		}
		HttpResponse<String> me = login.get("/api/v1/me");
		if (me.statusCode() != 200) {
			throw new IllegalStateException("the login of " + email + " did not give a dashboard session (/api/v1/me: "
					+ me.statusCode() + "); check ORBIT_BOOTSTRAP_ADMIN_EMAIL and the password in " + passwordFile
					+ "; hops " + login.hops());
		}
		return login;
	}

}
