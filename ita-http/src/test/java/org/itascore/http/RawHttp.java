package org.itascore.http;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A request written byte by byte on a socket, for what the JDK's client cannot send deterministically: the head of
 * a request whose body never comes, or the first chunks of one sent without a length. The answer is read without
 * writing more, so that a refusal is never lost to a connection reset while the client is still writing.
 */
final class RawHttp {

    /** An answer: its status and body. */
    record Answer(int status, String contentType, String body) {
    }

    private RawHttp() {
    }

    /**
     * Writes a request head and the part of its body given, then reads one answer.
     *
     * @param server the server
     * @param head the request line and headers, each ending with CRLF, without the blank line
     * @param bodyPart the part of the body written, possibly none
     * @return the answer
     */
    static Answer send(ItaServer server, String head, byte[] bodyPart) throws Exception {
        try (Socket socket = new Socket(server.address().getHost(), server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((head + "\r\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(bodyPart);
            socket.getOutputStream().flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int status = -1;
            int length = 0;
            String type = "";
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b; (b = in.read()) >= 0;) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String header = line.toString(StandardCharsets.US_ASCII).strip();
                line.reset();
                String lower = header.toLowerCase(Locale.ROOT);
                if (status < 0) {
                    status = Integer.parseInt(header.split(" ")[1]);
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).strip());
                } else if (lower.startsWith("content-type:")) {
                    type = header.substring(13).strip();
                } else if (header.isEmpty()) {
                    break;
                }
            }
            byte[] body = new byte[length];
            in.readFully(body);
            return new Answer(status, type, new String(body, StandardCharsets.UTF_8));
        }
    }

    /** {@return one chunk of a chunked body (RFC 9112): its size in hex, the bytes, CRLF} */
    static byte[] chunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
