package org.itascore.http;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.itascore.Language;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;

/**
 * What the service's endpoints share: the editions, the JSON readers and writers, the uploads' reader, the token,
 * the request ids and the access log. Immutable and thread-safe.
 */
final class Service {

    private final Editions editions;
    private final ItaJson json;
    /** The writers of results, by the languages they name things in. */
    private final Map<Set<Language>, ItaJson> labelled;
    private final RawUploads uploads;
    private final Optional<byte[]> token;
    private final Consumer<String> accessLog;
    private final RequestIds ids;
    private final long maxBody;

    Service(Editions editions, Optional<String> token, Consumer<String> accessLog, RequestIds ids, long maxBody) {
        this.editions = editions;
        // compact: a service's answers are read by programs; the CLI indents for people
        this.json = ItaJson.standard().compact().withEditions(editions);
        this.labelled = Map.of(
                EnumSet.of(Language.THAI), json.withLabels(Language.THAI),
                EnumSet.of(Language.ENGLISH), json.withLabels(Language.ENGLISH),
                EnumSet.allOf(Language.class), json.withLabels(Language.THAI, Language.ENGLISH));
        this.uploads = new RawUploads(editions, json, maxBody);
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.accessLog = accessLog;
        this.ids = ids;
        this.maxBody = maxBody;
    }

    Editions editions() {
        return editions;
    }

    /** {@return the reader and the writer of unlabelled JSON} */
    ItaJson json() {
        return json;
    }

    /** {@return the writer of results that names things in the client's languages} */
    ItaJson out(Languages languages) {
        return labelled.get(languages.labels());
    }

    RawUploads uploads() {
        return uploads;
    }

    Optional<byte[]> token() {
        return token;
    }

    RequestIds ids() {
        return ids;
    }

    void log(String line) {
        accessLog.accept(line);
    }

    /** {@return the detail of a body over the limit, in the service's own words} */
    /** {@return the largest body the service reads, in bytes} */
    long maxBody() {
        return maxBody;
    }

    String tooLarge() {
        return "the body is larger than the service's limit of " + maxBody + " bytes";
    }
}
