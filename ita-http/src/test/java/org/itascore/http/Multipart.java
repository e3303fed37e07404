package org.itascore.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.itascore.samples.Samples;

/**
 * A multipart/form-data body (RFC 7578) written out byte by byte, as a browser, a PHP or a Python client writes it,
 * for the tests that upload to the service.
 */
final class Multipart {

    /** The boundary, a browser's kind. */
    static final String BOUNDARY = "----WebKitFormBoundaryq7MA4YWxkTrZu0gW";
    /** The Content-Type that goes with the body. */
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private Multipart() {
    }

    /**
     * One part of an upload.
     *
     * @param name the part's name
     * @param fileName its file's name, or null for a field
     * @param content its bytes
     * @param extraHeader a header line of the part beyond its Content-Disposition and Content-Type, or null
     */
    record Part(String name, String fileName, byte[] content, String extraHeader) {
        /** {@return a field of text} */
        static Part field(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8), null);
        }

        /** {@return a field of bytes as given} */
        static Part field(String name, byte[] value) {
            return new Part(name, null, value, null);
        }

        /** {@return a file} */
        static Part file(String name, String fileName, byte[] content) {
            return new Part(name, fileName, content, null);
        }

        /** {@return a file of the samples, by its path there, named as its file} */
        static Part sample(String name, String sample) {
            return file(name, sample.substring(sample.lastIndexOf('/') + 1), Samples.bytes(sample));
        }
    }

    /** {@return the body of the parts, in their order} */
    static byte[] body(List<Part> parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\n"
                    + (p.fileName() == null ? "" : "Content-Type: application/octet-stream\r\n")
                    + (p.extraHeader() == null ? "" : p.extraHeader() + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
