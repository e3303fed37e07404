package org.itascore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The release of the library in use: its version and the commit it was built from.
 *
 * <p>{@code ita --version} prints it and the service answers it on {@code /health}, so that a district system,
 * an auditor or an operator can say which build produced a result. The values are written into the jar by the
 * build; a build from a source archive without its git history has no commit.
 */
public final class Release {

    private static final Release CURRENT = load();

    private final String version;
    private final Optional<String> commit;
    private final boolean modified;

    private Release(String version, Optional<String> commit, boolean modified) {
        this.version = version;
        this.commit = commit;
        this.modified = modified;
    }

    /** {@return the release of the {@code ita-core} jar on the class or module path} */
    public static Release current() {
        return CURRENT;
    }

    /** {@return the version, as in the artifacts' names: {@code 1.0.0}} */
    public String version() {
        return version;
    }

    /** {@return the abbreviated id of the commit the jar was built from, if the build knew it} */
    public Optional<String> commit() {
        return commit;
    }

    /**
     * {@return whether the jar was built from a checkout whose tracked files differed from its commit} A build that
     * says so is not what the commit holds, whatever its version says; a release never is.
     */
    public boolean modified() {
        return modified;
    }

    /**
     * {@return the version and, when known, the commit: {@code 1.0.0 (commit 0123456789ab)}, or
     * {@code 1.0.0 (commit 0123456789ab, modified)} for a build from changed files}
     */
    @Override
    public String toString() {
        return commit.map(c -> version + " (commit " + c + (modified ? ", modified)" : ")")).orElse(version);
    }

    private static Release load() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream("release.properties")) {
            if (in == null) {
                throw new IllegalStateException("release.properties is missing from the ita-core jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> commit = filled(properties.getProperty("commit", ""));
        return new Release(properties.getProperty("version"), commit,
                commit.isPresent() && "true".equals(properties.getProperty("modified", "").strip()));
    }

    /** An unfilled placeholder, as a build without git leaves it, is no commit. */
    private static Optional<String> filled(String value) {
        return value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(value.strip());
    }
}
