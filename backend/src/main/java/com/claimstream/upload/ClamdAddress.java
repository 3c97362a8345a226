package com.claimstream.upload;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Where clamd listens: {@code unix:/run/clamav/clamd.ctl} (a local socket) or
 * {@code tcp://127.0.0.1:3310}.
 */
public record ClamdAddress(SocketAddress socketAddress) {

	public static ClamdAddress parse(String address) {
		if (address.startsWith("unix:")) {
			return unix(Path.of(address.substring("unix:".length())));
		}
		if (address.startsWith("tcp://")) {
			URI uri = URI.create(address);
			if (uri.getHost() != null && uri.getPort() > 0) {
				return new ClamdAddress(new InetSocketAddress(uri.getHost(), uri.getPort()));
			}
		}
		throw new IllegalArgumentException(
				"A clamd address is unix:/path/to/socket or tcp://host:port, not \"" + address + "\"");
	}

	public static ClamdAddress unix(Path socket) {
		return new ClamdAddress(UnixDomainSocketAddress.of(socket));
	}

	/** A channel of the right kind, not yet connected. */
	SocketChannel open() throws IOException {
		return (this.socketAddress instanceof UnixDomainSocketAddress) ? SocketChannel.open(StandardProtocolFamily.UNIX)
				: SocketChannel.open();
	}

	@Override
	public String toString() {
		return (this.socketAddress instanceof UnixDomainSocketAddress unix) ? "unix:" + unix.getPath()
				: "tcp://" + ((InetSocketAddress) this.socketAddress).getHostString() + ":"
						+ ((InetSocketAddress) this.socketAddress).getPort();
	}

}
