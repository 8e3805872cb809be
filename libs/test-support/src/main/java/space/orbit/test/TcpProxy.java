package space.orbit.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of a real broker, for fault injection: {@link #cut()}
 * drops every connection and refuses new ones (the broker is unreachable, as far as the
 * client can tell); {@link #restore()} lets connections through again. {@link #slow}
 * holds every chunk of data for a while before passing it on (a slow link).
 */
public final class TcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile boolean open = true;

	private volatile boolean closed;

	private volatile long delayMillis;

	private TcpProxy(ServerSocket server, int targetPort) {
		this.server = server;
		this.targetPort = targetPort;
		Thread.ofVirtual().name("tcp-proxy-accept-" + server.getLocalPort()).start(this::acceptLoop);
	}

	public static TcpProxy to(int targetPort) {
		try {
			ServerSocket server = new ServerSocket();
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return new TcpProxy(server, targetPort);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot open a proxy port", ex);
		}
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** Drops every proxied connection and refuses new ones. */
	public void cut() {
		this.open = false;
		this.sockets.forEach(TcpProxy::closeQuietly);
		this.sockets.clear();
	}

	/** Lets new connections through again, at full speed. */
	public void restore() {
		this.open = true;
		this.delayMillis = 0;
	}

	/**
	 * Holds every chunk read from either side for {@code delay} before passing it on,
	 * until {@link #restore()}.
	 */
	public void slow(java.time.Duration delay) {
		this.delayMillis = delay.toMillis();
	}

	private void acceptLoop() {
		while (!this.closed) {
			try {
				Socket client = this.server.accept();
				if (!this.open) {
					closeQuietly(client);
					continue;
				}
				Socket upstream;
				try {
					upstream = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				}
				catch (IOException ex) {
					// the target is down: so is this connection, as it would be without
					// the proxy
					closeQuietly(client);
					continue;
				}
				this.sockets.add(client);
				this.sockets.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				if (this.closed) {
					return;
				}
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread.ofVirtual().start(() -> {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					long delay = this.delayMillis;
					if (delay > 0) {
						Thread.sleep(delay);
					}
					out.write(buffer, 0, read);
				}
			}
			catch (IOException ex) {
				// connection cut or closed
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.sockets.remove(from);
				this.sockets.remove(to);
			}
		});
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	@Override
	public void close() {
		this.closed = true;
		cut();
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

}
