package org.itascore.oit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.IDN;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itascore.Indicator;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.Rational;
import org.itascore.Score;

/**
 * An office's OIT checklist against a catalogue: one entry per item of the catalogue.
 *
 * <p>A sub-indicator scores the share of its items present (x 100); an indicator scores the mean of its
 * sub-indicators. An item of the catalogue missing from the checklist is an error, not an absence: a
 * checklist must say of every item whether it was published. Immutable and thread-safe.
 */
public final class OitChecklist {

    private final OitCatalogue catalogue;
    private final ImmutableMap<String, ChecklistEntry> entries;

    private OitChecklist(OitCatalogue catalogue, Map<String, ChecklistEntry> entries) {
        this.catalogue = catalogue;
        this.entries = ImmutableMap.copyOf(entries);
    }

    /**
     * Returns the checklist of these entries.
     *
     * @param catalogue the catalogue the entries answer
     * @param entries one entry per item of the catalogue, in any order
     * @return the checklist
     * @throws InvalidInputException listing every problem: an unknown item, an item given twice, an item of
     *     the catalogue left out, a present item without an http or https evidence address
     */
    public static OitChecklist of(OitCatalogue catalogue, List<ChecklistEntry> entries) {
        requireNonNull(catalogue, "catalogue");
        requireNonNull(entries, "entries");
        List<Problem> problems = new ArrayList<>();
        Map<String, ChecklistEntry> byItem = new LinkedHashMap<>();
        Message notAnItem = null;
        for (ChecklistEntry entry : entries) {
            Location field = Location.of("items", entry.item());
            if (catalogue.item(entry.item()).isEmpty()) {
                notAnItem = notAnItem == null ? catalogue.notAnItem() : notAnItem;
                problems.add(new Problem(field, entry.item(), notAnItem));
            } else if (byItem.putIfAbsent(entry.item(), entry) != null) {
                problems.add(new Problem(ProblemKind.DUPLICATE, field, entry.item(), Message.of("checklist.itemDuplicate")));
            } else if (entry.present()) {
                checkEvidence(field, entry, problems);
            }
        }
        List<String> missing = catalogue.items().stream().map(OitItem::id).filter(id -> !byItem.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem(Location.of("items"), null, Message.of("checklist.itemsMissing", String.join(", ", missing))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, ChecklistEntry> ordered = new LinkedHashMap<>();
        catalogue.items().forEach(item -> ordered.put(item.id(), byItem.get(item.id())));
        return new OitChecklist(catalogue, ordered);
    }

    private static void checkEvidence(Location field, ChecklistEntry entry, List<Problem> problems) {
        if (entry.evidence().isEmpty()) {
            problems.add(new Problem(field.property("evidence"), null, Message.of("checklist.evidenceMissing")));
            return;
        }
        URI uri = entry.evidence().get();
        if (!isEvidence(uri)) {
            problems.add(new Problem(field.property("evidence"), uri.toString(), EVIDENCE_RULE));
        }
    }

    private static final Message EVIDENCE_RULE = Message.of("evidence.address");
    /** An http(s) address split where its host is, so that a host in Thai letters can be written in ASCII. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(https?://)([^/?#:@\\[\\]]+)(.*)");

    /** {@return whether an address is absolute http or https, with a host and a port that can exist} */
    private static boolean isEvidence(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                && (uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= 65_535);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses an evidence address.
     *
     * @param text the address, for example {@code "https://www.example.go.th/ita/o1"}
     * @return the address
     * @throws InvalidInputException if the text is not an absolute http or https address with a host
     */
    public static URI evidence(String text) {
        requireNonNull(text, "text");
        String address = text.strip();
        // only a host with letters beyond ASCII needs writing as IDNA says: an ASCII address goes to the URI as it is
        Matcher web = ascii(address) ? null : WEB_ADDRESS.matcher(address);
        if (web != null && web.matches()) {
            try {
                // a host in Thai letters (ตัวอย่าง.go.th) is written in ASCII (xn--...) as IDNA says, so it parses
                address = web.group(1) + IDN.toASCII(web.group(2), IDN.ALLOW_UNASSIGNED) + web.group(3);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(Location.ROOT, text, Message.of("evidence.host"));
            }
        }
        try {
            URI uri = new URI(address);
            if (isEvidence(uri)) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        // the port is named only where it is what is wrong: a web address with a host and a port out of range
        throw InvalidInputException.of(Location.ROOT, text, WEB_ADDRESS.matcher(address).matches() && address.matches("(?i)https?://[^/?#]*:\\d+([/?#].*)?")
                ? Message.of("evidence.port") : EVIDENCE_RULE);
    }

    /** {@return the catalogue} */
    public OitCatalogue catalogue() {
        return catalogue;
    }

    /** {@return the entries, in catalogue order} */
    public ImmutableList<ChecklistEntry> entries() {
        return entries.values().asList();
    }

    /**
     * {@return whether it is present}
     *
     * @param item an item id of the catalogue
     * @throws IllegalArgumentException if the catalogue has no such item
     */
    public boolean isPresent(String item) {
        ChecklistEntry entry = entries.get(item);
        if (entry == null) {
            throw new IllegalArgumentException("no item " + item + " in the catalogue");
        }
        return entry.present();
    }

    /**
     * Returns a sub-indicator's score: the share of its items present, times 100.
     *
     * @param subIndicator a sub-indicator id of the catalogue
     * @return the exact score, for example 800/9 for eight items of nine
     */
    public Score subIndicatorScore(String subIndicator) {
        List<OitItem> items = catalogue.items(subIndicator);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no sub-indicator " + subIndicator + " in the catalogue");
        }
        long present = items.stream().filter(i -> entries.get(i.id()).present()).count();
        return Score.ofFraction(100 * present, items.size());
    }

    /**
     * Returns an indicator's score: the mean of its sub-indicators' scores.
     *
     * @param indicator an indicator the catalogue covers
     * @return the exact score; 97.78 (44/45 x 100) for indicator 9 with one item of 9.1 absent
     * @throws IllegalArgumentException if the catalogue does not cover the indicator
     */
    public Score indicatorScore(Indicator indicator) {
        List<SubIndicator> subs = catalogue.subIndicators(indicator);
        if (subs.isEmpty()) {
            throw new IllegalArgumentException("the catalogue does not cover " + indicator);
        }
        Rational sum = Rational.ZERO;
        for (SubIndicator s : subs) {
            sum = sum.plus(subIndicatorScore(s.id()).exact());
        }
        return Score.of(sum.dividedBy(subs.size()));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OitChecklist other && catalogue.equals(other.catalogue) && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "OitChecklist of " + entries.size() + " items, " + entries.values().stream().filter(ChecklistEntry::present).count()
                + " present";
    }
}
